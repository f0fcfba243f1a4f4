import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeTestClient, statusOf } from "./make-test-client.js";
import { startGitHubServer, type GitHubServer } from "./start-github-server.js";

let server: GitHubServer;
let octokit: ReturnType<typeof makeTestClient>;
let repoCount = 0;
const BRANCH = "devops-baseline/resync";

beforeAll(async () => {
  server = await startGitHubServer();
  octokit = makeTestClient(server.url);
});
afterAll(() => server.close());
afterEach(() => {
  const seen = [...server.violations];
  server.clearViolations();
  expect(seen).toEqual([]);
});

/** A repository with a resync branch one commit ahead of main. */
function repoWithBranch() {
  const name = `svc-${++repoCount}`;
  const state = server.addRepo({
    owner: "acme",
    name,
    files: { "README.md": "# svc\n" },
  });
  state.push({ branch: BRANCH, files: { Dockerfile: "FROM scratch\n" } });
  return { repo: { owner: "acme", repo: name }, state };
}

describe("pull request routes", () => {
  it("opens one PR per head/base and answers 422 for a duplicate", async () => {
    const { repo, state } = repoWithBranch();
    const created = await octokit.pulls.create({
      ...repo,
      head: BRANCH,
      base: "main",
      title: "Baseline",
      body: "b",
    });
    expect(created.status).toBe(201);
    expect(created.data.head.sha).toBe(state.branchSha(BRANCH));
    expect(created.data.head.ref).toBe(BRANCH);
    const duplicate = await statusOf(
      octokit.pulls.create({
        ...repo,
        head: `acme:${BRANCH}`,
        base: "main",
        title: "Baseline again",
      }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain("A pull request already exists for acme:devops-baseline/resync.");
    expect(state.pulls).toHaveLength(1);
  });

  it("lists PRs filtered by head=owner:branch and state", async () => {
    const { repo, state } = repoWithBranch();
    state.push({ branch: "other", files: { "x.txt": "x\n" } });
    const mine = await octokit.pulls.create({
      ...repo,
      head: BRANCH,
      base: "main",
      title: "Baseline",
    });
    await octokit.pulls.create({
      ...repo,
      head: "other",
      base: "main",
      title: "Other",
    });
    const open = await octokit.pulls.list({
      ...repo,
      head: `acme:${BRANCH}`,
      state: "open",
    });
    expect(open.data.map((pull) => pull.number)).toEqual([mine.data.number]);
    // GitHub ignores a head filter without the owner prefix: both PRs come back.
    const unfiltered = await octokit.pulls.list({ ...repo, head: BRANCH });
    expect(unfiltered.data).toHaveLength(2);
    await octokit.pulls.update({
      ...repo,
      pull_number: mine.data.number,
      state: "closed",
    });
    const stillOpen = await octokit.pulls.list({
      ...repo,
      head: `acme:${BRANCH}`,
      state: "open",
    });
    expect(stillOpen.data).toEqual([]);
    const closed = await octokit.pulls.list({
      ...repo,
      head: `acme:${BRANCH}`,
      state: "closed",
    });
    expect(closed.data[0]?.closed_at).not.toBeNull();
  });

  it("updates title and body in place, and closes with a comment", async () => {
    const { repo, state } = repoWithBranch();
    const pull = await octokit.pulls.create({
      ...repo,
      head: BRANCH,
      base: "main",
      title: "v1",
      body: "one",
    });
    const updated = await octokit.pulls.update({
      ...repo,
      pull_number: pull.data.number,
      title: "v2",
      body: "two",
    });
    expect([updated.data.title, updated.data.body, updated.data.number]).toEqual(["v2", "two", pull.data.number]);
    const comment = await octokit.issues.createComment({
      ...repo,
      issue_number: pull.data.number,
      body: "No longer needed.",
    });
    expect(comment.status).toBe(201);
    await octokit.pulls.update({
      ...repo,
      pull_number: pull.data.number,
      state: "closed",
    });
    const read = await octokit.pulls.get({
      ...repo,
      pull_number: pull.data.number,
    });
    expect([read.data.state, read.data.comments]).toEqual(["closed", 1]);
    expect(state.pullComments(pull.data.number)).toEqual(["No longer needed."]);
    const comments = await octokit.issues.listComments({
      ...repo,
      issue_number: pull.data.number,
    });
    expect(comments.data.map((entry) => entry.body)).toEqual(["No longer needed."]);
  });

  it("refuses PRs without new commits, from missing branches, and unknown PR numbers", async () => {
    const { repo, state } = repoWithBranch();
    state.push({ branch: "main", files: { "later.txt": "later\n" } });
    await octokit.git.createRef({
      ...repo,
      ref: "refs/heads/behind",
      sha: state.commits()[1]!.sha,
    });
    const noCommits = await statusOf(
      octokit.pulls.create({
        ...repo,
        head: "behind",
        base: "main",
        title: "t",
      }),
    );
    expect([noCommits.status, noCommits.message]).toEqual([
      422,
      expect.stringContaining("No commits between main and behind"),
    ]);
    const missing = await statusOf(octokit.pulls.create({ ...repo, head: "nope", base: "main", title: "t" }));
    expect(missing.status).toBe(422);
    expect((await statusOf(octokit.pulls.get({ ...repo, pull_number: 999 }))).status).toBe(404);
  });

  it("closes a PR when its branch is deleted, and merges through the state helper", async () => {
    const { repo, state } = repoWithBranch();
    const pull = await octokit.pulls.create({
      ...repo,
      head: BRANCH,
      base: "main",
      title: "t",
    });
    state.mergePull(pull.data.number);
    const merged = await octokit.pulls.get({
      ...repo,
      pull_number: pull.data.number,
    });
    expect([merged.data.merged, merged.data.state]).toEqual([true, "closed"]);
    expect(state.file("Dockerfile")).toBe("FROM scratch\n");
    state.push({ branch: BRANCH, files: { "more.txt": "more\n" } });
    const second = await octokit.pulls.create({
      ...repo,
      head: BRANCH,
      base: "main",
      title: "t2",
    });
    await octokit.git.deleteRef({ ...repo, ref: `heads/${BRANCH}` });
    const closed = await octokit.pulls.get({
      ...repo,
      pull_number: second.data.number,
    });
    expect([closed.data.state, closed.data.merged]).toEqual(["closed", false]);
  });
});
