import { readFileSync } from "node:fs";
import { badInput } from "../errors.js";
import { parseOptions, type BaselineConfig } from "../options/index.js";

/**
 * Organisation-wide defaults (`--defaults org.json`): the same keys as `devops-baseline.json`, layered
 * under each repository's own config (or under detection). Validated once, here, so a typo fails the
 * run before any repository is touched.
 */
export function loadDefaults(path: string | undefined): BaselineConfig {
  if (path === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(`--defaults: ${code ? `cannot read ${path} (${code})` : `${path} is not valid JSON: ${(error as Error).message}`}`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw badInput(`--defaults: ${path} must hold a JSON object of baseline options`);
  parseOptions(raw, `org defaults (${path})`);
  const { $schema: _schema, ...config } = raw as Record<string, unknown>;
  return config as BaselineConfig;
}

/**
 * Deep merge of plain config objects, later layers winning and arrays replaced (a repository's
 * `securitySeverity` replaces the organisation's, it is not appended to it).
 */
export function layerConfig(...layers: readonly unknown[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer || typeof layer !== "object" || Array.isArray(layer)) continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      const bothObjects = isPlainObject(value) && isPlainObject(current);
      result[key] = bothObjects ? layerConfig(current, value) : value;
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
