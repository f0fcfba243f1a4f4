import { describe, expect, it } from "vitest";
import { estimateWriteTime, formatDuration, GITHUB_WRITE_LIMITS, PLUGIN_WRITE_SPACING_MS, WriteBudget, type Clock } from "../../src/rollout/write-budget.js";

function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

describe("the write budget (GitHub's secondary limits per identity)", () => {
  it("lets 80 writes through in a minute, then waits for the window", async () => {
    const clock = fakeClock();
    const budget = new WriteBudget([{ max: 80, windowMs: 60_000 }], clock);
    for (let i = 0; i < 80; i++) await budget.acquire();
    expect(clock.t).toBe(0);
    await budget.acquire();
    expect(clock.t).toBe(60_000);
  });

  it("caps an hour at 500 writes", async () => {
    const clock = fakeClock();
    const budget = new WriteBudget(GITHUB_WRITE_LIMITS, clock, PLUGIN_WRITE_SPACING_MS);
    for (let i = 0; i < 501; i++) await budget.acquire();
    // 500 writes one second apart, then the 501st waits until the first leaves the hour.
    expect(clock.t).toBe(3_600_000);
    expect(budget.taken).toBe(501);
  });

  it("pauses every write for GitHub's retry-after", async () => {
    const clock = fakeClock();
    const budget = new WriteBudget(GITHUB_WRITE_LIMITS, clock);
    await budget.acquire();
    budget.pause(30);
    await budget.acquire();
    expect(clock.t).toBe(30_000);
  });

  it("estimates what the scheduler will do: 1,648 writes ≈ 3 h 2 min with 1 s spacing", () => {
    const ms = estimateWriteTime(1648, GITHUB_WRITE_LIMITS, PLUGIN_WRITE_SPACING_MS);
    expect(ms).toBe(3 * 3_600_000 + 147_000);
    expect(formatDuration(ms)).toBe("3 h 2 min");
    expect(estimateWriteTime(0, GITHUB_WRITE_LIMITS, 1000)).toBe(0);
    expect(formatDuration(estimateWriteTime(40, GITHUB_WRITE_LIMITS, 1000))).toBe("39 s");
  });

  it("an identity shared by shards gets its share", () => {
    const quarter = GITHUB_WRITE_LIMITS.map((l) => ({ ...l, max: l.max / 4 }));
    // 20/min and 125/h: four hourly batches; the last batch of 125 needs six more minutes at 20 a minute.
    expect(estimateWriteTime(500, quarter, 0)).toBe(3 * 3_600_000 + 6 * 60_000);
  });
});
