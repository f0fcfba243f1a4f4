import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { createGitHubClient } from "../../src/github/client.js";
import { createHttpFetch } from "../../src/github/http-transport.js";
import { createRedactor } from "../../src/github/redact.js";
import { WriteBudget } from "../../src/rollout/write-budget.js";
import { outcomes, startHarness, TOKEN } from "../rollout/harness.js";

describe("the Octokit client", () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.addRepo({ owner: "acme", name: "paced", files: { "README.md": "x\n" } });
  });
  afterAll(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  async function threeWrites(pacing: "github" | "off"): Promise<number> {
    const github = createGitHubClient({ auth: { token: TOKEN }, baseUrl: server.url, pacing, redactor: createRedactor() });
    const sha = server.repo("acme", "paced").branchSha("main")!;
    const started = Date.now();
    for (let i = 0; i < 3; i++) await github.rest.git.createRef({ owner: "acme", repo: "paced", ref: `refs/heads/${pacing}-${i}`, sha });
    return Date.now() - started;
  }

  it("with default pacing, the throttling plugin spaces writes a second apart (it is wired up)", async () => {
    expect(await threeWrites("github")).toBeGreaterThanOrEqual(1900);
  });

  it("with pacing off, writes are not spaced", async () => {
    expect(await threeWrites("off")).toBeLessThan(1000);
  });

  it("counts every request on the wire through a wrapped transport, retries included", async () => {
    let wire = 0;
    const transport = createHttpFetch();
    const github = createGitHubClient({
      auth: { token: TOKEN },
      baseUrl: server.url,
      pacing: "off",
      redactor: createRedactor(),
      fetch: (input, init) => {
        wire++;
        return transport(input, init);
      },
    });
    server.secondaryLimit({ every: 1, retryAfter: 0.05, times: 2 });
    await github.rest.git.createRef({ owner: "acme", repo: "paced", ref: "refs/heads/counted", sha: server.repo("acme", "paced").branchSha("main")! });
    server.secondaryLimit(false);
    expect(wire).toBe(3);
  });
});

describe("secondary limits during a rollout", () => {
  it("are waited out as GitHub asks (retry-after) and retried, pausing the write budget; every PR still opens once", async () => {
    const h = await startHarness(3);
    const connection = h.connection("off");
    // The token identity's budget, watched: GitHub's retry-after must pause it.
    const budget = new WriteBudget([]);
    const paused: number[] = [];
    const pause = budget.pause.bind(budget);
    budget.pause = (seconds) => {
      paused.push(seconds);
      pause(seconds);
    };
    connection.budgets.set("token", budget);
    h.server.secondaryLimit({ every: 3, retryAfter: 0.3 });
    const started = Date.now();
    const report = await h.run({ connection });
    h.server.secondaryLimit(false);
    expect(paused.length).toBeGreaterThanOrEqual(3);
    expect(new Set(paused)).toEqual(new Set([0.3]));
    expect(h.server.counts.limited).toBeGreaterThanOrEqual(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["pr-opened"]));
    for (const r of report.results) expect(h.server.repo("acme", r.repo.split("/")[1]!).pulls).toHaveLength(1);
    expect(h.server.violations).toEqual([]);
    await h.server.close();
  });
});
