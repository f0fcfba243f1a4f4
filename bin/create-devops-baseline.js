#!/usr/bin/env node
import module from "node:module";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import { codeCacheDir, runWithCodeCache } from "../dist/cli/code-cache.js";

// Most of a cold start is parsing and compiling the bundle: keep V8's compiled code between runs, in the
// per-user cache folder (never node_modules). DEVOPS_BASELINE_NO_CODE_CACHE=1 turns it off.
const cacheDir = codeCacheDir(process.env, homedir());
if (typeof module.enableCompileCache === "function") {
  // Node.js >= 22.1 caches ES modules itself, keyed by their content.
  if (cacheDir) module.enableCompileCache(cacheDir);
  await import("../dist/cli/main.js");
} else if (cacheDir) {
  // Node.js 20: the one-file CommonJS build through vm.Script and its cachedData.
  runWithCodeCache(fileURLToPath(new URL("../dist/cli/main.cjs", import.meta.url)), cacheDir);
} else {
  await import("../dist/cli/main.js");
}
