import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { outcomes, startHarness, type Harness } from "./harness.js";

const BLOB_ROUTE = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}";

/**
 * Re-runs over repositories already on the baseline: the planning reads carry the ETags the ledger
 * kept, and the local GitHub answers unchanged ones with 304, which GitHub does not count.
 */
describe("rollout re-runs with conditional requests", () => {
  let h: Harness;
  const names = () => ["django-00000", "fastapi-00001", "express-00002", "nextjs-00003"];
  beforeAll(async () => {
    h = await startHarness(4);
    // Bring every repository onto the baseline: open the PRs, merge them, let a run see the merges.
    await h.run();
    for (const name of names()) {
      const repo = h.server.repo("acme", name);
      for (const pull of repo.pulls.filter((p) => p.state === "open")) repo.mergePull(pull.number);
    }
    expect(new Set(Object.values(outcomes(await h.run())))).toEqual(new Set(["merged"]));
  });
  afterEach(() => {
    expect(h.server.violations).toEqual([]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  const repoReads = () => Object.values(h.server.counts.byRepo).reduce((n, c) => n + c.reads, 0);
  const blobReads = () => h.server.counts.byRoute[BLOB_ROUTE] ?? 0;

  it("a first pass over clean repositories reads each in 2 requests (besides blob downloads) and keeps their ETags", async () => {
    h.server.resetCounts();
    const report = await h.run();
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["clean"]));
    expect(h.server.counts.writes).toBe(0);
    expect(h.server.counts.notModified).toBe(0);
    // Tree by branch name and the PR list, per repository; blobs are content-addressed and cached.
    expect(repoReads() - blobReads()).toBe(2 * names().length);
    expect(h.server.counts.byRoute["GET /repos/{owner}/{repo}/git/ref/{ref}"]).toBeUndefined();
    const kept = readFileSync(h.ledger, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { step?: string; validators?: { tree: string; pulls: string; plan: string } })
      .slice(-names().length - 1, -1);
    for (const line of kept) expect(line).toMatchObject({ step: "done", validators: { tree: expect.stringMatching(/^W\/"/), pulls: expect.stringMatching(/^W\/"/), plan: expect.any(String) } });
  });

  it("a second pass makes no request that counts against the rate limit for an unchanged repository", async () => {
    h.server.resetCounts();
    const report = await h.run();
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["clean"]));
    expect(h.server.counts.writes).toBe(0);
    expect(repoReads()).toBe(2 * names().length);
    // Every per-repository read was a 304; blobs were not even asked for.
    expect(h.server.counts.notModified).toBe(repoReads());
    expect(blobReads()).toBe(0);
  });

  it("a push to one repository re-reads and re-plans that one only; the others stay free", async () => {
    h.server.repo("acme", "express-00002").push({ files: { "README.md": "# changed by a person\n" } });
    h.server.resetCounts();
    const report = await h.run();
    expect(outcomes(report)["acme/express-00002"]).toBe("clean");
    // The tree and the PR list are read at once: the new tree, and the unchanged PR list (a free 304) read
    // again for its content, and the changed blob. Three count against the rate limit, as when the tree
    // and the list were read one after the other.
    expect(h.server.counts.byRepo["acme/express-00002"]).toEqual({ reads: 4, writes: 0, notModified: 1, blobReads: 1 });
    const others = names().filter((n) => n !== "express-00002");
    for (const name of others) expect(h.server.counts.byRepo[`acme/${name}`]).toEqual({ reads: 2, writes: 0, notModified: 2, blobReads: 0 });
    expect(h.server.counts.notModified).toBe(2 * others.length + 1);
    // …and the next pass is free for it as well, with the ETag of its new tree.
    h.server.resetCounts();
    await h.run();
    expect(h.server.counts.notModified).toBe(repoReads());
  });

  it("new settings (org defaults) make the ETags useless: every repository is planned afresh", async () => {
    h.server.resetCounts();
    const report = await h.run({ apply: false, defaults: { alerting: "slack" } });
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["would-open"]));
    expect(h.server.counts.notModified).toBe(0);
  });

  it("an open PR of ours found on a conditional read is not mistaken for clean", async () => {
    // Someone opens our branch's PR by hand: the PR list changes, so its ETag no longer matches.
    const repo = h.server.repo("acme", "nextjs-00003");
    repo.push({ branch: "devops-baseline/resync", files: { "README.md": "# stale\n" } });
    const { Octokit } = await import("@octokit/rest");
    await new Octokit({ baseUrl: h.server.url, auth: "x" }).pulls.create({ owner: "acme", repo: "nextjs-00003", head: "devops-baseline/resync", base: "main", title: "stale" });
    const report = await h.run({ apply: false });
    expect(outcomes(report)["acme/nextjs-00003"]).toBe("would-close");
  });
});

describe("rollout re-runs over repositories whose PR is open and current", () => {
  it("the second pass after the PRs were opened keeps validators; the third reads each repository in two free 304s", async () => {
    const h = await startHarness(2);
    try {
      const opened = await h.run();
      expect(new Set(Object.values(outcomes(opened)))).toEqual(new Set(["pr-opened"]));
      const second = await h.run();
      expect(new Set(Object.values(outcomes(second)))).toEqual(new Set(["pr-current"]));
      h.server.resetCounts();
      const third = await h.run();
      expect(third.results.map((r) => [r.outcome, r.pr?.number])).toEqual(opened.results.map((r) => ["pr-current", r.pr?.number]));
      // Warnings of the plan (the detected stacks' assumptions) are kept with the validators and shown again.
      expect(second.results.some((r) => r.warnings.length > 0)).toBe(true);
      expect(third.results.map((r) => r.warnings)).toEqual(second.results.map((r) => r.warnings));
      expect(h.server.counts.writes).toBe(0);
      expect(Object.values(h.server.counts.byRepo).reduce((n, c) => n + c.reads, 0)).toBe(4);
      expect(h.server.counts.notModified).toBe(4);
      // A push to our PR branch changes the PR list's ETag: that repository is planned afresh (and its PR updated).
      const first = opened.results[0]!.repo.split("/")[1]!;
      h.server.repo("acme", first).push({ branch: "devops-baseline/resync", files: { "README.md": "# pushed to our branch\n" } });
      const fourth = await h.run({ apply: false });
      expect(outcomes(fourth)[`acme/${first}`]).toBe("would-update");
      expect(h.server.violations).toEqual([]);
    } finally {
      await h.server.close();
    }
  });
});
