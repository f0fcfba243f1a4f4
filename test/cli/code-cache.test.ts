import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleHash, codeCacheDir, codeCacheFile, NO_CODE_CACHE_ENV } from "../../src/cli/code-cache.js";

const CODE_CACHE_MODULE = new URL("../../src/cli/code-cache.ts", import.meta.url).pathname;

/** A bundle that reports what it was given, run through runWithCodeCache in a fresh process (as the bin does). */
function runBundle(bundle: string, dir: string | undefined): { cacheUsed: boolean; output: string } {
  const script = `import { runWithCodeCache } from ${JSON.stringify(CODE_CACHE_MODULE)};
const result = runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(dir)});
console.log(JSON.stringify(result));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  const lines = run.stdout.trim().split("\n");
  return { cacheUsed: (JSON.parse(lines.pop()!) as { cacheUsed: boolean }).cacheUsed, output: lines.join("\n") };
}

function bundle(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "devops-baseline-bundle-")), "main.cjs");
  writeFileSync(file, `#!/usr/bin/env node\n"use strict";\n${body}\n`);
  return file;
}

describe("the V8 code cache (Node.js 20)", () => {
  it("lives in the per-user cache folder; DEVOPS_BASELINE_NO_CODE_CACHE turns it off", () => {
    const xdg = mkdtempSync(join(tmpdir(), "devops-baseline-xdg-"));
    expect(codeCacheDir({ XDG_CACHE_HOME: xdg }, () => "/nonexistent")).toBe(join(xdg, "create-devops-baseline/v8"));
    expect(statSync(join(xdg, "create-devops-baseline/v8")).isDirectory()).toBe(true);
    const home = mkdtempSync(join(tmpdir(), "devops-baseline-home-"));
    expect(codeCacheDir({}, () => home)).toBe(join(home, ".cache/create-devops-baseline/v8"));
    expect(codeCacheDir({ XDG_CACHE_HOME: xdg, [NO_CODE_CACHE_ENV]: "1" }, () => home)).toBeUndefined();
  });

  it("is no cache at all when the folder cannot be made", () => {
    const file = join(mkdtempSync(join(tmpdir(), "devops-baseline-xdg-")), "a-file");
    writeFileSync(file, "");
    expect(codeCacheDir({ XDG_CACHE_HOME: file }, () => "/nonexistent")).toBeUndefined();
  });

  it("is keyed by the bundle's content, not only its length (all V8 checks)", () => {
    expect(codeCacheFile("/c", bundleHash("let a = 1;"))).not.toBe(codeCacheFile("/c", bundleHash("let b = 1;")));
    expect(codeCacheFile("/c", bundleHash("let a = 1;"))).toBe(codeCacheFile("/c", bundleHash(Buffer.from("let a = 1;"))));
  });

  it("is written after the first run, used by the next, and a corrupt file is rejected and rewritten", () => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-v8-"));
    const main = bundle('console.log("ran", typeof require("node:path").join, __filename.endsWith("main.cjs"), typeof module.exports);');
    const first = runBundle(main, dir);
    expect(first).toEqual({ cacheUsed: false, output: "ran function true object" });
    const file = codeCacheFile(dir, bundleHash(readFileSync(main)));
    expect(readdirSync(dir)).toEqual([file.split("/").pop()]);
    expect(runBundle(main, dir)).toEqual({ cacheUsed: true, output: "ran function true object" });
    writeFileSync(file, "not a code cache");
    expect(runBundle(main, dir)).toEqual({ cacheUsed: false, output: "ran function true object" });
    expect(readFileSync(file).length).toBeGreaterThan(100);
    expect(runBundle(main, dir).cacheUsed).toBe(true);
    // Atomic writes leave no temp files behind.
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("keeps the four most recent code caches: one per build, the older builds' pruned", () => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-v8-"));
    for (let build = 0; build < 6; build++) expect(runBundle(bundle(`console.log("build ${build}");`), dir).output).toBe(`build ${build}`);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it("runs the bundle all the same when given no folder", () => {
    expect(runBundle(bundle('console.log("ran");'), undefined)).toEqual({ cacheUsed: false, output: "ran" });
  });
});
