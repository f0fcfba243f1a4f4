import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/rollout/progress.js";
import { reportJsonParts, reportMarkdown, reportTable, type RolloutReport } from "../../src/rollout/report.js";
import type { RepoResult } from "../../src/rollout/sync-repo.js";

const result = (repo: string, outcome: RepoResult["outcome"], more: Partial<RepoResult> = {}): RepoResult => ({ repo, outcome, writes: 0, reads: 3, warnings: [], ...more });
const report: RolloutReport = {
  apply: true,
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:01:00.000Z",
  listed: 5,
  skipped: { archived: 1 },
  results: [
    result("acme/a", "clean"),
    result("acme/b", "pr-opened", { writes: 4, pr: { number: 7, url: "https://github.com/acme/b/pull/7" }, summary: { added: ["x"], changed: [], removed: ["y"], leftAlone: [] } }),
    result("acme/c", "failed", { error: "acme/c: GitHub answered 500 | oops" }),
  ],
};

describe("the rollout report", () => {
  it("tables changed and failed repositories first, counts the clean ones", () => {
    const table = reportTable(report);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^repository\s+result\s+PR\s+files\s+writes\s+note$/);
    expect(lines[2]).toMatch(/^acme\/c\s+failed/);
    expect(lines[3]).toMatch(/^acme\/b\s+pr-opened\s+#7\s+\+1 ~0 -1\s+4$/);
    expect(table).not.toMatch(/^acme\/a/m);
    expect(table).toContain("5 listed, 3 checked: 1 failed, 1 pr-opened, 1 clean. Skipped: 1 archived. 4 writes, 9 reads.");
  });

  it("Markdown links PRs and escapes table pipes; JSON carries every repository", () => {
    const md = reportMarkdown(report);
    expect(md).toContain("| acme/b | pr-opened | [#7](https://github.com/acme/b/pull/7) | +1 ~0 -1 | 4 |  |");
    expect(md).toContain("GitHub answered 500 \\| oops");
    const json = JSON.parse([...reportJsonParts(report)].join("")) as { totals: Record<string, number>; repos: unknown[]; writes: number };
    expect(json.totals).toEqual({ failed: 1, "pr-opened": 1, clean: 1 });
    expect(json.repos).toHaveLength(3);
    expect(json.writes).toBe(4);
  });
});

describe("progress", () => {
  const capture = (isTTY: boolean) => {
    const chunks: string[] = [];
    let t = 0;
    const progress = createProgress({ isTTY, write: (s: string) => chunks.push(s), columns: 80 }, (s) => s.replace("secret", "***"), () => (t += 200));
    progress.phase("applying", 2);
    progress.done(result("acme/a", "clean"));
    progress.done(result("acme/b", "pr-opened", { writes: 4, pr: { number: 1, url: "u" } }));
    progress.note("a secret note");
    progress.end();
    return chunks.join("");
  };

  it("draws one live line on a terminal", () => {
    const out = capture(true);
    expect(out).toContain("\r\x1b[2Kapplying 1/2 repos");
    expect(out).toContain("acme/b  pr-opened #1  (4 writes)\n");
    expect(out).toContain("a *** note");
  });

  it("degrades to plain lines without a terminal: no escape codes", () => {
    const out = capture(false);
    expect(out).not.toContain("\x1b");
    expect(out).not.toContain("\r");
    expect(out.split("\n").filter(Boolean)).toEqual(["applying: 2 repositories", "acme/b  pr-opened #1  (4 writes)", "a *** note"]);
  });
});
