import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build-dist.js";
import { EXAMPLE } from "../helpers/cli.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const exec = promisify(execFile);
const MB = 1024 * 1024;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** npm without the network: an empty cache of its own and --offline, so only the tarball can satisfy it. */
async function npm(cwd: string, cache: string, ...args: string[]): Promise<Run> {
  return exec("npm", [...args], { cwd, env: { ...process.env, npm_config_cache: cache, npm_config_offline: "true", npm_config_update_notifier: "false", CI: "true" } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

let metafile: Metafile;
let tarball: string;
let packedFiles: string[];
let app: string;
let cache: string;

beforeAll(async () => {
  metafile = (await buildDist({ package: true, action: false, types: false })).package!;
  const work = mkdtempSync(join(tmpdir(), "devops-baseline-package-"));
  cache = join(work, "npm-cache");
  const pack = await npm(ROOT, cache, "pack", "--ignore-scripts", "--json", "--pack-destination", work);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packedFiles = info!.files.map((f) => f.path);
  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
  const install = await npm(app, cache, "install", "--no-audit", "--no-fund", tarball);
  expect(install.code, install.stderr).toBe(0);
}, 180_000);

/** The output files an entry loads before it runs: its static imports, transitively. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entry);
  return seen;
}

const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;

describe("the npm package", () => {
  it("has no runtime dependencies: everything it runs is bundled into dist/ (add dependencies with --save-dev)", () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
    expect(Object.keys((packageJson.peerDependencies ?? {}) as object).sort()).toEqual(["constructs", "projen"]);
    expect(packageJson.peerDependenciesMeta).toEqual({ constructs: { optional: true }, projen: { optional: true } });
  });

  it("packs only what runs: bin, the bundle, templates, the schema, README", () => {
    const allowed = /^(bin\/|dist\/(cli|chunks|projen|types)\/|dist\/index\.js$|templates\/|schema\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/;
    expect(packedFiles.filter((p) => !allowed.test(p))).toEqual([]);
    for (const needed of ["bin/create-devops-baseline.js", "dist/cli/main.js", "dist/index.js", "dist/projen/index.js", "dist/projen/index.cjs", "schema/devops-baseline.schema.json"]) {
      expect(packedFiles).toContain(needed);
    }
    expect(packedFiles.some((p) => p.startsWith("templates/"))).toBe(true);
    expect(packedFiles.filter((p) => p.startsWith("src/") || p.startsWith("test/") || p.startsWith("dist/action/"))).toEqual([]);
  });

  it("installs without the network as one package, within 10 MB", () => {
    const modules = join(app, "node_modules");
    const packages = readdirSync(modules).filter((name) => !name.startsWith("."));
    expect(packages).toEqual(["create-devops-baseline"]);
    const size = (dir: string): number =>
      readdirSync(dir).reduce((sum, name) => {
        const stat = statSync(join(dir, name));
        return sum + (stat.isDirectory() ? size(join(dir, name)) : stat.size);
      }, 0);
    expect(size(modules)).toBeLessThan(10 * MB);
  });

  it("loads projen, jiti, the prompts and the GitHub client (Octokit) only when used", () => {
    const lazy = /node_modules\/(jiti|@inquirer|@octokit|projen)\//;
    const outputs = Object.keys(metafile.outputs);
    const main = outputs.find((o) => o.endsWith("dist/cli/main.js"))!;
    const eager = [...staticClosure(main)].flatMap((o) => Object.keys(metafile.outputs[o]!.inputs));
    expect(eager.length).toBeGreaterThan(10);
    expect(eager.filter((input) => lazy.test(input))).toEqual([]);
    // ... and yet they are in the package, as chunks loaded by dynamic import.
    const all = outputs.flatMap((o) => Object.keys(metafile.outputs[o]!.inputs));
    expect(all.some((input) => input.includes("node_modules/jiti/"))).toBe(true);
    expect(all.some((input) => input.includes("node_modules/@inquirer/"))).toBe(true);
    expect(all.some((input) => input.includes("node_modules/projen/"))).toBe(false);
  });

  it("starts every command without detection, the yaml parser, zod or the rollout engine (check and synth never load them)", () => {
    const main = Object.keys(metafile.outputs).find((o) => o.endsWith("dist/cli/main.js"))!;
    const eager = [...staticClosure(main)].flatMap((o) => Object.keys(metafile.outputs[o]!.inputs));
    expect(eager).toContain("src/synth/emit-yaml.ts");
    // zod: the options schema loads only when a config is validated (not from the cache), the manifest is checked by hand.
    const detectionOrRollout = /node_modules\/yaml\/|node_modules\/zod\/|src\/detect\/detect-from-snapshot\.ts|src\/detect\/detect-services\.ts|src\/rollout\/rollout\.ts|src\/rollout\/resync-one\.ts|src\/github\//;
    expect(eager.filter((input) => detectionOrRollout.test(input))).toEqual([]);
  });
});

describe("the installed package", () => {
  // What npx runs: the bin npm linked into node_modules/.bin (npx itself is exercised by --help and npm init).
  const bin = (...args: string[]): Promise<Run> =>
    exec(join(app, "node_modules/.bin/create-devops-baseline"), args, { cwd: app }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  const example = (): string => {
    const dir = join(app, `example-${Math.random().toString(36).slice(2)}`);
    cpSync(EXAMPLE, dir, { recursive: true });
    return dir;
  };

  it("npx create-devops-baseline --help", async () => {
    const help = await npm(app, cache, "exec", "--", "create-devops-baseline", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: create-devops-baseline");
    for (const command of ["init", "synth", "check", "diff", "detect"]) expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  it("pins --json lists the pins the package was built with; --update refuses without a checkout's src/data", async () => {
    const listed = await bin("pins", "--json");
    expect(listed.code, listed.stderr).toBe(0);
    const pins = JSON.parse(listed.stdout) as { kind: string; name: string; version: string }[];
    const tools = JSON.parse(readFileSync(join(ROOT, "src/data/tool-versions.json"), "utf8")) as { tools: Record<string, { version: string }> };
    expect(pins.find((p) => p.kind === "tool" && p.name === "mypy")?.version).toBe(tools.tools["mypy"]!.version);
    expect(new Set(pins.map((p) => p.kind))).toEqual(new Set(["action", "image", "tool"]));
    const update = await bin("pins", "--update", "--kind", "tool");
    expect(update.code).toBe(2);
    expect(update.stderr).toContain("pins --update rewrites src/data/ of a create-devops-baseline checkout");
  });

  it("a reader that stops early (`| head -1`) is no error", async () => {
    const result = await exec("bash", ["-c", 'set -o pipefail; "$0" init --help | head -1', join(app, "node_modules/.bin/create-devops-baseline")]);
    expect(result.stdout).toBe("Usage: create-devops-baseline init [options]\n");
    expect(result.stderr).toBe("");
  });

  it("output through a non-blocking pipe that is read late arrives whole and in order", async () => {
    const repo = example();
    expect((await bin("init", "--yes", "--cwd", repo)).code).toBe(0);
    for (const path of [".github", "docs", "infra", "monitoring", "deploy", "docker-compose.yml", "compose.prod.yml"]) rmSync(join(repo, path), { recursive: true });
    const cli = join(app, "node_modules/.bin/create-devops-baseline");
    // Blocking descriptor: a file.
    const expected = await exec("bash", ["-c", '"$0" check --cwd "$1" > "$1.out"; echo $?', cli, repo]);
    expect(expected.stdout.trim()).toBe("1");
    const full = readFileSync(`${repo}.out`, "utf8");
    expect(full.length).toBeGreaterThan(64 * 1024); // more than a Linux pipe holds: writes must wait for the reader
    // The same run with its stdout pipe made non-blocking, read only after a pause: writes meet EAGAIN.
    const nonBlocking = "import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])";
    const late = await exec("bash", ["-c", 'set -o pipefail; python3 -c "$0" "$1" check --cwd "$2" | (sleep 0.5; cat); echo "exit $?" >&2', nonBlocking, cli, repo], { maxBuffer: 16 * MB });
    expect(late.stderr).toBe("exit 1\n");
    expect(late.stdout).toBe(full);
  });

  it("with warm caches, check still sees a changed config, and synth then brings the files to it", async () => {
    const repo = example();
    const cacheHome = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    const cached = (...args: string[]): Promise<Run> =>
      exec(join(app, "node_modules/.bin/create-devops-baseline"), args, { cwd: app, env: { ...process.env, XDG_CACHE_HOME: cacheHome } }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    expect((await cached("init", "--yes", "--cwd", repo)).code).toBe(0);
    expect((await cached("check", "--cwd", repo)).code).toBe(0);
    expect((await cached("check", "--cwd", repo)).code).toBe(0);
    for (const kind of ["v8", "options", "rendered"]) expect(readdirSync(join(cacheHome, "create-devops-baseline", kind)).length, kind).toBeGreaterThan(0);
    const configPath = join(repo, "devops-baseline.json");
    const config = JSON.parse(readFileSync(configPath, "utf8")) as { name: string };
    writeFileSync(configPath, JSON.stringify({ ...config, name: `${config.name}-renamed` }, null, 2));
    const drift = await cached("check", "--cwd", repo);
    expect(drift.code, drift.stdout).toBe(1);
    expect(drift.stdout).toContain("-renamed");
    expect((await cached("synth", "--cwd", repo)).code).toBe(0);
    expect((await cached("check", "--cwd", repo)).code).toBe(0);
  });

  it("check loads no child_process: commander's is deferred to first use", async () => {
    const repo = example();
    expect((await bin("init", "--yes", "--cwd", repo)).code).toBe(0);
    const probe = join(repo, "loaded-builtins.cjs");
    writeFileSync(probe, 'process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_OUT, process.moduleLoadList.join("\\n")));');
    const out = join(repo, "loaded.txt");
    await exec(process.execPath, ["--require", probe, join(app, "node_modules/.bin/create-devops-baseline"), "check", "--cwd", repo], { env: { ...process.env, LOADED_OUT: out } });
    const loaded = readFileSync(out, "utf8").split("\n");
    expect(loaded).toContain("NativeModule fs");
    expect(loaded.filter((m) => /^NativeModule (child_process|dgram)$/.test(m))).toEqual([]);
  });

  it("init --yes on the example, then check: no drift; an edit makes check exit 1", async () => {
    const repo = example();
    const init = await bin("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(repo, "devops-baseline.json"), "utf8")).toContain('"django"');
    const check = await bin("check", "--cwd", repo);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/No drift: \d+ owned files match the config/);
    writeFileSync(join(repo, ".github/dependabot.yml"), "version: 2\nupdates: []\n");
    expect((await bin("check", "--cwd", repo)).code).toBe(1);
  });

  it("a devops-baseline.config.ts importing the package is evaluated by the bundled loader", async () => {
    const repo = example();
    expect((await bin("init", "--yes", "--config-format", "ts", "--cwd", repo)).code).toBe(0);
    expect(readFileSync(join(repo, "devops-baseline.config.ts"), "utf8")).toContain('from "create-devops-baseline"');
    const check = await bin("check", "--cwd", repo);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it("npm init devops-baseline runs the same tool", async () => {
    const repo = example();
    const init = await npm(app, cache, "init", "devops-baseline", "--", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("The baseline is configured in devops-baseline.json");
    const check = await npm(app, cache, "init", "devops-baseline", "--", "check", "--cwd", repo);
    expect(check.code).toBe(0);
  });

  it("the projen adapter, imported and required from the package, writes the CLI's bytes", async () => {
    // projen is an optional peer: the app brings its own (here, the repository's copy).
    for (const name of ["projen", "constructs"]) symlinkSync(join(ROOT, "node_modules", name), join(app, "node_modules", name));
    const repo = example();
    expect((await bin("init", "--yes", "--cwd", repo)).code).toBe(0);
    const config = readFileSync(join(repo, "devops-baseline.json"), "utf8");
    const owned = Object.keys((JSON.parse(readFileSync(join(repo, ".devops-baseline/manifest.json"), "utf8")) as { files: object }).files);
    for (const [file, load] of [
      ["synth.mjs", 'import { Project } from "projen"; import { DevopsBaseline } from "create-devops-baseline/projen";'],
      ["synth.cjs", 'const { Project } = require("projen"); const { DevopsBaseline } = require("create-devops-baseline/projen");'],
    ] as const) {
      const outdir = join(app, `projen-${file}`);
      writeFileSync(
        join(app, file),
        `${load}\nconst project = new Project({ name: "p", outdir: ${JSON.stringify(outdir)} });\nnew DevopsBaseline(project, ${config});\nproject.synth();\n`,
      );
      const result = await exec(process.execPath, [file], { cwd: app });
      expect(result.stderr).not.toMatch(/error/i);
      for (const path of owned) expect(readFileSync(join(outdir, path)).equals(readFileSync(join(repo, path))), `${file}: ${path}`).toBe(true);
    }
  });
});
