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
