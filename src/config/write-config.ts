import type { BaselineConfig } from "../options/index.js";

export type ConfigFormat = "ts" | "json";

export const SCHEMA_URL = "https://unpkg.com/create-devops-baseline/schema/devops-baseline.schema.json";

export function configFileName(format: ConfigFormat): string {
  return format === "ts" ? "devops-baseline.config.ts" : "devops-baseline.json";
}

/** The config file `init` writes: the user's from then on, never owned or rewritten by synth. */
export function renderConfig(config: BaselineConfig, format: ConfigFormat): string {
  if (format === "json") return `${JSON.stringify({ $schema: SCHEMA_URL, ...config }, null, 2)}\n`;
  const body = JSON.stringify(config, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
  return `import { defineConfig } from "create-devops-baseline";\n\nexport default defineConfig(${body});\n`;
}

/**
 * The config file's new text after a command changed its options (adopt), or why it cannot be
 * rewritten: a JSON config, or a TS config still in the form init wrote, is rewritten; a TS/JS config
 * with code of its own is the user's to edit, so the caller prints the change instead.
 */
export function rewrittenConfig(name: string, text: string, before: BaselineConfig, after: BaselineConfig): { text: string } | { refused: string } {
  if (name.endsWith(".json")) return { text: renderConfig(after, "json") };
  if (text === renderConfig(before, "ts")) return { text: renderConfig(after, "ts") };
  return { refused: `${name} holds code of its own, so it is not rewritten` };
}
