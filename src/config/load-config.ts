import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { badInput } from "../errors.js";
import { parseOptions, type BaselineOptions } from "../options/index.js";
import { publicApiPath } from "../package-root.js";

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

/** Loads and validates the repo's config; `undefined` when it has none. */
export async function loadConfig(root: string): Promise<LoadedConfig | undefined> {
  const name = findConfigFile(root);
  if (!name) return undefined;
  const raw = name.endsWith(".json") ? readJsonConfig(root, name) : await importConfig(root, name);
  return { path: name, raw, options: parseOptions(raw, name) };
}

function readJsonConfig(root: string, name: string): unknown {
  const text = readFileSync(join(root, name), "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Evaluates a TS/JS config in-process; `create-devops-baseline` resolves to this running copy. */
async function importConfig(root: string, name: string): Promise<unknown> {
  const { createJiti } = await import("jiti");
  const self = publicApiPath();
  const jiti = createJiti(join(root, name), { alias: { "create-devops-baseline": self }, moduleCache: false, fsCache: false });
  let module: unknown;
  try {
    module = await jiti.import(join(root, name));
  } catch (error) {
    throw badInput(`${name} could not be evaluated: ${(error as Error).message.split("\n")[0]}`);
  }
  const config = (module as { default?: unknown }).default ?? module;
  if (typeof config === "function") return await (config as () => unknown)();
  return config;
}
