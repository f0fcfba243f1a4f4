"use strict";
/**
 * Loaded with `--require` into the rollout process of `npm run bench:rollout` (the shipped CLI): samples
 * its memory every 50 ms and, when it exits, writes the peaks to the file named by BENCH_ROLLOUT_PROBE.
 * It adds no code path to the tool; the kernel's high-water mark (maxRSS) is read at exit, so a peak
 * between two samples is not missed.
 */
const { writeFileSync } = require("node:fs");

const out = process.env.BENCH_ROLLOUT_PROBE;
const started = performance.now();
const peak = { rss: 0, heap: 0, heapTotal: 0, external: 0 };
// Diagnostics: BENCH_ROLLOUT_TIMELINE=FILE writes every sample as a line "ms rss heapUsed heapTotal external" (MB,
// 10^6 bytes), to FILE.<pid> (one file per pass).
const timeline = process.env.BENCH_ROLLOUT_TIMELINE ? [] : undefined;
const sample = () => {
  const m = process.memoryUsage();
  // …then, per V8 space, "name:used/committed".
  timeline?.push(
    [Math.round(performance.now() - started), m.rss, m.heapUsed, m.heapTotal, m.external].map((v, i) => (i === 0 ? v : (v / 1e6).toFixed(1))).join(" ") +
      " " +
      require("node:v8")
        .getHeapSpaceStatistics()
        .map((s) => `${s.space_name.replace("_space", "")}:${(s.space_used_size / 1e6).toFixed(1)}/${(s.physical_space_size / 1e6).toFixed(1)}`)
        .join(" "),
  );
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
  peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
  peak.external = Math.max(peak.external, m.external);
};
// Diagnostics: BENCH_ROLLOUT_SMAPS=FILE writes, at exit, the resident memory by mapping (MiB, from /proc/self/smaps) as it
// was at the highest RSS sampled: what outside the JS heap holds the peak.
let smapsAtPeak;
let smapsRss = 0;
const mappings = () => {
  const byMapping = {};
  let current = "";
  for (const line of require("node:fs").readFileSync("/proc/self/smaps", "utf8").split("\n")) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) current = head[1] || "[anonymous]";
    const rss = /^Rss:\s+(\d+)/.exec(line);
    if (rss) byMapping[current] = (byMapping[current] ?? 0) + Number(rss[1]) / 1024;
  }
  return byMapping;
};
if (process.env.BENCH_ROLLOUT_SMAPS) {
  setInterval(() => {
    const { rss } = process.memoryUsage();
    if (rss > smapsRss + 2 ** 20) {
      smapsRss = rss;
      smapsAtPeak = { rssMiB: rss / 2 ** 20, heapTotalMiB: process.memoryUsage().heapTotal / 2 ** 20, mappings: mappings() };
    }
  }, 50).unref();
  process.on("exit", () => writeFileSync(process.env.BENCH_ROLLOUT_SMAPS, JSON.stringify(smapsAtPeak, null, 1)));
}
setInterval(sample, 50).unref();
process.on("exit", () => {
  sample();
  const ms = performance.now() - started;
  const peakRss = Math.max(peak.rss, process.resourceUsage().maxRSS * 1024);
  // What is still alive as the process ends; the benchmark passes --expose-gc, which only makes gc() callable.
  globalThis.gc?.();
  const liveHeap = process.memoryUsage().heapUsed;
  if (timeline) writeFileSync(`${process.env.BENCH_ROLLOUT_TIMELINE}.${process.pid}`, `${timeline.join("\n")}\n`);
  if (out) writeFileSync(out, JSON.stringify({ ms, peakRss, peakHeap: peak.heap, peakHeapTotal: peak.heapTotal, peakExternal: peak.external, liveHeap }));
});

// Diagnostics: BENCH_ROLLOUT_ALLOCATIONS=FILE writes a sampling profile of every allocation, collected or not;
// with BENCH_ROLLOUT_PROMOTED_ONLY=1, what a young-generation collection freed is left out (what is left was promoted, or is still alive).
if (process.env.BENCH_ROLLOUT_ALLOCATIONS) {
  const inspector = require("node:inspector");
  const session = new inspector.Session();
  session.connect();
  const start = () => session.post("HeapProfiler.startSampling", { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !process.env.BENCH_ROLLOUT_PROMOTED_ONLY });
  // BENCH_ROLLOUT_ALLOCATIONS_AT_MS=N starts sampling N ms into the run (the writing pass of a long run, say).
  if (process.env.BENCH_ROLLOUT_ALLOCATIONS_AT_MS) setTimeout(start, Number(process.env.BENCH_ROLLOUT_ALLOCATIONS_AT_MS)).unref();
  else start();
  process.on("exit", () => {
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (!error) writeFileSync(process.env.BENCH_ROLLOUT_ALLOCATIONS, JSON.stringify(result.profile));
    });
  });
}

// Diagnostics: BENCH_ROLLOUT_SNAPSHOT=FILE writes a heap snapshot as the report is printed (the run's results still alive),
// or, with BENCH_ROLLOUT_SNAPSHOT_AT_MS=N, N ms into the run (what a long run keeps alive while it works).
if (process.env.BENCH_ROLLOUT_SNAPSHOT) {
  const fs = require("node:fs");
  let taken = false;
  const snapshot = () => {
    if (!taken) require("node:v8").writeHeapSnapshot(process.env.BENCH_ROLLOUT_SNAPSHOT);
    taken = true;
  };
  if (process.env.BENCH_ROLLOUT_SNAPSHOT_AT_MS) {
    setTimeout(snapshot, Number(process.env.BENCH_ROLLOUT_SNAPSHOT_AT_MS)).unref();
  } else {
    // The CLI prints through fs.writeSync, or the stream when the pipe is full: whichever writes to stdout first.
    const { writeSync } = fs;
    const { write } = process.stdout;
    fs.writeSync = function (fd, ...rest) {
      if (fd === 1) snapshot();
      return writeSync.call(this, fd, ...rest);
    };
    process.stdout.write = function (...args) {
      snapshot();
      return write.apply(this, args);
    };
  }
}
