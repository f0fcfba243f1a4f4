#!/usr/bin/env node
import { config } from "zod";
import { run } from "./run.js";

// A run parses each schema once or twice: zod's compiled fast path costs more to generate than it saves.
config({ jitless: true });

// `create-devops-baseline --help | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

// No top-level await: the same entry is bundled as CommonJS for Node.js 20's code cache (code-cache.ts).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
