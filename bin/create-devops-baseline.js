#!/usr/bin/env node
import module from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

// Node.js >= 22.1 keeps V8's compiled code of the bundle between runs, keyed by a hash of each file's
// content; most of a cold start is parsing and compiling. Per-user cache folder, never node_modules;
// DEVOPS_BASELINE_NO_CODE_CACHE=1 (or Node's own NODE_DISABLE_COMPILE_CACHE=1) turns it off. A folder that
// cannot be written only means no cache: enableCompileCache reports it and never throws.
if (typeof module.enableCompileCache === "function" && !process.env.DEVOPS_BASELINE_NO_CODE_CACHE) {
  module.enableCompileCache(join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "create-devops-baseline", "v8"));
}
await import("../dist/cli/main.js");
