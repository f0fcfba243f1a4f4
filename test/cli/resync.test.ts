import { mkdtempSync, writeFileSync } from "node:fs";
import { writeAppSkeleton } from "../helpers/app-skeleton.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { WORKFLOW_TOKEN_HELP } from "../../src/github/errors.js";
import { cli } from "../helpers/cli.js";
import { TOKEN } from "../rollout/harness.js";
import { simulatedRepo } from "../rollout/stack-fixtures.js";

describe("create-devops-baseline resync", () => {
  let server: GitHubServer;
  const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY };
  beforeAll(async () => {
    server = await startGitHubServer();
    for (let i = 0; i < 3; i++) server.addRepo(simulatedRepo("acme", i));
    process.env.GITHUB_TOKEN = TOKEN;
    delete process.env.GITHUB_REPOSITORY;
  });
  afterEach(() => {
    expect(server.violations).toEqual([]);
    server.intercept(undefined);
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await server.close();
  });
  const resync = (...args: string[]) => cli("resync", "--api-url", server.url, "--pacing", "off", ...args);

  it("is a dry run by default: prints the diff, writes nothing", async () => {
    server.resetCounts();
    const { code, stdout } = await resync("--repo", "acme/django-00000");
    expect(code).toBe(0);
    expect(stdout).toContain("+++ b/.github/workflows/baseline-resync.yml");
    expect(stdout).toContain("Dry run: would open the PR (4 writes)");
    expect(server.counts.writes).toBe(0);
  });

  it("--apply opens one PR; running it again writes nothing", async () => {
    const first = await resync("--repo", "acme/django-00000", "--apply");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Opened http:\/\/127\.0\.0\.1:\d+\/acme\/django-00000\/pull\/1 \(4 writes\)/);
    server.resetCounts();
    const again = await resync("--repo", "acme/django-00000", "--apply", "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: "pr-current", writes: 0, pr: { number: 1 } });
    expect(server.counts.writes).toBe(0);
  });

  it("in a checkout, uses the local config and $GITHUB_REPOSITORY", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resync-checkout-"));
    writeFileSync(join(dir, "devops-baseline.json"), JSON.stringify({ name: "shop", backend: { kind: "express" }, alerting: "slack" }));
    writeAppSkeleton(dir, { name: "shop", backend: { kind: "express" }, alerting: "slack" });
    process.env.GITHUB_REPOSITORY = "acme/express-00002";
    const { code } = await resync("-C", dir, "--apply");
    delete process.env.GITHUB_REPOSITORY;
    expect(code).toBe(0);
    const files = server.repo("acme", "express-00002").files("devops-baseline/resync");
    // The local config decided the options; the PR does not add a config of its own.
    expect(files["devops-baseline.json"]).toBeUndefined();
    expect(Object.keys(files).some((p) => p.includes("alert") || p.includes("monitoring"))).toBe(true);
  });

  it("never prints the token, not in --debug request logs and not in errors", async () => {
    server.intercept((req) => (req.method === "POST" ? { status: 403, body: { message: `Resource not accessible by integration (token ${TOKEN})`, documentation_url: "https://docs.github.com/rest" } } : undefined));
    const { code, stdout, stderr } = await resync("--repo", "acme/fastapi-00001", "--apply", "--debug");
    expect(code).toBe(3);
    expect(stderr).toContain("debug:");
    expect(stderr).toContain("403");
    expect(`${stdout}\n${stderr}`).not.toContain(TOKEN);
    expect(`${stdout}\n${stderr}`).not.toContain(TOKEN.slice(4, 20));
  });

  it("explains GitHub's workflow-file rule when GitHub refuses a workflow change", async () => {
    server.intercept((req) =>
      req.method === "PATCH" || (req.method === "POST" && req.route.endsWith("/git/refs"))
        ? { status: 403, body: { message: "refusing to allow an OAuth App to create or update workflow `.github/workflows/ci.yml` without `workflow` scope", documentation_url: "https://docs.github.com/rest" } }
        : undefined,
    );
    const { code, stderr } = await resync("--repo", "acme/fastapi-00001", "--apply");
    expect(code).toBe(3);
    expect(stderr).toContain(WORKFLOW_TOKEN_HELP);
  });

  it("without credentials, says how to provide them (exit 2)", async () => {
    delete process.env.GITHUB_TOKEN;
    const { code, stderr } = await resync("--repo", "acme/fastapi-00001").finally(() => (process.env.GITHUB_TOKEN = TOKEN));
    expect(code).toBe(2);
    expect(stderr).toContain("GITHUB_TOKEN and GH_TOKEN are not set");
    expect(stderr).toContain("--app-id");
  });
});
