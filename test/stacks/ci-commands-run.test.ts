/**
 * The CI commands run on ordinary repositories: they fail for a failing check, never for a tool or script
 * the project simply does not have. Each generated command runs in bash -e -o pipefail in a scratch
 * project; real npm and node where the machine has them, argv-recording stand-ins for the rest.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TOOL_VERSIONS } from "../../src/pins/tool-versions.js";
import { STACKS, type StackContext } from "../../src/stacks/index.js";

const ctx = (packageManager: StackContext["packageManager"]): StackContext => ({
  dir: ".",
  migrationsDir: ".",
  buildDir: "dist",
  gates: { lint: "enforce", format: "enforce", typecheck: "enforce", test: "enforce" },
  tools: {},
  packageManager,
  runtimeVersion: "3.12",
  database: "postgres",
  cache: "none",
  orm: "none",
});

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A scratch project with stand-in binaries (each records its argv to calls.log, exits $<NAME>_EXIT). */
function project(files: Record<string, string>, standIns: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), "ci-run-"));
  dirs.push(dir);
  const bin = join(dir, ".bin");
  execFileSync("mkdir", [bin]);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const name of standIns) {
    const status = `${name.toUpperCase().replace(/\W/g, "_")}_EXIT`;
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\nprintf '%s %s\\n' "${name}" "$*" >> "${dir}/calls.log"\nexit "\${${status}:-0}"\n`, { mode: 0o755 });
  }
  const run = (script: string, env: Record<string, string> = {}) =>
    spawnSync("bash", ["-e", "-o", "pipefail", "-c", script], { cwd: dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env }, encoding: "utf8" });
  const calls = () => (existsSync(join(dir, "calls.log")) ? readFileSync(join(dir, "calls.log"), "utf8").trim().split("\n") : []);
  return { dir, run, calls };
}

const NO_SCRIPTS = JSON.stringify({ name: "app", version: "1.0.0", private: true });
const WITH_SCRIPTS = JSON.stringify({ name: "app", version: "1.0.0", private: true, scripts: { lint: "exit 3", test: "exit 0" } });

describe("a lint script that fixes instead of checking", () => {
  it("fails the lint gate when it changed tracked files, and passes when it changed nothing (npm, real git)", () => {
    const lint = STACKS.nestjs.ci.lint({ ...ctx("npm"), tools: { lint: "script" } });
    const fixing = project({ "package.json": JSON.stringify({ name: "app", private: true, scripts: { lint: "node -e \"require('fs').writeFileSync('a.js', 'fixed\\n')\"" } }), "a.js": "unfixed\n" }, []);
    const git = (dir: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir });
    git(fixing.dir, "init", "-q");
    git(fixing.dir, "add", "package.json", "a.js");
    git(fixing.dir, "commit", "-qm", "init");
    const changed = fixing.run(lint);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain("::error::The lint script changed files");
    git(fixing.dir, "commit", "-qam", "the fix");
    expect(fixing.run(lint).status).toBe(0);
  });
});

describe("Node.js checks on a package.json without lint or test scripts", () => {
  it("npm (real): lint and test are skipped without the scripts, and a failing lint script still fails", () => {
    const express = STACKS.express.ci;
    const bare = project({ "package.json": NO_SCRIPTS }, []);
    for (const cmd of [express.lint(ctx("npm")), express.unitTest(ctx("npm"))!, express.integrationTest!(ctx("npm"))]) {
      const r = bare.run(cmd);
      expect(r.status, `${cmd}\n${r.stderr}`).toBe(0);
    }
    const failing = project({ "package.json": WITH_SCRIPTS }, []);
    expect(failing.run(express.lint(ctx("npm"))).status).not.toBe(0);
    expect(failing.run(express.unitTest(ctx("npm"))!).status).toBe(0);
  });

  it("yarn: package.json decides (node, real); yarn runs only scripts that exist, and their failure fails", () => {
    const nest = STACKS.nestjs.ci;
    const bare = project({ "package.json": NO_SCRIPTS }, ["yarn"]);
    expect(bare.run(nest.lint(ctx("yarn"))).status).toBe(0);
    expect(bare.run(nest.unitTest(ctx("yarn"))!).status).toBe(0);
    expect(bare.calls()).toEqual([]);
    const withScripts = project({ "package.json": WITH_SCRIPTS }, ["yarn"]);
    expect(withScripts.run(nest.unitTest(ctx("yarn"))!).status).toBe(0);
    expect(withScripts.run(nest.lint(ctx("yarn")), { YARN_EXIT: "3" }).status).toBe(3);
    expect(withScripts.calls()).toEqual(["yarn run test", "yarn run lint"]);
  });

  it("pnpm and bun use their own run --if-present", () => {
    expect(STACKS.nextjs.ci.lint(ctx("pnpm"))).toBe("pnpm run --if-present lint");
    expect(STACKS.nextjs.ci.unitTest(ctx("bun"))).toBe("bun run --if-present test");
  });

  it.each(["npm", "pnpm", "yarn", "bun"] as const)("%s: type-check runs tsc only when tsconfig.json exists", (pm) => {
    const exec = { npm: "npx", pnpm: "pnpm", yarn: "yarn", bun: "bun" }[pm];
    const js = project({ "package.json": NO_SCRIPTS }, [exec]);
    expect(js.run(STACKS.express.ci.typecheck(ctx(pm))).status).toBe(0);
    expect(js.calls()).toEqual([]);
    const ts = project({ "package.json": NO_SCRIPTS, "tsconfig.json": "{}" }, [exec]);
    const upper = exec.toUpperCase();
    expect(ts.run(STACKS["react-vite"].ci.typecheck(ctx(pm)), { [`${upper}_EXIT`]: "2" }).status).toBe(2);
    expect(ts.calls()[0]).toMatch(/ tsc -b$/);
  });
});

describe("Python checks on a project that does not declare ruff, mypy or pytest", () => {
  const pins = ["ruff", "mypy", "pytest"].map((t) => `${t}==${TOOL_VERSIONS[t as "ruff" | "mypy" | "pytest"]}`);
  /** python stand-in: `-c "import X"` succeeds only for modules listed in $HAVE; everything else is recorded. */
  const fakePython = (dir: string) =>
    writeFileSync(
      join(dir, ".bin", "python"),
      `#!/usr/bin/env bash\nif [ "$1" = -c ]; then mod=\${2#import }; case " $HAVE " in *" $mod "*) exit 0;; *) exit 1;; esac; fi\nprintf 'python %s\\n' "$*" >> "${dir}/calls.log"\n[ "$2" = pytest ] && exit "\${PYTEST_EXIT:-0}"\nexit 0\n`,
      { mode: 0o755 },
    );

  it("pip: installs the project's requirements, then only the missing tools at the pinned versions", () => {
    const p = project({ "requirements.txt": "django\n" }, []);
    fakePython(p.dir);
    expect(p.run(STACKS.django.ci.install(ctx("pip")), { HAVE: "ruff" }).status).toBe(0);
    expect(p.calls()).toEqual(["python -m pip install -r requirements.txt", `python -m pip install ${pins[1]} ${pins[2]}`]);
    const all = project({ "requirements.txt": "django\n" }, []);
    fakePython(all.dir);
    expect(all.run(STACKS.django.ci.install(ctx("pip")), { HAVE: "ruff mypy pytest" }).status).toBe(0);
    expect(all.calls()).toEqual(["python -m pip install -r requirements.txt"]);
  });

  it("uv installs missing tools with uv pip (its environments have no pip); poetry through its environment's pip", () => {
    const uv = project({}, []);
    // uv stand-in: records everything; `uv run … python -c "import X"` fails (the module is absent).
    writeFileSync(join(uv.dir, ".bin", "uv"), `#!/usr/bin/env bash\nprintf 'uv %s\\n' "$*" >> "${uv.dir}/calls.log"\ncase " $* " in *" -c "*) exit 1;; esac\nexit 0\n`, { mode: 0o755 });
    expect(uv.run(STACKS.fastapi.ci.install(ctx("uv"))).status).toBe(0);
    expect(uv.calls()).toEqual(["uv sync --locked", ...["ruff", "mypy", "pytest"].map((m) => `uv run --locked python -c import ${m}`), `uv pip install ${pins.join(" ")}`]);
    const poetry = project({}, ["poetry"]);
    expect(poetry.run(STACKS.fastapi.ci.install(ctx("poetry")), { POETRY_EXIT: "0" }).status).toBe(0);
    // The stand-in's "import" succeeds (exit 0), so nothing is missing and nothing more is installed.
    expect(poetry.calls().at(-1)).toBe("poetry run python -c import pytest");
  });

  it("pytest: collecting no tests (exit 5) passes with a warning; a failing test (exit 1) fails", () => {
    const p = project({}, []);
    fakePython(p.dir);
    const unit = STACKS.fastapi.ci.unitTest(ctx("pip"))!;
    const none = p.run(unit, { PYTEST_EXIT: "5" });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("::warning::pytest collected no tests");
    expect(p.run(unit, { PYTEST_EXIT: "1" }).status).toBe(1);
    expect(p.run(STACKS.fastapi.ci.integrationTest!(ctx("pip")), { PYTEST_EXIT: "2" }).status).toBe(2);
    expect(p.calls()[0]).toBe('python -m pytest -m not integration');
  });
});
