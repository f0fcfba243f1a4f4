import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RESYNC_BRANCH } from "../../src/rollout/pr-text.js";
import { parseDuration, parseWaves, waveEnds } from "../../src/rollout/waves.js";
import type { CiReport, RepoState } from "../github-server/index.js";
import { simulatedRepo } from "./stack-fixtures.js";
import { startHarness, type Harness } from "./harness.js";

describe("--waves and --wave-wait parsing", () => {
  it("reads cumulative counts and shares, and cuts a list into waves the last of which takes the rest", () => {
    expect(parseWaves("1,10%,100%")).toEqual([{ count: 1 }, { percent: 10 }, { percent: 100 }]);
    expect(waveEnds(200, parseWaves("1,10%,100%"))).toEqual([1, 20, 200]);
    // Empty waves vanish; a list that stops short gets a last wave with the rest.
    expect(waveEnds(5, parseWaves("1,10%,100%"))).toEqual([1, 5]);
    expect(waveEnds(50, parseWaves("5,20"))).toEqual([5, 20, 50]);
    expect(waveEnds(0, parseWaves("1,100%"))).toEqual([]);
    expect(() => parseWaves("10%,5%")).toThrow(/further/);
    expect(() => parseWaves("1,abc")).toThrow(/"abc" is neither/);
    expect(() => parseWaves("0")).toThrow(/neither/);
    expect(parseDuration("1h30m", "--wave-wait")).toBe(5_400_000);
    expect(parseDuration("45s", "--wave-wait")).toBe(45_000);
    expect(() => parseDuration("soon", "--wave-wait")).toThrow(/--wave-wait: "soon"/);
  });
});

/** Waves against the local GitHub: its simulated CI reports on each PR's head commit. */
describe("rollout in waves", () => {
  let h: Harness;
  // Six repositories, all needing a PR; in name order the waves of 1,50%,100% are 1, 2 and 3 of them.
  const names = Array.from({ length: 6 }, (_, i) => simulatedRepo("acme", i).name).sort();
  const [canary, second, broken, ...rest] = names as [string, string, string, ...string[]];
  const waves = { steps: parseWaves("1,50%,100%"), waitMs: 5_000, pollMs: 10 };
  const prHead = (repo: RepoState) => repo.branchSha(RESYNC_BRANCH);
  const passing: CiReport = { checkRuns: [{ name: "ci", status: "completed", conclusion: "success" }], statuses: [{ context: "legacy/ci", state: "success" }] };
  const openPulls = (name: string) => h.server.repo("acme", name).pulls.filter((p) => p.state === "open");

  beforeAll(async () => {
    h = await startHarness(6);
  });
  afterEach(() => {
    expect(h.server.violations).toEqual([]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  it("a failed check in wave 2 pauses the run before wave 3, with a report naming the check", async () => {
    h.server.simulateCi((repo, sha) =>
      sha !== prHead(repo) ? undefined : repo.name === broken ? { checkRuns: [{ name: "ci", status: "completed", conclusion: "success" }, { name: "integration", status: "completed", conclusion: "failure" }] } : passing,
    );
    const report = await h.run({ waves });
    expect(report.waves).toEqual({
      sizes: [1, 2, 3],
      applied: 2,
      movedOnAfterWait: [],
      paused: { wave: 2, failing: [{ repo: `acme/${broken}`, pr: openPulls(broken)[0]!.number, checks: ["integration"] }] },
    });
    for (const name of [canary, second, broken]) expect(openPulls(name)).toHaveLength(1);
    for (const name of rest) {
      expect(openPulls(name)).toHaveLength(0);
      expect(h.server.repo("acme", name).branches()).not.toContain(RESYNC_BRANCH);
    }
    // The run is left unfinished, so the next start resumes it.
    expect(readFileSync(h.ledger, "utf8")).not.toMatch(/"end":true/);
  });

  it("resuming while the check still fails pauses again without writing anything", async () => {
    h.server.resetCounts();
    const report = await h.run({ waves });
    expect(report.resumed).toBe(true);
    expect(report.waves?.paused?.wave).toBe(2);
    expect(h.server.counts.writes).toBe(0);
    for (const name of rest) expect(openPulls(name)).toHaveLength(0);
  });

  it("once the check passes, a resume opens wave 3, without waiting for wave 1 again, and finishes the run", async () => {
    h.server.repo("acme", broken).reportCi(RESYNC_BRANCH, passing);
    h.server.resetCounts();
    const report = await h.run({ waves });
    expect(report.resumed).toBe(true);
    expect(report.waves?.paused).toBeUndefined();
    expect(report.waves?.applied).toBe(3);
    for (const name of names) expect(openPulls(name)).toHaveLength(1);
    // Wave 1's gate passed before the pause: its PR was not read again.
    expect(h.server.counts.byRepo[`acme/${canary}`]).toBeUndefined();
    expect(h.server.counts.writes).toBe(4 * rest.length);
    expect(readFileSync(h.ledger, "utf8").trim().split("\n").at(-1)).toMatch(/"end":true/);
  });

  it("checks still pending after --wave-wait: the next wave starts anyway, and the report says so", async () => {
    const other = await startHarness(3);
    try {
      other.server.simulateCi(() => ({ checkRuns: [{ name: "ci", status: "in_progress" }] }));
      const report = await other.run({ waves: { steps: parseWaves("1,100%"), waitMs: 50, pollMs: 10 } });
      expect(report.waves).toMatchObject({ sizes: [1, 2], applied: 2, movedOnAfterWait: [1] });
      expect(report.results.map((r) => r.outcome)).toEqual(["pr-opened", "pr-opened", "pr-opened"]);
      expect(other.server.violations).toEqual([]);
    } finally {
      await other.server.close();
    }
  });
});
