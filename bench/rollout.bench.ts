/**
 * `npm run bench:rollout -- --repos N --changed-ratio R [--concurrency C] [--heap-mb M] [--rerun] [--source] [--node-arg FLAG]… [--json]`
 * Rollout of N simulated repositories of mixed stacks (a share R not yet on the baseline) against the
 * local spec-checked GitHub, with pacing off. The server runs here; the rollout runs in a child process
 * as users run it — the bundled CLI (`bin/create-devops-baseline.js rollout --apply …`, built here with
 * `scripts/build-dist.ts`) — so its peak RSS is the tool's alone. Requests are counted by the server,
 * per repository, as they arrive (retries count). Target: N = 10,000 under 200 MB; 0 writes per
 * unchanged repository, ≤ 4 per new PR, ≤ 2 reads per unchanged repository. `--rerun` runs a second pass
 * with the first pass's ledger (nothing changed in between): target 0 requests counted against the rate
 * limit per unchanged repository (GitHub does not count 304s). Its `…Mb` figures are MiB (2^20 bytes).
 */
import { spawn } from "node:child_process";
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildDist } from "../scripts/build-dist.js";
import { startGitHubServer } from "../test/github-server/index.js";
import { seedRepos } from "./rollout-seed.js";

const { values } = parseArgs({
  options: { repos: { type: "string", default: "1000" }, "changed-ratio": { type: "string", default: "0.2" }, concurrency: { type: "string", default: "8" }, "heap-mb": { type: "string" }, source: { type: "boolean", default: false }, rerun: { type: "boolean", default: false }, "node-arg": { type: "string", multiple: true, default: [] }, json: { type: "boolean", default: false } },
});
const n = Number(values.repos);
const root = new URL("..", import.meta.url).pathname;
const ratio = Number(values["changed-ratio"]);

const server = await startGitHubServer({ validate: true, rateLimit: { core: 1_000_000 } });
const { repos, changed } = await seedRepos("acme", n, ratio);
for (const repo of repos) server.addRepo(repo);
server.resetCounts();

const work = mkdtempSync(join(tmpdir(), "bench-rollout-"));
const ledger = join(work, "ledger.jsonl");
// --heap-mb caps V8's old space: the live heap is small (≈10 MB retained at 1,000 repos); RSS above it is GC slack.
const heapFlag = values["heap-mb"] ? [`--max-old-space-size=${Number(values["heap-mb"])}`] : [];
const { entry, build } = await clientEntry();

interface Pass {
  ms: number;
  peakRss: number;
  peakHeap: number;
  peakHeapTotal: number;
  peakExternal: number;
  liveHeap: number;
  listingRequests: number;
  listingRateLimited: number;
  results: { repo: string; outcome: string; reads: number; writes: number; rateLimited: number; blobReads: number }[];
}

