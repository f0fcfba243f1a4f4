import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { envVars } from "./env-vars.js";

/** `.env.example`: every variable the compose files need, documented, with no secret values. */
export function envExample(options: BaselineOptions): FileModel | undefined {
  const vars = envVars(options);
  if (vars.length === 0) return undefined;
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
  return { kind: "text", path: ".env.example", component: "compose", comment: "hash", text: `${lines.join("\n")}\n` };
}
