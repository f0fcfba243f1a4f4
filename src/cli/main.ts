#!/usr/bin/env node
import { exitWhenFlushed } from "./exit-when-flushed.js";
import { run } from "./run.js";

// No top-level await: the same entry is bundled as CommonJS for Node.js 20's code cache (code-cache.ts).
void run(process.argv.slice(2)).then(exitWhenFlushed);
