import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadOpenApi } from "./load-openapi.js";
import { ROUTES } from "./serve-request.js";
import { operationOf } from "./validate-operation.js";
import { makeTestClient, statusOf } from "./make-test-client.js";
import { startGitHubServer, type GitHubServer } from "./start-github-server.js";

let server: GitHubServer;
let octokit: ReturnType<typeof makeTestClient>;
const repo = { owner: "acme", repo: "api" };

beforeAll(async () => {
  server = await startGitHubServer();
  octokit = makeTestClient(server.url);
  server.addRepo({
    owner: "acme",
    name: "api",
    files: { "README.md": "# api\n" },
  });
});
afterAll(() => server.close());
afterEach(() => {
  server.secondaryLimit(false);
  server.primaryLimit(false);
  server.intercept(undefined);
  server.clearViolations();
  server.resetCounts();
});

async function createBranch(name: string) {
  return octokit.git.createRef({
    ...repo,
    ref: `refs/heads/${name}`,
    sha: server.repo("acme", "api").branchSha("main")!,
  });
}

describe("rate-limit switches", () => {
  it("answers writes with 403 + retry-after while the secondary limit is on, reads still pass", async () => {
    server.secondaryLimit({ retryAfter: 7 });
    const limited = await statusOf(createBranch("a"));
    expect(limited.status).toBe(403);
    expect(limited.headers["retry-after"]).toBe("7");
    expect(limited.message).toMatch(/secondary rate limit/);
    expect((await octokit.repos.get(repo)).status).toBe(200);
    expect(server.repo("acme", "api").branchSha("a")).toBeUndefined();
    expect(server.counts.limited).toBe(1);
    expect(server.violations).toEqual([]);
  });

  it("limits every n-th write, answers 429 on request, and switches itself off after `times`", async () => {
    server.secondaryLimit({ every: 2, status: 429, times: 1 });
    expect((await createBranch("b1")).status).toBe(201);
    expect((await statusOf(createBranch("b2"))).status).toBe(429);
    expect((await createBranch("b3")).status).toBe(201);
    expect((await createBranch("b4")).status).toBe(201);
    expect(server.counts).toMatchObject({ writes: 4, limited: 1 });
  });

  it("enforces a GitHub-like sliding window of writes with a matching retry-after", async () => {
    server.secondaryLimit({ window: { max: 3, seconds: 0.3 } });
    for (const name of ["w1", "w2", "w3"]) expect((await createBranch(name)).status).toBe(201);
    const limited = await statusOf(createBranch("w4"));
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(limited.status).toBe(403);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(0.3);
    expect((await octokit.repos.get(repo)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 5));
    expect((await createBranch("w4")).status).toBe(201);
  });

  it("answers the primary limit with x-ratelimit-remaining 0 and a reset time", async () => {
    server.primaryLimit({ retryAfter: 30, times: 1 });
    const limited = await statusOf(octokit.repos.get(repo));
    expect(limited.status).toBe(403);
    expect(limited.headers["x-ratelimit-remaining"]).toBe("0");
    expect(Number(limited.headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000 + 25);
    expect((await octokit.repos.get(repo)).status).toBe(200);
  });

  it("is recognised by Octokit's throttling plugin, which waits out retry-after and retries", async () => {
    const waits: { kind: string; retryAfter: number }[] = [];
    const Throttled = Octokit.plugin(throttling);
    const client = new Throttled({
      baseUrl: server.url,
      auth: "t",
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      throttle: {
        retryAfterBaseValue: 1, // milliseconds per announced second, to keep the test fast
        onSecondaryRateLimit: (retryAfter) => (waits.push({ kind: "secondary", retryAfter }), true),
        onRateLimit: (retryAfter) => (waits.push({ kind: "primary", retryAfter }), true),
      },
    });
    server.secondaryLimit({ writesOnly: false, retryAfter: 3, times: 1 });
    expect((await client.repos.get(repo)).status).toBe(200);
    server.primaryLimit({ retryAfter: 2, times: 1 });
    expect((await client.repos.get(repo)).status).toBe(200);
    expect(waits.map((wait) => wait.kind)).toEqual(["secondary", "primary"]);
    expect(waits[0]!.retryAfter).toBe(3);
    expect(server.counts).toMatchObject({ total: 4, limited: 2 });
  });
});

describe("latency", () => {
  it("delays answers so concurrent requests overlap, and reports the peak in flight", async () => {
    const slow = await startGitHubServer({ latencyMs: { read: 40, write: 80 } });
    slow.addRepo({ owner: "acme", name: "api", files: { "README.md": "# api\n" } });
    const client = makeTestClient(slow.url);
    const began = performance.now();
    await Promise.all([1, 2, 3, 4, 5].map(() => client.repos.get(repo)));
    expect(performance.now() - began).toBeGreaterThanOrEqual(40);
    expect(slow.counts).toMatchObject({ reads: 5, peakInFlight: 5 });
    expect(slow.violations).toEqual([]);
    await slow.close();
  });
});

describe("OpenAPI checking", () => {
  it("names only operations of GitHub's OpenAPI description, each with a JSON success body or 204 (202: a SARIF upload accepted for processing)", async () => {
    for (const route of ROUTES) {
      const op = operationOf(`${route.method} ${route.path}`);
      const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
      expect([route.path, success?.[0]]).toEqual([route.path, expect.stringMatching(/^20[0124]$/)]);
      if (success![0] !== "204") expect([route.path, success![1]]).toEqual([route.path, expect.any(Object)]);
    }
    expect(ROUTES.length).toBeGreaterThanOrEqual(30);
  });

  it("prepares GitHub's description once and rewrites its nullable schemas without a type", () => {
    const spec = loadOpenApi();
    expect(spec.version).toMatch(/^\d+\.\d+\.\d+$/);
    // GitHub's description has ~135 `nullable` without a `type`; all must become `anyOf [..., null]`.
    expect(spec.countNullable().nullableWithoutType).toBeGreaterThan(100);
    expect(loadOpenApi()).toBe(spec);
  });

  it("answers anonymous writes with 401 (any token will do)", async () => {
    const anonymous = await fetch(`${server.url}/repos/acme/api/git/refs`, {
      method: "POST",
      body: JSON.stringify({ ref: "refs/heads/anon", sha: server.repo("acme", "api").branchSha("main") }),
    });
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${server.url}/repos/acme/api`)).status).toBe(200);
    expect(server.violations).toEqual([]);
  });

  it("records a request body that breaks the spec, and answers 422", async () => {
    const response = await fetch(`${server.url}/repos/acme/api/git/trees`, {
      method: "POST",
      headers: { authorization: "token t", "content-type": "application/json" },
      body: JSON.stringify({
        tree: [{ path: "a.txt", mode: "100645", type: "blob", content: "a" }],
      }),
    });
    expect(response.status).toBe(422);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatchObject({
      kind: "request",
      operation: "/repos/{owner}/{repo}/git/trees",
    });
    expect(server.violations[0]!.message).toContain("/tree/0/mode");
  });

  it("records bad query types, unknown query parameters, missing bodies and unknown routes", async () => {
    await fetch(`${server.url}/orgs/acme/repos?per_page=lots`);
    await fetch(`${server.url}/repos/acme/api/pulls?colour=blue`);
    await fetch(`${server.url}/repos/acme/api/git/refs`, { method: "POST" });
    const unknown = await fetch(`${server.url}/repos/acme/api/actions/secrets`);
    expect(unknown.status).toBe(404);
    expect(server.violations.map((violation) => violation.kind)).toEqual([
      "request",
      "request",
      "request",
      "unknown-route",
    ]);
    expect(server.violations[0]!.message).toContain("per_page");
    expect(server.violations[1]!.message).toContain('unknown query parameter "colour"');
    expect(server.violations[2]!.message).toContain("request body is required");
    expect(server.counts.byRoute["GET unknown"]).toBe(1);
  });

  it("records responses that break the spec (here: an interceptor's incomplete repository)", async () => {
    server.intercept((request) =>
      request.route === "/repos/{owner}/{repo}" ? { status: 200, body: { id: 1, name: "api" } } : undefined,
    );
    await octokit.repos.get(repo);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatchObject({
      kind: "response",
      status: 200,
    });
    expect(server.violations[0]!.message).toContain("must have required property");
  });

  it("accepts what it serves itself: a full resync-shaped flow leaves no violation", async () => {
    const main = await octokit.git.getRef({ ...repo, ref: "heads/main" });
    const tree = await octokit.git.createTree({
      ...repo,
      base_tree: (
        await octokit.git.getCommit({
          ...repo,
          commit_sha: main.data.object.sha,
        })
      ).data.tree.sha,
      tree: [{ path: "ci.yml", mode: "100644", type: "blob", content: "on: push\n" }],
    });
    const commit = await octokit.git.createCommit({
      ...repo,
      message: "m",
      tree: tree.data.sha,
      parents: [main.data.object.sha],
    });
    await octokit.git.createRef({
      ...repo,
      ref: "refs/heads/flow",
      sha: commit.data.sha,
    });
    await octokit.pulls.create({
      ...repo,
      head: "flow",
      base: "main",
      title: "t",
    });
    await octokit.pulls.list({ ...repo, head: "acme:flow" });
    expect(server.violations).toEqual([]);
    expect(server.counts).toMatchObject({ reads: 3, writes: 4 });
  });
});
