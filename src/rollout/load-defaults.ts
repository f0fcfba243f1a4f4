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
