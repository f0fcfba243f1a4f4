/**
 * `npm run bench:rollout -- --repos N --changed-ratio R [--concurrency C] [--heap-mb M] [--rerun] [--source] [--json]`
 * Rollout of N simulated repositories of mixed stacks (a share R not yet on the baseline) against the
 * local spec-checked GitHub, with pacing off. The server runs here; the rollout runs in a child process
 * so its peak RSS is the tool's alone. Target: N = 10,000 under 200 MB; 0 writes per unchanged
 * repository, ≤ 4 per new PR, ≤ 2 reads per unchanged repository. `--rerun` runs a second pass with
 * the first pass's ledger (nothing changed in between): target 0 requests counted against the rate limit
 * per unchanged repository (GitHub does not count 304s).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startGitHubServer } from "../test/github-server/index.js";
import { seedRepos } from "./rollout-seed.js";

const { values } = parseArgs({
  options: { repos: { type: "string", default: "1000" }, "changed-ratio": { type: "string", default: "0.2" }, concurrency: { type: "string", default: "8" }, "heap-mb": { type: "string" }, source: { type: "boolean", default: false }, rerun: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
});
const n = Number(values.repos);
const ratio = Number(values["changed-ratio"]);

const server = await startGitHubServer({ validate: true, rateLimit: { core: 1_000_000 } });
const { repos, changed } = await seedRepos("acme", n, ratio);
for (const repo of repos) server.addRepo(repo);
server.resetCounts();

const ledger = join(mkdtempSync(join(tmpdir(), "bench-rollout-")), "ledger.jsonl");
// --heap-mb caps V8's old space: the live heap is small (≈10 MB retained at 1,000 repos); RSS above it is GC slack.
const heapFlag = values["heap-mb"] ? [`--max-old-space-size=${Number(values["heap-mb"])}`] : [];
const { entry, build } = clientEntry();

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
  const child = spawn(process.execPath, [...heapFlag, "--expose-gc", ...entry, server.url, ledger, String(values.concurrency), pass], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`the rollout process (${pass} pass) exited with ${code}`);
  return JSON.parse(out) as Pass;
}

const run = await runPass("first");
const firstSaw = server.counts;
server.resetCounts();
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
  client: values.source ? "typescript sources via tsx" : "compiled JavaScript",
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

if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`rollout of ${n} repositories (${result.changed} changed, ${result.unchanged} unchanged), pacing off`);
  console.log(`  per unchanged repo: ${result.perUnchangedRepo.reads} reads (${result.perUnchangedRepo.rateLimited} rate-limited), ${result.perUnchangedRepo.writes} writes (max ${result.maxWritesPerUnchangedRepo})`);
  console.log(`  per changed repo:   ${result.perChangedRepo.reads} reads, ${result.perChangedRepo.writes} writes (max ${result.maxWritesPerChangedRepo})`);
  console.log(`  ${result.reposPerMinute} repos/min, peak RSS ${result.peakRssMb} MB, ${result.specViolations} spec violations`);
  if (result.rerun) {
    const r = result.rerun;
    console.log(`re-run: per unchanged repo ${r.perUnchangedRepo.reads} reads (${r.perUnchangedRepo.rateLimited} rate-limited), ${r.perUnchangedRepo.writes} writes; per changed repo ${r.perChangedRepo.reads} reads (${r.perChangedRepo.rateLimited} rate-limited); peak RSS ${r.peakRssMb} MB`);
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
 * The rollout runs as compiled JavaScript, as users run the published package (tsx would add ~35 MB
 * of loader to the RSS); `--source` runs the TypeScript sources through tsx instead.
 */
function clientEntry(): { entry: string[]; build?: string } {
  const root = new URL("..", import.meta.url).pathname;
  if (values.source) return { entry: ["--import", "tsx", join(root, "bench/rollout-client.ts")] };
  // A folder per run, so two benchmarks at once never run each other's half-written build.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const out = mkdtempSync(join(root, ".tmp/bench-dist-"));
  execFileSync(
    join(root, "node_modules/.bin/tsc"),
    ["bench/rollout-client.ts", "--outDir", out, "--rootDir", ".", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--strict", "--skipLibCheck", "--resolveJsonModule", "--esModuleInterop", "--types", "node"],
    { cwd: root, stdio: "inherit" },
  );
  return { entry: [join(out, "bench/rollout-client.js")], build: out };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
