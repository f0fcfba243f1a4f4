import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyExample } from "../../helpers/cli.js";

const NODE_MODULES = resolve(import.meta.dirname, "../../../node_modules");
const ESLINT = join(NODE_MODULES, "eslint/bin/eslint.js");
const PRETTIER = join(NODE_MODULES, "prettier/bin/prettier.cjs");

/** The repository's own lint set-up: flat config with eslint:recommended, and prettier options far from the defaults. */
function withOwnLinters(repo: string): void {
  const recommended = import.meta.resolve("@eslint/js");
  writeFileSync(join(repo, "eslint.config.mjs"), `import js from ${JSON.stringify(recommended)};\n\nexport default [js.configs.recommended];\n`);
  writeFileSync(join(repo, ".prettierrc.json"), `${JSON.stringify({ singleQuote: true, semi: false, printWidth: 60, trailingComma: "none" })}\n`);
}

const run = (repo: string, tool: string, ...args: string[]) => spawnSync(process.execPath, [tool, ...args], { cwd: repo, encoding: "utf8" });
const owned = (repo: string): string[] => Object.keys((JSON.parse(readFileSync(join(repo, ".devops-baseline/manifest.json"), "utf8")) as { files: object }).files);

describe("perf/smoke.js and the repository's own eslint and prettier", () => {
  it("passes the repository's eslint (flat config, eslint:recommended) with k6's globals declared, no eslint-disable", async () => {
    const repo = copyExample();
    withOwnLinters(repo);
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    const smoke = readFileSync(join(repo, "perf/smoke.js"), "utf8");
    expect(smoke).not.toContain("eslint-disable");
    const scripts = owned(repo).filter((p) => /\.(c|m)?js$/.test(p));
    expect(scripts).toContain("perf/smoke.js");
    const lint = run(repo, ESLINT, "--max-warnings", "0", ...scripts);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    // Control: without the declaration, the same eslint fails on __ENV, so the run above checked something.
    writeFileSync(join(repo, "perf/smoke.js"), smoke.replace("/* global __ENV */\n", ""));
    const undeclared = run(repo, ESLINT, "perf/smoke.js");
    expect(undeclared.status).toBe(1);
    expect(undeclared.stdout).toContain("'__ENV' is not defined");
  }, 60_000);

  it("is kept out of a non-default prettier config by a managed .prettierignore block, and prettier --check passes on every owned file", async () => {
    const repo = copyExample();
    withOwnLinters(repo);
    writeFileSync(join(repo, ".prettierignore"), "# the team's own entries\nvendor/\n");
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const ignore = readFileSync(join(repo, ".prettierignore"), "utf8");
    expect(ignore.startsWith("# the team's own entries\nvendor/\n# >>> create-devops-baseline")).toBe(true);
    expect(ignore).toContain("\n/perf/smoke.js\n");
    expect(ignore).toContain("\n/.github/workflows/ci.yml\n");
    const files = owned(repo);
    const check = run(repo, PRETTIER, "--check", "--ignore-unknown", ...files);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    // Control: the same prettier, without our block, fails on the file the baseline wrote.
    rmSync(join(repo, ".prettierignore"));
    const unignored = run(repo, PRETTIER, "--check", "perf/smoke.js", ".github/workflows/ci.yml");
    expect(unignored.status).toBe(1);
    expect(unignored.stdout + unignored.stderr).toContain("perf/smoke.js");
    // synth puts the block back; check agrees afterwards, and a second synth changes nothing.
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    expect(readFileSync(join(repo, ".prettierignore"), "utf8")).toContain("\n/perf/smoke.js\n");
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
    const again = await cli("synth", "--cwd", repo);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/\.prettierignore/);
  }, 60_000);

  it("a repository without a prettier config gets no .prettierignore: its prettier uses the defaults, which the files already meet", async () => {
    const repo = copyExample();
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    expect(existsSync(join(repo, ".prettierignore"))).toBe(false);
    const check = run(repo, PRETTIER, "--check", "perf/smoke.js", ".github/workflows/ci.yml");
    expect(check.status, check.stdout + check.stderr).toBe(0);
  }, 60_000);

  it("the block goes away with the prettier config, the user's lines stay", async () => {
    const repo = copyExample();
    withOwnLinters(repo);
    writeFileSync(join(repo, ".prettierignore"), "vendor/\n");
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    rmSync(join(repo, ".prettierrc.json"));
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    expect(readFileSync(join(repo, ".prettierignore"), "utf8")).toBe("vendor/\n");
  }, 60_000);
});
