import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ignoredByGit, matchGitignore } from "../../src/cli/ignored-by-git.js";
import { cli } from "../helpers/cli.js";

const TSC = resolve(import.meta.dirname, "../../node_modules/typescript/bin/tsc");

/** A small TypeScript library whose tsconfig includes every .ts file of the repository, as many do. */
function typescriptRepo(devDependencies: Record<string, string> = {}): string {
  const repo = join(mkdtempSync(join(tmpdir(), "devops-baseline-init-")), "lib");
  mkdirSync(join(repo, "src"), { recursive: true });
  writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "lib", version: "1.0.0", type: "module", scripts: { build: "tsc" }, devDependencies: { typescript: "^5.9.3", ...devDependencies } }, null, 2));
  writeFileSync(join(repo, "package-lock.json"), JSON.stringify({ name: "lib", lockfileVersion: 3, requires: true, packages: {} }));
  writeFileSync(join(repo, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, skipLibCheck: true, types: [] }, include: ["**/*.ts"] }));
  writeFileSync(join(repo, "src/index.ts"), "export const answer: number = 42;\n");
  return repo;
}

const typecheck = (repo: string) => spawnSync(process.execPath, [TSC, "-p", "tsconfig.json", "--noEmit"], { cwd: repo, encoding: "utf8" });
const git = (repo: string, ...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8" });

describe("init: a TypeScript config never breaks the repository's type-check", () => {
  it("writes devops-baseline.json when create-devops-baseline is not a dependency, says why, and tsc --noEmit passes", async () => {
    const repo = typescriptRepo();
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(existsSync(join(repo, "devops-baseline.config.ts"))).toBe(false);
    expect(existsSync(join(repo, "devops-baseline.json"))).toBe(true);
    expect(init.stdout).toContain("JSON config: create-devops-baseline is not a (dev)dependency of the root package.json");
    const tsc = typecheck(repo);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });

  it("--config-format ts still writes the TS config, and warns that it must be a devDependency (tsc proves the warning true)", async () => {
    const repo = typescriptRepo();
    const init = await cli("init", "--yes", "--config-format", "ts", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(repo, "devops-baseline.config.ts"), "utf8")).toContain('from "create-devops-baseline"');
    expect(init.stderr).toContain("warning: devops-baseline.config.ts imports create-devops-baseline, which the root package.json does not list: add it as a devDependency");
    const tsc = typecheck(repo);
    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toContain("Cannot find module 'create-devops-baseline'");
  });

  it("chooses the TS config when the root package.json lists the package as a devDependency, without a warning", async () => {
    const repo = typescriptRepo({ "create-devops-baseline": "^0.1.0" });
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(existsSync(join(repo, "devops-baseline.config.ts"))).toBe(true);
    expect(init.stderr).not.toContain("devDependency");
  });

  it("rejects an unknown --config-format with the allowed values", async () => {
    const result = await cli("init", "--yes", "--config-format", "yaml", "--cwd", typescriptRepo());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed: ts, json");
  });
});

describe("init: warns when git would ignore its own files", () => {
  it("names the .gitignore line and the negation for a *.json rule in a real git repository; after the fix git commits both files", async () => {
    const repo = typescriptRepo();
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n# generated data\n*.json\n!package.json\n!package-lock.json\n!tsconfig.json\n");
    expect(git(repo, "init", "-q").status).toBe(0);
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain("warning: devops-baseline.json is ignored by git (.gitignore:3: *.json)");
    expect(init.stderr).toContain("Add `!/devops-baseline.json` to .gitignore");
    expect(init.stderr).toContain("warning: .devops-baseline/manifest.json is ignored by git (.gitignore:3: *.json)");
    // The fix the warning names works: git now sees both files.
    writeFileSync(join(repo, ".gitignore"), `${readFileSync(join(repo, ".gitignore"), "utf8")}!/devops-baseline.json\n!/.devops-baseline/manifest.json\n`);
    expect(ignoredByGit(repo, ["devops-baseline.json", ".devops-baseline/manifest.json"])).toEqual([]);
    const status = git(repo, "status", "--porcelain", "--untracked-files=all").stdout;
    expect(status).toContain("devops-baseline.json");
    expect(status).toContain(".devops-baseline/manifest.json");
  });

  it("says nothing when nothing of ours is ignored", async () => {
    const repo = typescriptRepo();
    writeFileSync(join(repo, ".gitignore"), "node_modules/\ndist/\n");
    expect(git(repo, "init", "-q").status).toBe(0);
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).not.toContain("ignored by git");
  });

  it("outside a git repository, reads .gitignore itself", async () => {
    const repo = typescriptRepo();
    writeFileSync(join(repo, ".gitignore"), ".devops-baseline/\n");
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain("warning: .devops-baseline/manifest.json is ignored by git (.gitignore:1: .devops-baseline/)");
    expect(init.stderr).toContain("un-ignore its folder");
    expect(init.stderr).not.toContain("warning: devops-baseline.json is ignored");
  });

  // The simple reader must agree with git on the rules people write; git itself is the oracle.
  const RULES = ["*.json", "/devops-baseline.json", ".devops-baseline/", "*.json\n!devops-baseline.json", "**/manifest.json", "perf", "perf/*.js", ".github/**/*.yml", "docs/\n!docs/runbooks", "*.js\n!/perf/", "?erf/", "# *.json", "ci.yml"];
  const PATHS = ["devops-baseline.json", ".devops-baseline/manifest.json", "perf/smoke.js", ".github/workflows/ci.yml", "docs/runbooks/rollback.md", "package.json"];
  it.each(RULES)("matchGitignore agrees with git check-ignore for %j", (rules) => {
    const repo = mkdtempSync(join(tmpdir(), "devops-baseline-gitignore-"));
    expect(git(repo, "init", "-q").status).toBe(0);
    writeFileSync(join(repo, ".gitignore"), `${rules}\n`);
    const fromGit = ignoredByGit(repo, PATHS).map((f) => f.path).sort();
    const simple = matchGitignore(`${rules}\n`, PATHS).map((f) => f.path).sort();
    expect(simple).toEqual(fromGit);
  });
});
