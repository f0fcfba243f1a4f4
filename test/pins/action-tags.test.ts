import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { releaseTagCommit } from "../../src/pins/action-tags.js";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { makeTestClient } from "../github-server/make-test-client.js";

let server: GitHubServer;
const commits: Record<string, string> = {};
let annotatedTagObject = "";

beforeAll(async () => {
  server = await startGitHubServer();
  const repo = server.addRepo({ owner: "acme", name: "setup-thing", files: { "action.yml": "name: one\n" } });
  commits["v1.0.0"] = repo.tag("v1.0.0").commit;
  commits["v1.2.0"] = repo.push({ files: { "action.yml": "name: two\n" }, message: "v1.2.0" });
  annotatedTagObject = repo.tag("v1.2.0", { annotated: true }).ref;
  repo.tag("v1");
  commits["v2.0.0"] = repo.push({ files: { "action.yml": "name: three\n" }, message: "v2.0.0" });
  repo.tag("v2.0.0");
  repo.tag("v3.0.0-beta.1", { sha: repo.push({ files: { "action.yml": "name: beta\n" } }), annotated: true });
  const floating = server.addRepo({ owner: "acme", name: "deploy-thing", files: { "action.yml": "name: deploy\n" } });
  commits["deploy v2"] = floating.tag("v2", { annotated: true }).commit;
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});
afterAll(() => server.close());

describe("releaseTagCommit against the local GitHub server", () => {
  it("takes the newest release of the pinned major and peels its annotated tag to the commit: two reads", async () => {
    server.resetCounts();
    const found = await releaseTagCommit(makeTestClient(server.url), "acme/setup-thing", 1);
    expect(annotatedTagObject).not.toBe(commits["v1.2.0"]);
    expect(found.value).toEqual({ version: "v1.2.0", sha: commits["v1.2.0"] });
    expect(found.source).toBe("GitHub API: git/matching-refs/tags of acme/setup-thing, tag v1.2.0 peeled to its commit");
    expect(server.counts.reads).toBe(2);
  });

  it("without a major, takes the newest major's release and never a pre-release; a lightweight tag costs one read", async () => {
    server.resetCounts();
    const found = await releaseTagCommit(makeTestClient(server.url), "acme/setup-thing", undefined);
    expect(found.value).toEqual({ version: "v2.0.0", sha: commits["v2.0.0"] });
    expect(server.counts.reads).toBe(1);
  });

  it("falls back to a floating major tag when the major has no full release", async () => {
    const found = await releaseTagCommit(makeTestClient(server.url), "acme/deploy-thing", 2);
    expect(found.value).toEqual({ version: "v2", sha: commits["deploy v2"] });
  });

  it("says so when a major has no release", async () => {
    await expect(releaseTagCommit(makeTestClient(server.url), "acme/setup-thing", 9)).rejects.toThrow("acme/setup-thing has no release tag in major v9");
  });
});
