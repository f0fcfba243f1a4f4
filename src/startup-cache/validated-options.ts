/**
 * The options a JSON config validated to, so that `check` and `synth` of an unchanged config neither build
 * nor run the zod options schema (a sixth of a cold start, issue 14). Keyed by the config's name and bytes.
 */
import { isDeepStrictEqual } from "node:util";
import type { BaselineOptions } from "../options/index.js";
import { jsonStore, runningStartupCache, type StartupCache } from "./store.js";

export interface ValidatedCache {
  read(name: string, bytes: Uint8Array): BaselineOptions | undefined;
  write(name: string, bytes: Uint8Array, options: BaselineOptions): void;
}

/** The running build's cache, if it has one. */
export function runningBuildCache(): ValidatedCache | undefined {
  const cache = runningStartupCache();
  return cache && validatedCache(cache);
}

const isOptions = (value: unknown): value is BaselineOptions => value !== null && typeof value === "object" && !Array.isArray(value);

export function validatedCache(cache: StartupCache): ValidatedCache {
  const store = jsonStore(cache, "options", isOptions);
  return {
    read: (name, bytes) => store.read([name, bytes]),
    write(name, bytes, options) {
      // Only options that survive JSON unchanged (no undefined, no functions) can come back from the cache.
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(options)), options)) store.write([name, bytes], options);
    },
  };
}
