import { serviceTargets } from "../../clouds/index.js";
import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";
import { buildVariables, plainValue, runtimeVariables, serviceOfTarget, wiredPlain } from "./variables.js";

/** An HCL string literal: `${` and `%{` would start a template. */
export const hclString = (value: string): string => JSON.stringify(value).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");

/** `key = value` lines aligned as `terraform fmt` aligns them. */
function aligned(entries: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`);
}

/** A map per service key: `{ NAME = "value" }` blocks, or `{}` when empty. */
function serviceMaps(keys: readonly string[], values: (key: string) => (readonly [string, string])[], indent: string): string[] {
  const lines: string[] = [];
  const simple = keys.filter((k) => values(k).length === 0);
  for (const key of keys) {
    const entries = values(key);
    if (entries.length === 0) continue;
    lines.push(`${indent}${key} = {`, ...aligned(entries, `${indent}  `), `${indent}}`);
  }
  // Empty maps are single lines that fmt aligns with each other.
  lines.push(...aligned(simple.map((k) => [k, "{}"] as const), indent));
  return lines;
}

/**
 * The Terraform view of the apps' variables, shared by every cloud's `app-config.tf`: the secret
 * names (each becomes an empty entry of the platform's secret store) and the plain values per
 * environment, keyed by service (`api`, `web`).
 */
export function appTerraformContext(options: BaselineOptions) {
  const keys = serviceTargets(options).map((s) => s.key);
  const runtime = (key: "api" | "web") => runtimeVariables(options, serviceOfTarget(key));
  const secretNames = [...new Set(keys.flatMap((k) => runtime(k).filter((v) => v.secret).map((v) => v.name)))].sort();
  const plainFor = (environment: Environment) =>
    serviceMaps(keys, (k) => wiredPlain(options, environment, runtime(k as "api" | "web")).map((v) => [hclString(v.name), hclString(plainValue(options, environment, v))] as const), "      ");
  const secretLists = aligned(
    keys.map((k) => [k, `[${runtime(k).filter((v) => v.secret).map((v) => hclString(v.name)).join(", ")}]`] as const),
    "    ",
  );
  const built = keys.flatMap((k) => buildVariables(options, serviceOfTarget(k)));
  return {
    appBuildVariables: built.length > 0,
    appBuildValues: aligned(built.map((v) => [hclString(v.name), hclString(plainValue(options, "production", v))] as const), "    ").join("\n"),
    appSecrets: secretNames.length > 0,
    appSecretNames: `[${secretNames.map(hclString).join(", ")}]`,
    appSecretsByService: secretLists.join("\n"),
    appPlainStaging: plainFor("staging").join("\n"),
    appPlainProduction: plainFor("production").join("\n"),
  };
}
