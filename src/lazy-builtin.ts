import { createRequire } from "node:module";

const requireBuiltin = createRequire(import.meta.url);

/**
 * Node's `child_process` and `zlib` take a few milliseconds each to load, and most runs never call them
 * (`check` spawns no git and writes no git object): they load on first use instead of at start.
 */
export const lazyBuiltin = {
  childProcess: (): typeof import("node:child_process") => requireBuiltin("node:child_process"),
  zlib: (): typeof import("node:zlib") => requireBuiltin("node:zlib"),
};
