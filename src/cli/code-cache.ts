/**
 * A V8 code cache for the CLI bundle on Node.js 20, which has no `module.enableCompileCache()` (issue 14):
 * the single-file CommonJS build runs through `vm.Script` with the `cachedData` of an earlier run, and the
 * code compiled during this run is written back when the process exits.
 *
 * - The key includes a hash of the bundle's content and the V8 version: V8 itself checks only the length.
 * - Written atomically (temp file, rename); a corrupt or foreign file is rejected by V8 and rewritten.
 * - Every cache I/O failure (read-only or missing home, full disk) only means no cache: never an error.
 */
import { createHash } from "node:crypto";
import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { pruneOldest } from "../startup-cache/store.js";

/** Code caches kept (about 1 MB each). */
const KEEP_CODE_CACHES = 4;

/** Set to any value to run without the cache. */
export const NO_CODE_CACHE_ENV = "DEVOPS_BASELINE_NO_CODE_CACHE";

/**
 * The per-user cache folder ($XDG_CACHE_HOME or ~/.cache), created if missing; undefined when opted out or
 * when it cannot be written (then the CLI runs without a cache, as fast as before it had one).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv, home: () => string): string | undefined {
  if (env[NO_CODE_CACHE_ENV]) return undefined;
  const dir = join(env.XDG_CACHE_HOME || join(home(), ".cache"), "create-devops-baseline", "v8");
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

/** A bundle's content hash: it keys the code cache (V8 itself checks only the length) and the validated options. */
export function bundleHash(source: string | Buffer): string {
  return createHash("sha256").update(source).digest("hex");
}

/** The cache file for a bundle, by its content hash, on this V8. */
export function codeCacheFile(dir: string, hash: string): string {
  const key = createHash("sha256").update(process.versions.v8).update("\0").update(hash).digest("hex").slice(0, 32);
  return join(dir, `${key}.bin`);
}

export interface CachedRun {
  /** Whether V8 took the cached code (false on a first run, a corrupt file, or without a cache). */
  readonly cacheUsed: boolean;
}

/** Runs a CommonJS bundle like `require` would, with its compiled code cached in `dir` (none when undefined). */
export function runWithCodeCache(bundle: string, dir: string | undefined): CachedRun {
  // Hashed as bytes: hashing the decoded string would encode it again (~3 ms for the CLI's 2 MB).
  const bytes = readFileSync(bundle);
  const source = bytes.toString("utf8");
  const build = bundleHash(bytes);
  const cacheFile = dir === undefined ? undefined : codeCacheFile(dir, build);
  // What this build validated and rendered before lives beside the code (src/startup-cache/).
  const startupCache = dir === undefined ? undefined : { dir: dirname(dir), build };
  const cachedData = cacheFile === undefined ? undefined : readOrUndefined(cacheFile);
  // CommonJS's own wrapper, as `require` would compile the file, plus `__cdbImport`: code compiled by
  // vm.Script cannot `import()` once it comes from a code cache, so the bundle imports through this module;
  // and `__cdbStartupCache`, where the bundle keeps what it validated.
  // A `#!` line is only valid first in a file.
  const body = source.replace(/^#!.*/, "");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __cdbImport, __cdbStartupCache) { ${body}\n});`, { filename: bundle, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  // After the run, so functions compiled lazily while the command ran are in the cache too.
  if (cacheFile !== undefined && !cacheUsed) {
    process.once("exit", () => {
      writeAtomically(cacheFile, () => script.createCachedData());
      // One file per build and V8 version: the last few stay, for switching between versions.
      try {
        pruneOldest(dirname(cacheFile), KEEP_CODE_CACHES, ".bin");
      } catch {
        // an unreadable folder only means nothing is pruned
      }
    });
  }
  const module = { exports: {} };
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), importModule, startupCache);
  return { cacheUsed };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeAtomically(file: string, data: () => Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, data());
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder itself is unusable: nothing was left behind
    }
  }
}
