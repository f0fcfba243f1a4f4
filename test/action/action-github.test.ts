import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { TOKEN } from "../rollout/harness.js";
import { simulatedRepo } from "../rollout/stack-fixtures.js";
import { readRunnerFiles } from "./runner-files.js";

/** resync and rollout through the action, against the local spec-checked GitHub server. */
describe("the action with resync and rollout", () => {
  let server: GitHubServer;
  const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY };
  beforeAll(async () => {
    server = await startGitHubServer();
    for (let i = 0; i < 3; i++) server.addRepo(simulatedRepo("acme", i));
    delete process.env.GITHUB_TOKEN;
    delete process.env.GITHUB_REPOSITORY;
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await server.close();
  });

  const act = async (command: string, args: string) => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-action-gh-"));
    const env: NodeJS.ProcessEnv = {
      INPUT_COMMAND: command,
      INPUT_ARGS: `${args} --api-url ${server.url} --pacing off`,
      INPUT_TOKEN: TOKEN,
      GITHUB_OUTPUT: join(dir, "output"),
      GITHUB_STEP_SUMMARY: join(dir, "summary"),
    };
    const lines: string[] = [];
    // On a runner the command and the action share the job's environment: the command's own report lands in the same summary.
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = env.GITHUB_STEP_SUMMARY;
    try {
      const code = await runAction(env, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
      return { code, lines, ...readRunnerFiles(env) };
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
  };

  it("resync --apply: the pull request URL and the changed files come out as step outputs", async () => {
    const { code, lines, outputs, summary } = await act("resync", "--repo acme/django-00000 --apply");
    expect(code, lines.join("\n")).toBe(0);
    expect(outputs["pr-url"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/acme\/django-00000\/pull\/1$/);
    expect(outputs["changed-files"]!.split("\n")).toContain(".github/workflows/baseline-resync.yml");
    expect(summary).toContain(`- Pull request: ${outputs["pr-url"]}`);
    expect(summary).toContain("| `.github/workflows/baseline-resync.yml` | added |");
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    expect([...lines.slice(1), summary, ...Object.values(outputs)].join("\n")).not.toContain(TOKEN);
    expect(server.violations).toEqual([]);
  });

  it("rollout --apply over an organisation: every pull request and its files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-action-ledger-"));
    const { code, lines, outputs } = await act("rollout", `--org acme --apply --ledger ${join(dir, "ledger.jsonl")}`);
    expect(code, lines.join("\n")).toBe(0);
    const urls = outputs["pr-urls"]!.split("\n");
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(url).toMatch(/\/acme\/[a-z-]+-\d{5}\/pull\/\d+$/);
    expect(outputs["changed-files"]).toMatch(/^acme\/[a-z-]+-\d{5}: /m);
    expect(server.violations).toEqual([]);
  });

  it("rollout --audit-only: no write; the job summary has the ranking and says nothing was written", async () => {
    server.resetCounts();
    const { code, lines, outputs, summary } = await act("rollout", "--org acme --audit-only");
    expect(code, lines.join("\n")).toBe(0);
    expect(server.counts.writes).toBe(0);
    expect(outputs["changed-files"]).toBe("");
    expect(summary).toContain("### Repositories ranked by findings");
    expect(summary).toContain("**Audited 3 repositories**: nothing was written");
    expect(server.violations).toEqual([]);
  });
});
