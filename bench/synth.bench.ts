/**
 * `npm run bench`: cold `synth` and `check` of the django-nextjs example as whole processes, side by side
 * with projen writing the same rendered files through its own TextFile from a `.projenrc.ts`.
 * Median wall time of several runs each; prints both and the ratio. Target: synth and check < 150 ms,
 * ≥ 20x faster than the projen loop.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config/load-config.js";
import { renderModels } from "../src/components/index.js";
import { renderFiles } from "../src/synth/render-files.js";
import { MANIFEST_PATH } from "../src/synth/manifest.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const repoRoot = new URL("..", import.meta.url).pathname;
const work = join(repoRoot, ".tmp/bench");
const ours = join(work, "ours");
const theirs = join(work, "projen");
const bin = join(repoRoot, "bin/create-devops-baseline.js");

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
console.log("building dist/ …");
execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: "inherit" });

// Our side: the example after `init --yes`.
cpSync(join(repoRoot, "examples/django-nextjs"), ours, { recursive: true });
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
console.log(`\n${"case".padEnd(46)} median     min      max   cpu (median)   (${RUNS} runs, wall times)`);
for (const r of results) console.log(`${r.name.padEnd(46)} ${ms(r.median)} ${ms(r.min)} ${ms(r.max)} ${ms(r.cpu)}`);
console.log(`\nprojen loop / ours synth: ${(projenNpx!.median / synthCold!.median).toFixed(1)}x`);
console.log(`projen loop / ours check: ${(projenNpx!.median / check!.median).toFixed(1)}x`);
console.log(`cpu: projen loop / ours synth ${(projenNpx!.cpu / synthCold!.cpu).toFixed(1)}x, / ours check ${(projenNpx!.cpu / check!.cpu).toFixed(1)}x`);
console.log(`files: ${ownedPaths.length} owned (${ownedPaths.join(", ")})`);

/**
 * Wall time of the whole process, and its CPU time (user + system, from bash's `time`), which stays
 * meaningful when other work shares the machine.
 */
function measure(name: string, before: (() => void) | undefined, cmd: string, args: string[], cwd: string) {
  const times: number[] = [];
  const cpu: number[] = [];
  const commandLine = [cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const start = performance.now();
    const result = spawnSync("bash", ["-c", `TIMEFORMAT='%3U %3S'; time ${commandLine} >/dev/null 2>&1`], { cwd, encoding: "utf8" });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${name} failed (${result.status}): ${result.stderr}`);
    const [user, sys] = result.stderr.trim().split("\n").pop()!.split(" ").map(Number);
    cpu.push(((user ?? 0) + (sys ?? 0)) * 1000);
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { name, median: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(cpu) };
}

function removeOwned(root: string): void {
  for (const path of [...ownedPaths, MANIFEST_PATH]) rmSync(join(root, path), { force: true });
}

function removeProjenFiles(): void {
  for (const path of ownedPaths) rmSync(join(theirs, path), { force: true });
}

function mustRun(cmd: string, args: string[], cwd: string): void {
  const result = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${result.stderr}${result.stdout}`);
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(5)} ms`;
}

if (!existsSync(bin)) throw new Error("bin missing");
