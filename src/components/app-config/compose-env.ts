import type { BaselineOptions } from "../../options/index.js";
import { runtimeVariables, type AppService } from "./variables.js";

/**
 * compose.prod.yml's entries for the app's own variables, interpolated from the server's `.env`
 * (mode 0600, never in git): a required one refuses to start when empty; an optional one falls back
 * to the code's default. Values the baseline wires itself (`provided`, e.g. DATABASE_URL) keep theirs.
 */
export function appComposeEnvironment(options: BaselineOptions, service: AppService, provided: ReadonlySet<string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const v of runtimeVariables(options, service)) {
    if (provided.has(v.name)) continue;
    env[v.name] = v.required ? `\${${v.name}:?set ${v.name} in .env}` : `\${${v.name}:-${escapeDefault(v.default ?? "")}}`;
  }
  return env;
}

/** `$` in a default would start another interpolation; `}` would end this one. */
const escapeDefault = (value: string): string => value.replace(/\$/g, "$$$$").replace(/}/g, "");
