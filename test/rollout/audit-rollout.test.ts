import { existsSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditCounts, auditSnapshot, type AuditPolicy } from "../../src/audit/index.js";
import { RESYNC_BRANCH } from "../../src/rollout/pr-text.js";
import { reportJsonParts, reportMarkdown, reportTable } from "../../src/rollout/report.js";
import type { RepoSnapshot } from "../../src/rules/index.js";
import { startHarness, type Harness } from "./harness.js";
import { STACKS } from "./stack-fixtures.js";

/** A workflow and a Dockerfile with planted weaknesses (unpinned action, no permissions, token kept, no timeout; root, no digest, no HEALTHCHECK). */
const WEAK = {
  ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n",
  Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["node", "index.js"]\n',
};

/** The files of a branch as the rules see them, read from the server's state, not through the API. */
function snapshotOf(files: Record<string, string>): RepoSnapshot {
  return { paths: Object.keys(files).sort(), files: new Map(Object.entries(files)) };
}

describe("rollout and the audit", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(4);
    h.server.addRepo({ owner: "acme", name: "weak-app", files: { ...STACKS.express!("weak-app"), ...WEAK } });
  });
  afterEach(() => {
    expect(h.server.violations).toEqual([]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  it("--audit-only reads through the API, writes nothing (no request, no ledger) and ranks the weakest repository first", async () => {
    h.server.resetCounts();
    const report = await h.run({ apply: false, settings: { auditOnly: true } });
    expect(h.server.counts.writes).toBe(0);
    expect(Object.keys(h.server.counts.byRoute).every((route) => route.startsWith("GET "))).toBe(true);
    // No PR lookup: an audit needs read access to contents only.
    expect(Object.keys(h.server.counts.byRoute).some((route) => route.includes("/pulls"))).toBe(false);
    expect(existsSync(h.ledger)).toBe(false);
    expect(report.results.map((r) => r.outcome)).toEqual(Array(5).fill("audited"));

    const weak = report.results.find((r) => r.repo === "acme/weak-app")!;
    expect(weak.audit!.after).toBeUndefined();
    // The counts are those of auditing the same files read directly from the server's store.
    expect(weak.audit!.before).toEqual(auditCounts(auditSnapshot(snapshotOf(h.server.repo("acme", "weak-app").files()))));
    for (const rule of ["WF001", "WF002", "WF004", "WF005", "DF001", "DF002", "DF003"]) expect(weak.audit!.before.byRule[rule]).toBeGreaterThan(0);

    const json = JSON.parse([...reportJsonParts(report)].join("")) as { auditOnly: boolean; ranking: { rank: number; repo: string; findings: number }[]; byRule: { rule: string; findings: number }[] };
    expect(json.auditOnly).toBe(true);
    expect(json.ranking).toHaveLength(5);
    expect(json.ranking[0]!.repo).toBe("acme/weak-app");
    expect(json.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(json.byRule.find((r) => r.rule === "WF001")!.findings).toBe(weak.audit!.before.byRule["WF001"]);

    const markdown = reportMarkdown(report);
    expect(markdown).toContain("## DevOps baseline audit");
    const rows = markdown.split("\n").filter((l) => /^\| \d+ \| acme\//.test(l));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^\| 1 \| acme\/weak-app \| \d+ \| \d+ \|/);
    expect(reportTable(report)).toMatch(/Repositories ranked by findings:\n#\s+repository[^\n]*\n[- ]+\n1\s+acme\/weak-app/);
  });

  it("the organisation's policy re-grades, turns off and suppresses rules in every repository", async () => {
    const policy: AuditPolicy = {
      severity: { WF001: "low", DF002: "off" },
      suppress: [{ rule: "DF003", path: "Dockerfile", reason: "the platform probes /healthz" }, { rule: "WF005", path: ".github/workflows/**", reason: "runner default" }],
    };
    const report = await h.run({ apply: false, settings: { auditOnly: true, audit: policy } });
    const weak = report.results.find((r) => r.repo === "acme/weak-app")!.audit!.before;
    expect(weak.byRule["DF002"]).toBeUndefined();
    expect(weak.byRule["DF003"]).toBeUndefined();
    expect(weak.byRule["WF005"]).toBeUndefined();
    expect(weak.byRule["WF001"]).toBeGreaterThan(0);
    expect(weak.suppressed).toBe(2);
    expect(weak).toEqual(auditCounts(auditSnapshot(snapshotOf(h.server.repo("acme", "weak-app").files()), policy)));
    // WF001 counts as low now, so the low column holds at least its findings.
    expect(weak.bySeverity.low).toBeGreaterThanOrEqual(weak.byRule["WF001"]!);
  });

  it("the PR body shows the audit before → after, and after is the audit of the PR's branch", async () => {
    const report = await h.run({ settings: { flags: { force: false, adopt: true } } });
    const weak = report.results.find((r) => r.repo === "acme/weak-app")!;
    expect(weak.outcome).toBe("pr-opened");
    const repo = h.server.repo("acme", "weak-app");
    const before = auditCounts(auditSnapshot(snapshotOf(repo.files())));
    const after = auditCounts(auditSnapshot(snapshotOf(repo.files(RESYNC_BRANCH))));
    expect(weak.audit).toEqual({ before, after });
    expect(after.findings).toBeLessThan(before.findings);

    const body = repo.pulls.find((p) => p.state === "open")!.body!;
    expect(body).toContain("### Audit before → after");
    expect(body).toContain(`| **findings** | **${before.findings}** | **${after.findings}** |`);
    expect(body).toContain(`| score | ${before.score}/100 | ${after.score}/100 |`);
    // The adopted workflow's unpinned action is gone after the PR.
    expect(body).toMatch(/Fixed by this PR: [^\n]*\[WF001\]\([^)]*#wf001\) \(\d+ → 0\)/);

    const json = JSON.parse([...reportJsonParts(report)].join("")) as { ranking: { repo: string; after?: { findings: number } }[] };
    expect(json.ranking.find((r) => r.repo === "acme/weak-app")!.after).toEqual({ findings: after.findings, score: after.score });
  });
});