async function runPass(pass: "first" | "rerun"): Promise<Pass> {
  server.resetCounts();
  const probe = join(work, `probe-${pass}.json`);
  const reportFile = join(work, `report-${pass}.json`);
  const args = ["rollout", "--org", "acme", "--apply", "--ledger", ledger, "--concurrency", String(values.concurrency), "--pacing", "off", "--api-url", server.url, "--json", "--report-json", reportFile];
  // The re-run continues the first pass's ledger: its validators make the reads conditional.
  if (pass === "first") args.push("--fresh");
  // --node-arg passes diagnostic flags (--trace-gc, --heap-prof); what they print goes to this process's stderr.
  const diagnostics = values["node-arg"];
  // Its progress lines go to a file, read back only when it fails.
  const log = join(work, `stderr-${pass}.txt`);
  const logFd = openSync(log, "w");
  const child = spawn(process.execPath, [...heapFlag, ...diagnostics, "--expose-gc", "--require", join(root, "bench/rollout-probe.cjs"), ...entry, ...args], {
    stdio: ["ignore", diagnostics.length > 0 ? 2 : "ignore", logFd],
    cwd: work,
    // The code cache of a user's second run (bin/create-devops-baseline.js), kept apart from the user's own.
    env: { ...process.env, GITHUB_TOKEN: "ghp_benchmarkTOKENabcdefghijklmnopqrstuv", XDG_CACHE_HOME: join(work, "cache"), BENCH_ROLLOUT_PROBE: probe },
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  closeSync(logFd);
  if (code !== 0) throw new Error(`the rollout process (${pass} pass) exited with ${code}:\n${readFileSync(log, "utf8").split("\n").slice(-20).join("\n")}`);
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { repos: { repo: string; outcome: string }[] };
  const memory = JSON.parse(readFileSync(probe, "utf8")) as Omit<Pass, "listingRequests" | "listingRateLimited" | "results">;
  const saw = server.counts;
  const none = { reads: 0, writes: 0, notModified: 0, blobReads: 0 };
  const perRepo = Object.values(saw.byRepo);
  // Everything not addressed to a repository is the listing (one request per 100 repositories).
  const listingRequests = saw.total - perRepo.reduce((n, c) => n + c.reads + c.writes, 0);
  const listingNotModified = saw.notModified - perRepo.reduce((n, c) => n + c.notModified, 0);
  return {
    ...memory,
    listingRequests,
    listingRateLimited: listingRequests - listingNotModified,
    results: report.repos.map(({ repo, outcome }) => {
      const c = saw.byRepo[repo] ?? none;
      return { repo, outcome, reads: c.reads, writes: c.writes, rateLimited: c.reads + c.writes - c.notModified, blobReads: c.blobReads };
    }),
  };
}

const run = await runPass("first");
const firstSaw = server.counts;
const rerun = values.rerun ? await runPass("rerun") : undefined;
const rerunSaw = server.counts;

const average = (rows: Pass["results"]) => ({
  reads: round(rows.reduce((s, r) => s + r.reads, 0) / Math.max(1, rows.length)),
  writes: round(rows.reduce((s, r) => s + r.writes, 0) / Math.max(1, rows.length)),
  rateLimited: round(rows.reduce((s, r) => s + r.rateLimited, 0) / Math.max(1, rows.length)),
  blobReads: round(rows.reduce((s, r) => s + r.blobReads, 0) / Math.max(1, rows.length)),
});
const outcomes = (rows: Pass["results"]) => Object.fromEntries([...new Set(rows.map((r) => r.outcome))].map((o) => [o, rows.filter((r) => r.outcome === o).length]));
const memory = (pass: Pass) => ({
  peakRssMb: round(pass.peakRss / 1024 / 1024),
  peakHeapMb: round(pass.peakHeap / 1024 / 1024),
  peakHeapTotalMb: round(pass.peakHeapTotal / 1024 / 1024),
  peakExternalMb: round(pass.peakExternal / 1024 / 1024),
  liveHeapAtEndMb: round(pass.liveHeap / 1024 / 1024),
});
const changedRows = run.results.filter((r) => changed.has(r.repo));
const unchangedRows = run.results.filter((r) => !changed.has(r.repo));
const result = {
  repos: n,
  heapLimitMb: values["heap-mb"] ? Number(values["heap-mb"]) : null,
  client: values.source ? "typescript sources via tsx (src/cli/main.ts)" : "the bundled CLI (bin/create-devops-baseline.js)",
  changed: changedRows.length,
  unchanged: unchangedRows.length,
  perUnchangedRepo: average(unchangedRows),
  perChangedRepo: average(changedRows),
  maxWritesPerChangedRepo: Math.max(0, ...changedRows.map((r) => r.writes)),
  maxWritesPerUnchangedRepo: Math.max(0, ...unchangedRows.map((r) => r.writes)),
  // Blob downloads are content-addressed and cached for the whole run (the simulated repositories of
  // one stack share their config), so they are left out of the per-repository read budget.
  maxReadsPerUnchangedRepo: Math.max(0, ...unchangedRows.map((r) => r.reads - r.blobReads)),
  outcomes: outcomes(run.results),
  listingRequests: run.listingRequests,
  wallSeconds: round(run.ms / 1000),
  reposPerMinute: Math.round(n / (run.ms / 60_000)),
  ...memory(run),
  specViolations: server.violations.length,
  serverSaw: { reads: firstSaw.reads, writes: firstSaw.writes, notModified: firstSaw.notModified },
  ...(rerun
    ? {
        rerun: {
          perUnchangedRepo: average(rerun.results.filter((r) => !changed.has(r.repo))),
          perChangedRepo: average(rerun.results.filter((r) => changed.has(r.repo))),
          outcomes: outcomes(rerun.results),
          listingRequests: rerun.listingRequests,
          listingRateLimited: rerun.listingRateLimited,
          wallSeconds: round(rerun.ms / 1000),
          ...memory(rerun),
          serverSaw: { reads: rerunSaw.reads, writes: rerunSaw.writes, notModified: rerunSaw.notModified },
        },
      }
    : {}),
};
await server.close();
if (build) rmSync(build, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`rollout of ${n} repositories (${result.changed} changed, ${result.unchanged} unchanged), pacing off`);
  console.log(`  per unchanged repo: ${result.perUnchangedRepo.reads} reads (${result.perUnchangedRepo.rateLimited} rate-limited), ${result.perUnchangedRepo.writes} writes (max ${result.maxWritesPerUnchangedRepo})`);
  console.log(`  per changed repo:   ${result.perChangedRepo.reads} reads, ${result.perChangedRepo.writes} writes (max ${result.maxWritesPerChangedRepo})`);
  console.log(`  ${result.reposPerMinute} repos/min, peak RSS ${result.peakRssMb} MiB, ${result.specViolations} spec violations`);
  if (result.rerun) {
    const r = result.rerun;
    console.log(`re-run: per unchanged repo ${r.perUnchangedRepo.reads} reads (${r.perUnchangedRepo.rateLimited} rate-limited), ${r.perUnchangedRepo.writes} writes; per changed repo ${r.perChangedRepo.reads} reads (${r.perChangedRepo.rateLimited} rate-limited); peak RSS ${r.peakRssMb} MiB`);
  }
}
const failed =
  result.specViolations > 0 ||
  result.maxWritesPerUnchangedRepo > 0 ||
  result.maxWritesPerChangedRepo > 4 ||
  result.maxReadsPerUnchangedRepo > 2 ||
  (result.rerun !== undefined && (result.rerun.perUnchangedRepo.rateLimited > 0 || result.rerun.perUnchangedRepo.writes > 0));
if (failed) process.exitCode = 1;

/**
 * The rollout runs as users run the published package: the bundled CLI through its bin (`npm run build`'s
 * output, built here into a folder of its own so two benchmarks at once never run each other's build);
 * `--source` runs the TypeScript sources through tsx instead (tsx adds its loader to the RSS).
 */
async function clientEntry(): Promise<{ entry: string[]; build?: string }> {
  if (values.source) return { entry: ["--import", pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href, join(root, "src/cli/main.ts")] };
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const out = mkdtempSync(join(root, ".tmp/bench-dist-"));
  await buildDist({ root: out, package: true, action: false, types: false });
  cpSync(join(root, "bin"), join(out, "bin"), { recursive: true });
  cpSync(join(root, "package.json"), join(out, "package.json"));
  return { entry: [join(out, "bin/create-devops-baseline.js")], build: out };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
