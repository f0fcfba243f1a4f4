/**
 * What a build of the CLI keeps between runs in the per-user cache folder, so that an unchanged input is
 * not worked out again at every start (issue 14): the options a config validated to, and the files those
 * options render.
 *
 * - The key is a hash of the running build's content and the input: another input, or another build of
 *   the tool (new templates, new pins), misses.
 * - Only the CommonJS CLI run through the code cache (src/cli/code-cache.ts) knows its build's hash, and
 *   hands it in as `__cdbStartupCache`; everywhere else (the ES module build, tests, the projen adapter)
 *   there is no cache, and the code cache's opt-out variable turns this off too.
 * - Written atomically; a missing, corrupt or foreign entry is a miss; every I/O failure is silent.
 * - Each kind keeps its `keep` most recently written entries: a repository's config changes over time,
 *   and rendered files are a few hundred kB each.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the cache lives and which build is running; set by the code cache's wrapper, absent elsewhere. */
export interface StartupCache {
  readonly dir: string;
  readonly build: string;
}

declare const __cdbStartupCache: StartupCache | undefined;

/** The running build's cache, if it has one. */
export function runningStartupCache(): StartupCache | undefined {
  return typeof __cdbStartupCache === "undefined" ? undefined : __cdbStartupCache;
}

export interface JsonStore<T> {
  read(input: readonly (string | Uint8Array)[]): T | undefined;
  write(input: readonly (string | Uint8Array)[], value: T): void;
}

/** Entries of one kind, in their own folder; `accepts` rejects a value of the wrong shape as a miss. */
export function jsonStore<T>({ dir, build }: StartupCache, kind: string, accepts: (value: unknown) => value is T, keep = 16): JsonStore<T> {
  const folder = join(dir, kind);
  const keyOf = (input: readonly (string | Uint8Array)[]): string => {
    const hash = createHash("sha256").update(build);
    for (const part of input) hash.update("\0").update(part);
    return hash.digest("hex");
  };
  const fileOf = (key: string): string => join(folder, `${key.slice(0, 32)}.json`);
  return {
    read(input) {
      const key = keyOf(input);
      try {
        const entry = JSON.parse(readFileSync(fileOf(key), "utf8")) as { key?: unknown; value?: unknown };
        return entry.key === key && accepts(entry.value) ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    write(input, value) {
      const key = keyOf(input);
      const file = fileOf(key);
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temp, JSON.stringify({ key, value }));
        renameSync(temp, file);
        pruneOldest(folder, keep, ".json");
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // the folder itself is unusable: nothing was left behind
        }
      }
    },
  };
}

/**
 * Keeps the `keep` most recently written `suffix` files of a folder (only writes call this: reads stay one
 * open). Anything else there is left alone: Node.js >= 22 keeps its compile cache in folders beside the code caches.
 */
export function pruneOldest(folder: string, keep: number, suffix: string): void {
  const names = readdirSync(folder).filter((name) => name.endsWith(suffix));
  if (names.length <= keep) return;
  const byAge = names
    .map((name) => ({ name, mtime: statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name));
  for (const { name } of byAge.slice(keep)) rmSync(join(folder, name), { force: true });
}
