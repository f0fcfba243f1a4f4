#!/usr/bin/env node
"use strict";
// CommonJS (bin/package.json): an ES module entry would start Node's ES module loader, a few ms of every run.
const { join } = require("node:path");
const { codeCacheDir, runWithCodeCache } = require("../dist/cli/code-cache.cjs");

// Most of a cold start is parsing and compiling the bundle: keep V8's compiled code between runs, in the
// per-user cache folder (never node_modules). DEVOPS_BASELINE_NO_CODE_CACHE=1 turns it off, and a folder
// that cannot be written means the ES module build without a cache.
// `os` and `module` load only where they are needed: a few ms of every run otherwise (issue 14).
const cacheDir = codeCacheDir(process.env, () => require("node:os").homedir());
if (cacheDir) {
  // Node.js >= 22.1 also keeps ES modules loaded later (the config loader) compiled; Node.js 20 has no such call.
  if (Number(process.versions.node.split(".")[0]) >= 22) require("node:module").enableCompileCache?.(cacheDir);
  // The CLI as one CommonJS file through vm.Script and its cachedData: measured cheaper to start than the
  // ES module chunks with enableCompileCache, on Node.js 22 and 24 as well as on 20, which has no such call.
  runWithCodeCache(join(__dirname, "../dist/cli/main.cjs"), cacheDir);
} else {
  import("../dist/cli/main.js");
}
