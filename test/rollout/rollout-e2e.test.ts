import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST_PATH } from "../../src/synth/manifest.js";
import { RESYNC_BRANCH } from "../../src/rollout/pr-text.js";
import { outcomes, startHarness, type Harness } from "./harness.js";

/**
 * The rollout life cycle against the local spec-checked GitHub, with the real Octokit over HTTP:
 * open, re-run, baseline change, repo made clean, merged. Each step builds on the one before.
 */
describe("rollout over an organisation", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(6);
    h.server.repo("acme", "django-00000").archived = true;
    h.server.addRepo({ owner: "acme", name: "empty-one", empty: true });
    h.server.addRepo({ owner: "acme", name: "opted-out", files: { "README.md": "x\n" }, topics: ["devops-baseline-opt-out"] });
  });
  afterEach(() => {
    expect(h.server.violations).toEqual([]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  const openPulls = (name: string) => h.server.repo("acme", name).pulls.filter((p) => p.state === "open");

  it("first run opens one PR per changed repository, within 4 writes each, and skips archived, empty and opted-out ones", async () => {
    const report = await h.run();
    expect(report.skipped).toEqual({ archived: 1, empty: 1, "opted-out": 1 });
    expect(report.eta).toMatchObject({ repos: 5, writes: 20 });
    const targets = report.results.map((r) => r.repo);
    expect(targets).toHaveLength(5);
    for (const r of report.results) {
      expect(r.outcome).toBe("pr-opened");
      expect(r.writes).toBeLessThanOrEqual(4);
      const name = r.repo.split("/")[1]!;
      expect(openPulls(name)).toHaveLength(1);
      const files = h.server.repo("acme", name).files(RESYNC_BRANCH);
      expect(Object.keys(files)).toContain(MANIFEST_PATH);
      expect(Object.keys(files)).toContain("devops-baseline.json");
      expect(Object.keys(files)).toContain(".github/workflows/baseline-resync.yml");
      // The default branch is untouched until someone merges.
      expect(h.server.repo("acme", name).file(MANIFEST_PATH)).toBeUndefined();
    }
    expect(h.server.counts.writes).toBe(20);
    const body = openPulls("express-00002")[0]!.body!;
    expect(body).toMatch(/none yet → \d+\.\d+\.\d+/);
    expect(body).toContain("| added | `.github/workflows/baseline-resync.yml` |");
    expect(body).toContain("devops-baseline-opt-out");
    // Executable scripts keep their mode; the commit is one tree, not a blob per file.
    expect(h.server.counts.byRoute["POST /repos/{owner}/{repo}/git/blobs"]).toBeUndefined();
    expect(h.server.repo("acme", "express-00002").mode("scripts/start.sh", RESYNC_BRANCH)).toBe("100755");
  });

  it("an immediate re-run (fresh ledger) makes no write and downloads no owned file", async () => {
    h.server.resetCounts();
    const downloaded: string[] = [];
    h.server.intercept((req) => {
      if (req.route.endsWith("/git/blobs/{file_sha}")) downloaded.push(req.params["file_sha"]!);
      return undefined;
    });
    const report = await h.run({ fresh: true });
    h.server.intercept(undefined);
    expect(h.server.counts.writes).toBe(0);
    const owned = new Set(h.server.repo("acme", "express-00002").tree(RESYNC_BRANCH).filter((e) => e.path.startsWith(".github/") || e.path.startsWith(".devops-baseline/")).map((e) => e.sha));
    expect(owned.size).toBeGreaterThan(3);
    expect(downloaded.filter((sha) => owned.has(sha))).toEqual([]);
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["pr-current"]));
    expect(report.eta?.writes).toBe(0);
  });

  it("a baseline change (new org defaults) updates the same PRs in place, never a second PR", async () => {
    const before = Object.fromEntries(["express-00002", "nextjs-00003"].map((n) => [n, openPulls(n)[0]!.number]));
    h.server.resetCounts();
    const report = await h.run({ fresh: true, defaults: { alerting: "slack" } });
    for (const r of report.results) {
      expect(r.outcome).toBe("pr-updated");
      // tree + commit + ref, and the PR text only if its file list changed
      expect(r.writes).toBeGreaterThanOrEqual(3);
      expect(r.writes).toBeLessThanOrEqual(4);
    }
    for (const [name, number] of Object.entries(before)) {
      expect(openPulls(name).map((p) => p.number)).toEqual([number]);
      expect(h.server.repo("acme", name).files(RESYNC_BRANCH)["devops-baseline.json"]).toContain('"alerting": "slack"');
      // Rebuilt on the default branch: one commit on top of it, not a pile of commits.
      const branch = h.server.repo("acme", name).commits(RESYNC_BRANCH);
      expect(branch[1]!.sha).toBe(h.server.repo("acme", name).branchSha("main"));
    }
    expect(h.server.counts.byRoute["POST /repos/{owner}/{repo}/pulls"]).toBeUndefined();
  });

  it("a merged PR leaves the repository clean; a repository made clean by hand gets its PR closed with a comment", async () => {
    const merged = openPulls("express-00002")[0]!;
    h.server.repo("acme", "express-00002").mergePull(merged.number);
    // Someone copies the PR's files onto the default branch by hand: the PR is no longer needed.
    const repo = h.server.repo("acme", "nextjs-00003");
    const pr = openPulls("nextjs-00003")[0]!;
    const copied = Object.entries(repo.files(RESYNC_BRANCH)).map(([path, content]) => [path, { content, mode: repo.mode(path, RESYNC_BRANCH) as "100644" | "100755" }]);
    repo.push({ files: Object.fromEntries(copied), message: "baseline by hand" });
    h.server.resetCounts();
    // The ledger of the finished run remembers our PRs: that is how "merged" is told from "never had one".
    const report = await h.run({ defaults: { alerting: "slack" } });
    const result = outcomes(report);
    expect(result["acme/express-00002"]).toBe("merged");
    expect(result["acme/nextjs-00003"]).toBe("pr-closed");
    expect(repo.pulls.find((p) => p.number === pr.number)!.state).toBe("closed");
    expect(repo.pullComments(pr.number).join()).toContain("no longer needs these baseline changes");
    expect(repo.branches()).not.toContain(RESYNC_BRANCH);
    expect(report.results.find((r) => r.repo === "acme/nextjs-00003")!.writes).toBe(3);
  });
});
