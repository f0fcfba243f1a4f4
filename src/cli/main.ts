#!/usr/bin/env node
import { config } from "zod";
import { exitWhenFlushed } from "./exit-when-flushed.js";
import { run } from "./run.js";

// A run parses each schema once or twice: zod's compiled fast path costs more to generate than it saves.
config({ jitless: true });

// No top-level await: the same entry is bundled as CommonJS for Node.js 20's code cache (code-cache.ts).
void run(process.argv.slice(2)).then(exitWhenFlushed);
