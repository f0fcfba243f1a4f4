import { readFileSync } from "node:fs";
import { parseAuditPolicy, type AuditPolicy } from "../audit/policy.js";
import { badInput } from "../errors.js";
import { parseOptions, type BaselineConfig } from "../options/index.js";

export interface OrgDefaults {
  /** Baseline options, layered under each repository's own config (or under detection). */
  readonly config: BaselineConfig;
  /** The organisation's audit policy (the file's `audit` key): one set of severities and suppressions for every repository. */
  readonly audit: AuditPolicy;
}

/**
 * Organisation-wide defaults (`--defaults org.json`): the same keys as `devops-baseline.json`, plus
 * `audit`, the policy every repository's audit runs under. Validated once, here, so a typo fails the
 * run before any repository is touched.
 */
export function loadDefaults(path: string | undefined): OrgDefaults {
  if (path === undefined) return { config: {}, audit: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw badInput(`--defaults: ${code ? `cannot read ${path} (${code})` : `${path} is not valid JSON: ${(error as Error).message}`}`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw badInput(`--defaults: ${path} must hold a JSON object of baseline options`);
  const { $schema: _schema, audit, ...config } = raw as Record<string, unknown>;
  parseOptions(config, `org defaults (${path})`);
  return { config: config as BaselineConfig, audit: parseAuditPolicy(audit ?? {}, `org defaults (${path})`) };
}
