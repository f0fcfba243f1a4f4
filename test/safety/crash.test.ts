import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { readManifestState } from "../../src/synth/manifest-state.js";
import { synthesizeRendered } from "../../src/synth/synthesize-rendered.js";
import { cli } from "../helpers/cli.js";
import { git, makeRepo, small, treeBytes, writeConfig } from "./fixture.js";
import { HAND_EDITS, testTree, UNOWNED_FILES } from "./test-tree.js";

// The child runs as a bundle (one file, packages external) so each kill point costs a node start, not a
// TypeScript compile. It lives under node_modules/.cache so it still finds the package root and packages.
const CACHE_DIR = new URL("../../node_modules/.cache/", import.meta.url).pathname;
mkdirSync(CACHE_DIR, { recursive: true }); // absent in a fresh clone
const BUNDLE_DIR = mkdtempSync(join(CACHE_DIR, "devops-baseline-crash-"));
const CHILD = join(BUNDLE_DIR, "crash-child.mjs");
const CONCURRENCY = 4;

beforeAll(async () => {
  await build({
    entryPoints: { "crash-child": new URL("./crash-child.ts", import.meta.url).pathname, cli: new URL("../../src/cli/main.ts", import.meta.url).pathname },
    outdir: BUNDLE_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
});

afterAll(() => rmSync(BUNDLE_DIR, { recursive: true, force: true }));

interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function runChild(repo: string, crashAfter: number, args: readonly string[] = [CHILD, repo]): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], {
      env: { ...process.env, DEVOPS_BASELINE_CRASH_AFTER: String(crashAfter) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** A git repo with version 1 written and both hand edits made: the state every kill point starts from. */
function templateRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "devops-baseline-crash-"));
  git(repo, "init", "-q", "-b", "main");
  writeFileSync(join(repo, "README.md"), "not owned\n");
  for (const [path, content] of Object.entries(UNOWNED_FILES)) writeFileSync(join(repo, path), content);
  synthesizeRendered(repo, testTree(1), { force: false, adopt: false });
  for (const [path, edit] of Object.entries(HAND_EDITS)) writeFileSync(join(repo, path), edit(readFileSync(join(repo, path), "utf8")));
  return repo;
}

const sha = (content: string | undefined): string | undefined => (content === undefined ? undefined : gitBlobSha(content));
const readOr = (repo: string, path: string): string | undefined => (existsSync(join(repo, path)) ? readFileSync(join(repo, path), "utf8") : undefined);

async function crashAtEveryStep(): Promise<number> {
  const template = templateRepo();
  const v1 = new Map(testTree(1).files.map((f) => [f.path, f.content]));
  const v2 = new Map(testTree(2).files.map((f) => [f.path, f.content]));
  const start = new Map([...v1.keys(), ...v2.keys()].map((p) => [p, readOr(template, p)]));

  // The uninterrupted run gives each file's "new" content and the final manifest.
  const reference = join(mkdtempSync(join(tmpdir(), "devops-baseline-crash-ref-")), "repo");
  cpSync(template, reference, { recursive: true });
  const full = await runChild(reference, 1_000_000);
  expect(full.code, full.stderr).toBe(0);
  const end = new Map([...start.keys()].map((p) => [p, readOr(reference, p)]));
  const finalManifest = readManifestState(reference).manifest!.files;
  const unowned = treeBytes(template).get("README.md");

  let points = 0;
  let finished = false;
  for (let n = 1; !finished; n += CONCURRENCY) {
    const batch = Array.from({ length: CONCURRENCY }, (_, i) => n + i);
    const results = await Promise.all(
      batch.map(async (crashAfter) => {
        const repo = join(mkdtempSync(join(tmpdir(), "devops-baseline-crash-run-")), "repo");
        cpSync(template, repo, { recursive: true });
        return { crashAfter, repo, exit: await runChild(repo, crashAfter) };
      }),
    );
    for (const { crashAfter, repo, exit } of results) {
      if (exit.signal !== "SIGKILL") {
        expect(exit.code, exit.stderr).toBe(0);
        finished = true;
        continue;
      }
      points++;
      const where = `killed after write step ${crashAfter}`;
      // 1. Every owned file is whole: its old content or its new content, never a mix or a fragment.
      for (const [path, before] of start) {
        const now = readOr(repo, path);
        expect([before, end.get(path)], `${where}: ${path}`).toContain(now);
      }
      // 2. After recovery, the manifest names, for each file, the render its content is based on.
      const recovered = readManifestState(repo).manifest;
      for (const [path, now] of [...start.keys()].map((p) => [p, readOr(repo, p)] as const)) {
        const entry = recovered?.files[path]?.sha;
        if (now === undefined) continue;
        if (now === v2.get(path) || (now === end.get(path) && now !== start.get(path))) expect(entry, `${where}: ${path} is new`).toBe(finalManifest[path]?.sha);
        else if (now === v1.get(path)) expect(entry, `${where}: ${path} is old`).toBe(sha(v1.get(path)));
        else expect(entry, `${where}: ${path} is the hand edit`).toBe(sha(v1.get(path)));
      }
      // 3. A rerun completes: same files as the uninterrupted run, nothing taken for a hand edit that
      //    is not one, no temp file, journal or lock left.
      const rerun = synthesizeRendered(repo, testTree(2), { force: false, adopt: true });
      const edited = rerun.plan.actions.filter((a) => a.type === "keep-edited" || a.type === "conflict").map((a) => a.file.path);
      // e.yml is a real hand edit (merged, or merged now); f.yml's overlaps the baseline. Nothing else.
      expect(edited.filter((p) => p !== "e.yml"), where).toEqual(["f.yml"]);
      expect(rerun.warnings.join("\n"), where).toMatch(/no longer running; the lock was taken over/);
      for (const [path, expected] of end) expect(readOr(repo, path), `${where}: ${path} after rerun`).toBe(expected);
      expect(readManifestState(repo).manifest!.files, where).toEqual(finalManifest);
      const left = [...treeBytes(repo).keys()].filter((p) => p.endsWith(".tmp") || p.endsWith("journal.json") || p.endsWith("/lock"));
      expect(left, where).toEqual([]);
      expect(treeBytes(repo).get("README.md"), where).toEqual(unowned);
      // The adopted file's old content is in a complete backup (a second one if the first was made).
      const backups = [...treeBytes(repo)].filter(([p]) => p.startsWith("g.yml.orig")).map(([, b]) => b.toString("utf8"));
      expect(backups.length, where).toBeGreaterThan(0);
      for (const backup of backups) expect(backup, where).toBe(UNOWNED_FILES["g.yml"]);
    }
  }
  return points;
}

