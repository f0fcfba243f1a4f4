/**
 * The measured side of `npm run bench:rollout`: one rollout process against the benchmark's local
 * GitHub, every HTTP request on the wire counted (a wrapped fetch, so retries count), split by
 * repository into reads and writes. Prints one JSON line. Its RSS is the tool's, not the server's.
 */
import { connect } from "../src/rollout/github-flags.js";
import { silentProgress } from "../src/rollout/progress.js";
import { rollout } from "../src/rollout/rollout.js";

const [url, ledger, concurrency, pass] = process.argv.slice(2) as [string, string, string, "first" | "rerun"];
/**
 * `rateLimited`: every answer but a 304, which GitHub does not count against the primary rate limit.
 * `blobReads` (part of `reads`): content-addressed downloads, shared by every repository of a run.
 */
const perRepo = new Map<string, { reads: number; writes: number; rateLimited: number; blobReads: number }>();
let otherRateLimited = 0;
let other = 0;
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
let peakHeapTotal = 0;
let peakExternal = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal);
  peakExternal = Math.max(peakExternal, m.external);
}, 50);

const countingFetch: typeof fetch = async (input, init) => {
  const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? "GET").toUpperCase();
  const repo = /\/repos\/([^/]+\/[^/?]+)/.exec(new URL(href).pathname)?.[1];
  const c = repo === undefined ? undefined : (perRepo.get(repo) ?? { reads: 0, writes: 0, rateLimited: 0, blobReads: 0 });
  if (c === undefined) other++;
  else {
    if (method === "GET" || method === "HEAD") c.reads++;
    else c.writes++;
    if (href.includes("/git/blobs/")) c.blobReads++;
    perRepo.set(repo!, c);
  }
  const response = await fetch(input, init);
  if (response.status !== 304) {
    if (c === undefined) otherRateLimited++;
    else c.rateLimited++;
  }
  return response;
};

const c = connect({ pacing: "off", apiUrl: url }, { GITHUB_TOKEN: "ghp_benchmarkTOKENabcdefghijklmnopqrstuv" }, () => undefined, { fetch: countingFetch });
const started = performance.now();
const report = await rollout({
  session: c.session,
  targets: { org: "acme" },
  selection: { include: [], exclude: [], topics: [], includeForks: false },
  settings: { defaults: {}, allowCodeConfig: false, flags: { force: false, adopt: false }, wantDiff: false },
  apply: true,
  concurrency: Number(concurrency),
  ledgerPath: ledger,
  // The re-run continues the first pass's ledger: its validators make the reads conditional.
  fresh: pass !== "rerun",
  limits: c.limits,
  spacingMs: c.spacingMs,
  redactor: c.redactor,
  progress: silentProgress,
  fingerprint: [],
  budgets: c.budgets,
});
const ms = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
// What stays alive once the run is over (the report, the ledger's index): the benchmark runs this process
// with --expose-gc, which only makes gc() callable, so the peaks above are as without it.
(globalThis as { gc?: () => void }).gc?.();
const liveHeap = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({
    ms,
    peakRss,
    peakHeap,
    peakHeapTotal,
    peakExternal,
    liveHeap,
    listingRequests: other,
    listingRateLimited: otherRateLimited,
    eta: report.eta,
    results: report.results.map((r) => ({ repo: r.repo, outcome: r.outcome, ...(perRepo.get(r.repo) ?? { reads: 0, writes: 0, rateLimited: 0, blobReads: 0 }) })),
  })}\n`,
);
