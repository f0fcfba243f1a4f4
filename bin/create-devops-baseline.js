#!/usr/bin/env node
import module from "node:module";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import { codeCacheDir, runWithCodeCache } from "../dist/cli/code-cache.js";

// Most of a cold start is parsing and compiling the bundle: keep V8's compiled code between runs, in the
// per-user cache folder (never node_modules). DEVOPS_BASELINE_NO_CODE_CACHE=1 turns it off, and a folder
// that cannot be written means the ES module build without a cache.
const cacheDir = codeCacheDir(process.env, homedir());
if (cacheDir) {
  // Node.js >= 22.1 also keeps ES modules loaded later (the config loader) compiled.
  module.enableCompileCache?.(cacheDir);
  // The CLI as one CommonJS file through vm.Script and its cachedData: measured cheaper to start than the
  // ES module chunks with enableCompileCache, on Node.js 22 and 24 as well as on 20, which has no such call.
  runWithCodeCache(fileURLToPath(new URL("../dist/cli/main.cjs", import.meta.url)), cacheDir);
} else {
  await import("../dist/cli/main.js");
}
