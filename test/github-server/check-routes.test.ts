import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "./index.js";
import { makeTestClient, statusOf } from "./make-test-client.js";

describe("local GitHub: check runs and the combined status of a commit", () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.addRepo({ owner: "acme", name: "api", files: { "README.md": "# api\n" } });
  });
  afterAll(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  it("answers what CI reported on a commit, by SHA or branch name, in GitHub's shapes", async () => {
    const octokit = makeTestClient(server.url, "token");
    const repo = server.repo("acme", "api");
    const sha = repo.branchSha("main")!;
    const none = await octokit.checks.listForRef({ owner: "acme", repo: "api", ref: sha });
    expect(none.data).toMatchObject({ total_count: 0, check_runs: [] });
    // Nothing reported: GitHub's combined status is `pending` with no statuses.
    expect((await octokit.repos.getCombinedStatusForRef({ owner: "acme", repo: "api", ref: "main" })).data).toMatchObject({ state: "pending", total_count: 0 });

    repo.reportCi("main", {
      checkRuns: [
        { name: "test", status: "completed", conclusion: "failure" },
        { name: "lint", status: "in_progress" },
      ],
      statuses: [{ context: "ci/legacy", state: "success" }],
    });
    const runs = await octokit.checks.listForRef({ owner: "acme", repo: "api", ref: "main" });
    expect(runs.data.check_runs.map((r) => [r.name, r.status, r.conclusion, r.head_sha])).toEqual([
      ["test", "completed", "failure", sha],
      ["lint", "in_progress", null, sha],
    ]);
    const filtered = await octokit.checks.listForRef({ owner: "acme", repo: "api", ref: sha, status: "in_progress" });
    expect(filtered.data.check_runs.map((r) => r.name)).toEqual(["lint"]);
    expect((await octokit.repos.getCombinedStatusForRef({ owner: "acme", repo: "api", ref: sha })).data).toMatchObject({ state: "success", total_count: 1, sha });
    repo.reportCi(sha, { statuses: [{ context: "a", state: "success" }, { context: "b", state: "error" }] });
    expect((await octokit.repos.getCombinedStatusForRef({ owner: "acme", repo: "api", ref: sha })).data.state).toBe("failure");
    expect((await statusOf(octokit.checks.listForRef({ owner: "acme", repo: "api", ref: "no-such-branch" }))).status).toBe(422);
  });

  it("asks the CI simulator about commits nobody reported on", async () => {
    const octokit = makeTestClient(server.url, "token");
    const repo = server.repo("acme", "api");
    const head = repo.push({ branch: "feature", files: { "x.txt": "x\n" } });
    server.simulateCi((r, sha) => (r.name === "api" && sha === head ? { checkRuns: [{ name: "build", status: "completed", conclusion: "success" }] } : undefined));
    const runs = await octokit.checks.listForRef({ owner: "acme", repo: "api", ref: "feature" });
    expect(runs.data.check_runs.map((r) => [r.name, r.conclusion])).toEqual([["build", "success"]]);
    server.simulateCi(undefined);
    expect((await octokit.checks.listForRef({ owner: "acme", repo: "api", ref: "feature" })).data.total_count).toBe(0);
  });
});