describe("crash safety: SIGKILL at every write step of a synth", () => {
  it("each owned file old or new, manifest recovered, rerun completes without false hand edits", async () => {
    const points = await crashAtEveryStep();
    expect(points).toBeGreaterThan(20);
    console.log(`crash safety: ${points} kill points tried (every write step of the run), 0 failures`);
  });
});

describe("crash safety of the real CLI, SIGKILL at sampled steps", () => {
  it("each file old or new; a rerun of the CLI finishes with the uninterrupted result and no drift", async () => {
    // A small option change keeps each kill point cheap: the CLI still loads config, lock and every component.
    const template = makeRepo(small({ name: "demo" }), { git: true });
    expect((await cli("synth", "--cwd", template)).code).toBe(0);
    writeConfig(template, small({ name: "demo", dependencyUpdates: "renovate" }));
    const start = treeBytes(template);
    const copy = (): string => {
      const repo = join(mkdtempSync(join(tmpdir(), "devops-baseline-crash-cli-")), "repo");
      cpSync(template, repo, { recursive: true });
      return repo;
    };
    const synthArgs = (repo: string): string[] => [join(BUNDLE_DIR, "cli.mjs"), "synth", "--cwd", repo];
    const reference = copy();
    const full = await runChild(reference, 1_000_000, synthArgs(reference));
    expect(full.code, full.stderr).toBe(0);
    const end = treeBytes(reference);

    const points = [1, 5, 10];
    const runs = await Promise.all(
      points.map(async (n) => {
        const repo = copy();
        return { n, repo, exit: await runChild(repo, n, synthArgs(repo)) };
      }),
    );
    let killed = 0;
    for (const { n, repo, exit } of runs) {
      if (exit.signal !== "SIGKILL") continue;
      killed++;
      const where = `CLI killed after write step ${n}`;
      const now = treeBytes(repo);
      for (const path of new Set([...start.keys(), ...end.keys()])) {
        if (/\.tmp$|journal\.json$|\/lock$/.test(path)) continue;
        expect([start.get(path)?.toString("utf8"), end.get(path)?.toString("utf8")], `${where}: ${path}`).toContain(now.get(path)?.toString("utf8"));
      }
      const rerun = await cli("synth", "--cwd", repo);
      expect(rerun.code, `${where}: ${rerun.stdout}${rerun.stderr}`).toBe(0);
      expect(rerun.stdout, where).not.toContain("edited by hand");
      expect(treeBytes(repo), where).toEqual(end);
      expect((await cli("check", "--cwd", repo)).code, where).toBe(0);
    }
    expect(killed).toBe(points.length);
    console.log(`crash safety (real CLI): ${killed} kill points tried, 0 failures`);
  });
});
