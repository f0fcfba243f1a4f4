import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { cli } from "../helpers/cli.js";
import { TOKEN } from "./harness.js";
import { simulatedRepo } from "./stack-fixtures.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const REPOS = 4;

/**
 * A rollout process is SIGKILLed exactly when its n-th write reaches GitHub (that write is never
 * applied), then the same command is run again. Writes per repository, in order: tree, commit, ref, PR.
 */
async function killAtWrite(server: GitHubServer, ledger: string, n: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args(server, ledger)], {
    cwd: ROOT,
    env: { ...process.env, GITHUB_TOKEN: TOKEN },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let writes = 0;
  server.intercept((req) => {
    if (req.method === "GET") return undefined;
    if (++writes < n) return undefined;
    child.kill("SIGKILL");
    return { status: 502, body: { message: "Server Error" } };
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c, signal) => resolve(signal === "SIGKILL" ? -9 : c)));
  server.intercept(undefined);
  expect(code).toBe(-9);
}

const args = (server: GitHubServer, ledger: string) => ["rollout", "--org", "acme", "--apply", "--api-url", server.url, "--pacing", "off", "--concurrency", "1", "--ledger", ledger, "--json"];

describe("a rollout killed mid-run resumes from its ledger", () => {
  let server: GitHubServer;
  afterEach(async () => {
    expect(server.violations).toEqual([]);
    await server.close();
  });

  // 7: the second repository has its tree and commit but no branch; 8: its branch but no PR.
  it.each([7, 8])("killed at write %i: no duplicate branch, commit or PR, and no PR lost", async (n) => {
    server = await startGitHubServer();
    for (let i = 0; i < REPOS; i++) server.addRepo(simulatedRepo("acme", i));
    const ledger = join(mkdtempSync(join(tmpdir(), "crash-")), "ledger.jsonl");
    await killAtWrite(server, ledger, n);
    const names = Array.from({ length: REPOS }, (_, i) => simulatedRepo("acme", i).name);
    const pullsNow = () => names.reduce((sum, name) => sum + server.repo("acme", name).pulls.length, 0);
    expect(pullsNow()).toBe(Math.floor((n - 1) / 4));

    const previous = process.env.GITHUB_TOKEN;
    process.env.GITHUB_TOKEN = TOKEN;
    const resumed = await cli(...args(server, ledger));
    if (previous === undefined) delete process.env.GITHUB_TOKEN;
    else process.env.GITHUB_TOKEN = previous;
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain("Resuming the unfinished run");

    const report = JSON.parse(resumed.stdout) as { repos: { repo: string; outcome: string; pr?: { number: number } }[] };
    expect(report.repos).toHaveLength(REPOS);
    for (let i = 0; i < REPOS; i++) {
      const { name } = simulatedRepo("acme", i);
      const repo = server.repo("acme", name);
      expect(repo.pulls.filter((p) => p.state === "open")).toHaveLength(1);
      expect(repo.pulls).toHaveLength(1);
      // One commit on top of the default branch: a resumed repository did not stack a second one.
      expect(repo.commits("devops-baseline/resync")).toHaveLength(2);
      expect(report.repos.find((r) => r.repo === `acme/${name}`)?.pr?.number).toBe(1);
    }
    expect(pullsNow()).toBe(REPOS);
    const ledgerLines = readFileSync(ledger, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ledgerLines.at(-1)).toMatchObject({ end: true });
    expect(ledgerLines.filter((l) => l.step === "pr-opened")).toHaveLength(REPOS);
  });
});
