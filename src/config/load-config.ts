import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { badInput } from "../errors.js";
import type { BaselineOptions } from "../options/index.js";
import { publicApiPath } from "../package-root.js";
import { importJiti } from "./import-jiti.js";
import { runningBuildCache, type ValidatedCache } from "../startup-cache/validated-options.js";

export const CONFIG_FILES = [
  "devops-baseline.config.ts",
  "devops-baseline.config.mts",
  "devops-baseline.config.js",
  "devops-baseline.config.mjs",
  "devops-baseline.json",
] as const;

export interface LoadedConfig {
  readonly path: string;
  readonly raw: unknown;
  readonly options: BaselineOptions;
}

export function findConfigFile(root: string): string | undefined {
  const found = CONFIG_FILES.filter((name) => existsSync(join(root, name)));
  if (found.length > 1) throw badInput(`Found ${found.join(" and ")}; keep one config file`);
  return found[0];
}

/**
 * Loads and validates the repo's config; `undefined` when it has none. A JSON config validated before by
 * this build comes from `cache` (see src/startup-cache/), without loading the options schema.
 */
export async function loadConfig(root: string, cache: ValidatedCache | undefined = runningBuildCache()): Promise<LoadedConfig | undefined> {
  const name = findConfigFile(root);
  if (!name) return undefined;
  const bytes = name.endsWith(".json") ? readJsonConfig(root, name) : undefined;
  const raw = bytes ? parseJsonConfig(bytes, name) : await importConfig(root, name);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const { show } = await import("../options/parse.js");
    const got = raw === null ? "null" : Array.isArray(raw) ? "an array" : raw === undefined ? "nothing (no default export?)" : `${typeof raw} ${show(raw)}`;
    throw badInput(`Invalid ${name}: expected an object of options at the top level, got ${got}`);
  }
  const cached = bytes && cache?.read(name, bytes);
  if (cached) return { path: name, raw, options: cached };
  const { parseOptions } = await import("../options/parse.js");
  const options = parseOptions(raw, name);
  if (bytes) cache?.write(name, bytes, options);
  return { path: name, raw, options };
}

/** A config lists a few dozen options; anything far larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

function readJsonConfig(root: string, name: string): Buffer {
  try {
    return readFileSync(join(root, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(`${name} cannot be read (${code === "EISDIR" ? "it is a directory" : (code ?? String(error))})`);
  }
}

/** Parses a JSON config's bytes; every way it can be broken becomes a message naming the file and where. */
export function parseJsonConfig(bytes: Uint8Array, name: string): unknown {
  if (bytes.length > MAX_CONFIG_BYTES) throw badInput(`${name} is ${bytes.length} bytes; a config is at most ${MAX_CONFIG_BYTES} bytes`);
  if (bytes.includes(0)) throw badInput(`${name} is a binary file, not JSON`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${name} is not UTF-8 text; save it as UTF-8 JSON`);
  }
  text = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`${name} is not valid JSON: ${describeJsonError(text, (error as Error).message)}`);
  }
}

/** V8's reason without the text excerpt it quotes (which may hold a secret), plus line and column. */
function describeJsonError(text: string, message: string): string {
  const reason = message.replace(/,\s*".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected token '(.)'$/, "unexpected '$1'");
  const position = /at position (\d+)/.exec(message)?.[1];
  const at = position === undefined ? inferPosition(text, reason) : Number(position);
  if (at === undefined) return reason;
  const before = text.slice(0, at).split("\n");
  return `${reason} at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/**
 * Node 20's V8 gives no position for "Unexpected token" or the end of input. The end is the text's
 * length; a bad token is where the shortest failing prefix ends (a prefix of valid-so-far JSON only
 * fails at its own end), found by bisection.
 */
function inferPosition(text: string, reason: string): number | undefined {
  if (/end of JSON input/.test(reason)) return text.length;
  const failsAt = (k: number): boolean => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message)?.[1];
      // Failing only because the prefix ends is not the error we look for.
      return !/end of JSON input/.test(message) && (at === undefined || Number(at) < k);
    }
  };
  if (!failsAt(text.length)) return undefined;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsAt(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** Evaluates a TS/JS config in-process; `create-devops-baseline` resolves to this running copy. */
async function importConfig(root: string, name: string): Promise<unknown> {
  const { createJiti } = await importJiti();
  const self = publicApiPath();
  const jiti = createJiti(join(root, name), { alias: { "create-devops-baseline": self }, moduleCache: false, fsCache: false });
  let module: unknown;
  try {
    module = await jiti.import(join(root, name));
  } catch (error) {
    throw badInput(`${name} could not be evaluated: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const config = (module as { default?: unknown }).default ?? module;
  if (typeof config !== "function") return config;
  try {
    return await (config as () => unknown)();
  } catch (error) {
    throw badInput(`${name}: its exported function failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
