import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { cli } from "../helpers/cli.js";
import { TOKEN } from "../rollout/harness.js";
import { simulatedRepo } from "../rollout/stack-fixtures.js";

interface JsonReport {
  apply: boolean;
  listed: number;
  totals: Record<string, number>;
  repos: { repo: string; outcome: string; writes: number; pr?: { number: number } }[];
}

describe("create-devops-baseline rollout", () => {
  let server: GitHubServer;
  let dir: string;
  const saved = { GITHUB_TOKEN: process.env.GITHUB_TOKEN, GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY };
  beforeAll(async () => {
    server = await startGitHubServer();
    for (let i = 0; i < 6; i++) server.addRepo(simulatedRepo("acme", i));
    dir = mkdtempSync(join(tmpdir(), "rollout-cli-"));
    process.env.GITHUB_TOKEN = TOKEN;
  });
  afterEach(() => {
    expect(server.violations).toEqual([]);
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    await server.close();
  });
  const rollout = (...args: string[]) => cli("rollout", "--org", "acme", "--api-url", server.url, "--pacing", "off", "--ledger", join(dir, "ledger.jsonl"), ...args);

  it("dry run (the default): per-repository diffs, the ETA, a table, and no write", async () => {
    server.resetCounts();
    const { code, stdout, stderr } = await rollout("--topic", "django", "--include", "django-*");
    expect(code).toBe(0);
    expect(stdout).toMatch(/acme\/django-00000 \(would-open\)\n--- \/dev\/null\n\+\+\+ b\//);
    expect(stderr).toMatch(/2 repos need changes ≈ 8 writes ≈ 0 s/);
    // Expected 404s along the way (no resync branch yet) are not reported as errors.
    expect(stderr).not.toMatch(/^error:/m);
    expect(stdout).toContain("would-open");
    expect(stdout).toContain("Dry run: nothing was written");
    expect(server.counts.writes).toBe(0);
  });

  it("reports as JSON on stdout, Markdown to a file and to $GITHUB_STEP_SUMMARY", async () => {
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    process.env.GITHUB_STEP_SUMMARY = summary;
    const { code, stdout } = await rollout("--json", "--no-diff", "--report-md", join(dir, "report.md"), "--exclude", "nextjs-*");
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report).toMatchObject({ apply: false, listed: 6, totals: { "would-open": 5 }, eta: { repos: 5, writes: 20 } });
    expect(report.repos.every((r) => r.writes === 4)).toBe(true);
    for (const md of [readFileSync(summary, "utf8"), readFileSync(join(dir, "report.md"), "utf8")]) {
      expect(md).toContain("## DevOps baseline rollout (dry run)");
      expect(md).toContain("| acme/django-00000 | would-open |");
    }
  });

  it("--audit-only with the org's policy: no write, a ranked table, JSON and HTML reports; --apply with it is bad input", async () => {
    server.resetCounts();
    const defaults = join(dir, "org-audit.json");
    writeFileSync(defaults, JSON.stringify({ audit: { severity: { DU001: "off" } } }));
    const html = join(dir, "audit.html");
    const json = join(dir, "audit.json");
    const { code, stdout } = await rollout("--audit-only", "--defaults", defaults, "--report-html", html, "--report-json", json);
    expect(code).toBe(0);
    expect(server.counts.writes).toBe(0);
    expect(stdout).toContain("Repositories ranked by findings:");
    expect(stdout).toContain("Audit only: nothing was planned or written.");
    const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport & { ranking: { repo: string }[]; byRule: { rule: string }[] };
    expect(report.repos.every((r) => r.outcome === "audited")).toBe(true);
    expect(report.ranking).toHaveLength(6);
    expect(report.byRule.map((r) => r.rule)).not.toContain("DU001");
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain("<title>DevOps baseline audit</title>");
    const both = await rollout("--audit-only", "--apply");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--audit-only writes nothing");
  });

  it("--shard i/n: the shards of a matrix together open every PR exactly once", async () => {
    const seen: string[] = [];
    for (const shard of ["1/3", "2/3", "3/3"]) {
      const { code, stdout } = await rollout("--apply", "--json", "--shard", shard, "--ledger", join(dir, `shard-${shard.replace("/", "-")}.jsonl`));
      expect(code).toBe(0);
      seen.push(...(JSON.parse(stdout) as JsonReport).repos.map((r) => r.repo));
    }
    expect(seen.sort()).toEqual(Array.from({ length: 6 }, (_, i) => `acme/${simulatedRepo("acme", i).name}`).sort());
    for (let i = 0; i < 6; i++) expect(server.repo("acme", simulatedRepo("acme", i).name).pulls).toHaveLength(1);
  });

  it("takes targets from a file or a search as well", async () => {
    const file = join(dir, "repos.txt");
    writeFileSync(file, "# two of them\nacme/django-00000\nhttps://github.com/acme/fastapi-00001.git\n\n");
    const listed = await cli("rollout", "--repos", file, "--api-url", server.url, "--pacing", "off", "--json", "--no-diff");
    expect((JSON.parse(listed.stdout) as JsonReport).repos.map((r) => r.repo)).toEqual(["acme/django-00000", "acme/fastapi-00001"]);
    const found = await cli("rollout", "--search", "org:acme topic:express", "--api-url", server.url, "--pacing", "off", "--json", "--no-diff");
    expect((JSON.parse(found.stdout) as JsonReport).repos.map((r) => r.repo)).toEqual(["acme/express-00002"]);
  });

  it("--print-workflow prints the matrix example", async () => {
    const { code, stdout } = await cli("rollout", "--print-workflow", "--shards", "3", "--org", "acme");
    expect(code).toBe(0);
    expect(parse(stdout).jobs.rollout.strategy.matrix.shard).toEqual([1, 2, 3]);
  });

  it("bad input exits 2 with a message naming the fix", async () => {
    const shard = await rollout("--shard", "4/3");
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain("--shard 3/20");
    const none = await cli("rollout", "--api-url", server.url);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--org NAME, --repos FILE or --search QUERY");
    const defaults = join(dir, "org.json");
    writeFileSync(defaults, JSON.stringify({ alerting: "pager" }));
    const bad = await rollout("--defaults", defaults);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/alerting: "pager" is not allowed/);
    const waves = await rollout("--waves", "10%,5%");
    expect(waves.code).toBe(2);
    expect(waves.stderr).toContain("--waves: each wave reaches further");
    const wait = await rollout("--waves", "1,100%", "--wave-wait", "soon");
    expect(wait.code).toBe(2);
    expect(wait.stderr).toContain('--wave-wait: "soon" is not a duration');
  });

  it("--waves: a failed check after the first wave pauses the run with exit 1 and a report", async () => {
    const names = [6, 7].map((i) => server.addRepo(simulatedRepo("acme", i)).name);
    server.simulateCi((repo, sha) => (sha === repo.branchSha("devops-baseline/resync") ? { checkRuns: [{ name: "build", status: "completed", conclusion: "failure" }] } : undefined));
    const ledger = join(dir, "waves.jsonl");
    const run = () => cli("rollout", "--org", "acme", "--api-url", server.url, "--pacing", "off", "--ledger", ledger, "--apply", ...names.flatMap((n) => ["--include", n]), "--waves", "1,100%");
    const first = await run();
    server.simulateCi(undefined);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("Waves: 1, 1 repositories; 1 of 2 applied.");
    expect(first.stdout).toContain("Paused before wave 2: checks failed in wave 1.");
    expect(first.stdout).toMatch(new RegExp(`acme/${names[0]} #\\d+: build`));
    expect(first.stdout).toContain(`run the same command again to resume from ${ledger}`);
    expect(server.repo("acme", names[1]!).pulls).toHaveLength(0);
  });
});
