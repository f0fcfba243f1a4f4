/**
 * The options a JSON config validated to, kept in the per-user cache folder so that `check` and `synth` of an
 * unchanged config neither build nor run the zod options schema (a sixth of a cold start, issue 14).
 *
 * - The key is a hash of the running build's content and the config's name and bytes: a changed config, or
 *   another build of the tool, is validated again.
 * - Only the CommonJS CLI run through the code cache (src/cli/code-cache.ts) knows its build's hash, and hands
 *   it in as `__cdbStartupCache`; everywhere else (the ES module build, tests, the projen adapter) there is
 *   no cache, and the same opt-out variable turns both off.
 * - Written atomically; a missing, corrupt or foreign entry is a miss; every I/O failure is silent.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { BaselineOptions } from "../options/index.js";

/** Where the cache lives and which build is running; set by the code cache's wrapper, absent elsewhere. */
export interface StartupCache {
  readonly dir: string;
  readonly build: string;
}

declare const __cdbStartupCache: StartupCache | undefined;

export interface ValidatedCache {
  read(name: string, bytes: Uint8Array): BaselineOptions | undefined;
  write(name: string, bytes: Uint8Array, options: BaselineOptions): void;
}

/** The running build's cache, if it has one. */
export function runningBuildCache(): ValidatedCache | undefined {
  return typeof __cdbStartupCache === "undefined" ? undefined : validatedCache(__cdbStartupCache);
}

export function validatedCache({ dir, build }: StartupCache): ValidatedCache {
  const keyOf = (name: string, bytes: Uint8Array): string => createHash("sha256").update(build).update("\0").update(name).update("\0").update(bytes).digest("hex");
  const fileOf = (key: string): string => join(dir, `${key.slice(0, 32)}.json`);
  return {
    read(name, bytes) {
      const key = keyOf(name, bytes);
      try {
        const entry = JSON.parse(readFileSync(fileOf(key), "utf8")) as { key?: unknown; options?: unknown };
        return entry.key === key && entry.options !== null && typeof entry.options === "object" ? (entry.options as BaselineOptions) : undefined;
      } catch {
        return undefined;
      }
    },
    write(name, bytes, options) {
      // Only options that survive JSON unchanged (no undefined, no functions) can come back from the cache.
      const text = JSON.stringify({ key: keyOf(name, bytes), options });
      if (!isDeepStrictEqual((JSON.parse(text) as { options: unknown }).options, options)) return;
      const file = fileOf(keyOf(name, bytes));
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, text);
        renameSync(temp, file);
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
