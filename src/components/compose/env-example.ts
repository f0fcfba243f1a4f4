import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { describeVariable, variablesOf } from "../app-config/variables.js";
import { backendEnvironment, buildsByRole, DB_SERVICE, frontendEnvironment } from "./app-services.js";
import { envVars } from "./env-vars.js";

/** `.env.example`: every variable the compose files need and every one the apps read, documented, with no secret values. */
export function envExample(options: BaselineOptions): FileModel | undefined {
  const vars = envVars(options);
  const appLines = appVariableLines(options, new Set(vars.map((v) => v.name)));
  if (vars.length === 0 && appLines.length === 0) return undefined;
  const lines = [
    "# Copy to .env, keep .env out of git, and fill in every empty value before `docker compose up`.",
    "# Secrets are empty on purpose. Generate each one, for example: openssl rand -hex 32",
  ];
  let section = "";
  for (const v of vars) {
    if (v.section !== section) {
      section = v.section;
      lines.push("", `# --- ${section} ---`);
    }
    lines.push(`# ${v.description}${v.secret ? " (secret)" : ""}`, `${v.name}=${v.example}`);
  }
  lines.push(...appLines);
  return { kind: "text", path: ".env.example", component: "compose", comment: "hash", text: `${lines.join("\n")}\n` };
}

/**
 * The apps' own variables, grouped by service. An optional one stays commented out: set to empty, it
 * would replace the code's default with "". Secrets and required values are empty: never a real value.
 */
function appVariableLines(options: BaselineOptions, listed: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const service of ["backend", "frontend"] as const) {
    const vars = variablesOf(options, service).filter((v) => !listed.has(v.name));
    if (vars.length === 0) continue;
    lines.push("", `# --- ${service === "backend" ? "Backend" : "Frontend"} (${options[service].kind}): variables the app reads ---`);
    const wired = new Set(Object.keys(service === "backend" ? backendEnvironment(options, DB_SERVICE) : frontendEnvironment(options, buildsByRole(options).backend)));
    for (const v of vars) {
      const example = v.secret ? "" : (v.default ?? "");
      // The compose files build these themselves (DATABASE_URL from the POSTGRES_* values above).
      if (wired.has(v.name)) lines.push(`# ${describeVariable(v)}; compose sets it from the values above`, `# ${v.name}=`);
      else lines.push(`# ${describeVariable(v)}`, v.required ? `${v.name}=${example}` : `# ${v.name}=${example}`);
    }
  }
  return lines;
}
