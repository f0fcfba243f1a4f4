import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { describeVariable, variablesOf } from "../app-config/variables.js";
import { backendEnvironment, buildsByRole, DB_SERVICE, frontendEnvironment } from "./app-services.js";
import { envVars } from "./env-vars.js";

export const ENV_EXAMPLE_PATH = ".env.example";

/** One variable of `.env.example`: its section heading, and its comment and `NAME=value` lines. */
export interface EnvExampleEntry {
  readonly name: string;
  readonly section: string;
  readonly lines: readonly string[];
}

const INTRO = [
  "# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.",
  "# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32",
];

/** Every variable the compose files need and every one the apps read, in file order. */
export function envExampleEntries(options: BaselineOptions): EnvExampleEntry[] {
  const vars = envVars(options);
  const entries: EnvExampleEntry[] = vars.map((v) => ({ name: v.name, section: v.section, lines: [`# ${v.description}${v.secret ? " (secret)" : ""}`, `${v.name}=${v.example}`] }));
  return [...entries, ...appVariableEntries(options, new Set(vars.map((v) => v.name)))];
}

/** Entries as lines, a `# --- section ---` heading before each new section. */
export function envExampleLines(entries: readonly EnvExampleEntry[]): string[] {
  const lines: string[] = [];
  let section = "";
  for (const entry of entries) {
    if (entry.section !== section) {
      section = entry.section;
      lines.push("", `# --- ${section} ---`);
    }
    lines.push(...entry.lines);
  }
  return lines;
}

/** `.env.example`: every variable the compose files need and every one the apps read, documented, with no secret values. */
export function envExample(options: BaselineOptions): FileModel | undefined {
  const entries = envExampleEntries(options);
  if (entries.length === 0) return undefined;
  return { kind: "text", path: ENV_EXAMPLE_PATH, component: "compose", comment: "hash", text: `${[...INTRO, ...envExampleLines(entries)].join("\n")}\n` };
}

/**
 * The apps' own variables, grouped by service. An optional one stays commented out: set to empty, it
 * would replace the code's default with "". Secrets and required values are empty: never a real value.
 */
function appVariableEntries(options: BaselineOptions, listed: ReadonlySet<string>): EnvExampleEntry[] {
  const entries: EnvExampleEntry[] = [];
  for (const service of ["backend", "frontend"] as const) {
    const vars = variablesOf(options, service).filter((v) => !listed.has(v.name));
    const section = `${service === "backend" ? "Backend" : "Frontend"} (${options[service].kind}): variables the app reads`;
    const wired = new Set(Object.keys(service === "backend" ? backendEnvironment(options, DB_SERVICE) : frontendEnvironment(options, buildsByRole(options).backend)));
    for (const v of vars) {
      const example = v.secret ? "" : (v.default ?? "");
      // The compose files build these themselves (DATABASE_URL from the POSTGRES_* values above).
      const lines = wired.has(v.name)
        ? [`# ${describeVariable(v)}; compose sets it from the values above`, `# ${v.name}=`]
        : [`# ${describeVariable(v)}`, v.required ? `${v.name}=${example}` : `# ${v.name}=${example}`];
      entries.push({ name: v.name, section, lines });
    }
  }
  return entries;
}
