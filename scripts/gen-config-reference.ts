/**
 * `npm run docs:config`: writes docs/configuration.md from the options schema (src/options/schema.ts),
 * so the reference cannot disagree with what the tool accepts. test/docs/configuration.test.ts fails
 * when the committed page is not what this script writes.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { OPTION_FLAGS } from "../src/cli/option-flags.js";
import { COMPONENTS } from "../src/components/index.js";
import { optionsJsonSchema, parseOptions } from "../src/options/index.js";

export const CONFIG_REFERENCE_PATH = "docs/configuration.md";

interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly description?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly const?: unknown;
}

interface Row {
  readonly key: string;
  readonly schema: JsonSchema;
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (value: unknown): string => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

/** Leaf options (and maps of free-form entries), depth first, in schema order. */
function rows(schema: JsonSchema, prefix = ""): Row[] {
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => key !== "$schema")
    .flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return child.type === "object" && child.properties ? rows(child, path) : [{ key: path, schema: child }];
    });
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map(code).join(" | ");
  if (schema.type === "array") return `list of ${schema.items ? typeOf(schema.items) : "values"}${schema.minItems ? ` (at least ${schema.minItems})` : ""}`;
  if (schema.type === "object" && schema.properties) return `\`{ ${Object.keys(schema.properties).join(", ")} }\``;
  if (schema.type === "object" && typeof schema.additionalProperties === "object" && schema.additionalProperties.type === "string") return "map of variable name → string";
  if (schema.type === "object") return "map of path → `{ set, delete }`";
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.const !== undefined) return code(schema.const);
  const unbounded = schema.maximum === undefined || schema.maximum >= Number.MAX_SAFE_INTEGER;
  const range = schema.minimum === undefined ? "" : unbounded ? ` ≥ ${schema.minimum}` : ` ${schema.minimum}–${schema.maximum}`;
  return `${schema.type ?? "any"}${range}${schema.pattern ? ` matching ${code(schema.pattern)}` : ""}`;
}

function valueAt(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** Defaults as the tool applies them; backend details depend on the backend's kind. */
function defaultOf(key: string, defaults: unknown): string {
  if (["backend.version", "backend.packageManager", "backend.port"].includes(key)) {
    const python = valueAt(parseOptions({ backend: { kind: "django" } }), key);
    const node = valueAt(parseOptions({ backend: { kind: "express" } }), key);
    return `${code(python)} (Python), ${code(node)} (Node.js)`;
  }
  // Facts whose default depends on the stack: shown per stack, as parse resolves them.
  const byStack: Record<string, [string, object][]> = {
    "backend.app": [["Django", { backend: { kind: "django" } }], ["FastAPI", { backend: { kind: "fastapi" } }]],
    "frontend.outDir": [["Vite", { frontend: { kind: "react-vite" } }], ["Next.js", { frontend: { kind: "nextjs" } }], ["Next.js export", { frontend: { kind: "nextjs", nextOutput: "export" } }]],
    "frontend.port": [["Next.js server", { frontend: { kind: "nextjs" } }], ["nginx", { frontend: { kind: "react-vite" } }]],
  };
  const stacks = byStack[key];
  if (stacks) return stacks.map(([name, config]) => `${code(valueAt(parseOptions(config), key))} (${name})`).join(", ");
  const value = valueAt(defaults, key);
  return value === undefined ? "—" : code(value);
}

/** The page, from a JSON Schema of the options (the published one by default). */
export function renderConfigReference(schema: JsonSchema = optionsJsonSchema() as JsonSchema): string {
  const defaults = parseOptions({});
  const flags = new Map(OPTION_FLAGS.map((f) => [f.key, f.flag.split(" ")[0]!]));
  const all = rows(schema);
  const sections = new Map<string, Row[]>();
  for (const row of all) {
    const section = row.key.includes(".") ? row.key.split(".")[0]! : "";
    sections.set(section, [...(sections.get(section) ?? []), row]);
  }
  const table = (list: readonly Row[]): string[] => [
    "| key | allowed | default | flag | what it does |",
    "| --- | --- | --- | --- | --- |",
    ...list.map((r) => `| ${code(r.key)} | ${cell(typeOf(r.schema))} | ${cell(defaultOf(r.key, defaults))} | ${flags.has(r.key) ? code(flags.get(r.key)) : ""} | ${cell(r.schema.description ?? "")} |`),
  ];
  const lines = [
    "<!-- Generated by scripts/gen-config-reference.ts from src/options/schema.ts. Do not edit: run `npm run docs:config`. -->",
    "",
    "# Configuration reference",
    "",
    "The baseline is configured in one file at the repository root, written by `init` and yours from then on:",
    "",
    "- `devops-baseline.config.ts` — `export default defineConfig({ … })` from `create-devops-baseline`, typed; evaluated in-process (no build step).",
    "- `devops-baseline.json` — the same object, with `\"$schema\": \"https://unpkg.com/create-devops-baseline/schema/devops-baseline.schema.json\"` for editor completion.",
    "- projen users pass the same object to `new DevopsBaseline(project, { … })` (see [projen.md](projen.md)).",
    "",
    "Every key is optional. A flag given to `init` or `synth` overrides the file for that run only.",
    "Invalid input exits 2 and names the key, the value and what is allowed, e.g.",
    "`cloud: \"heroku\" is not allowed. Allowed: aws-ecs, gcp-cloud-run, azure-container-apps, kubernetes, compose`.",
    "",
    "## Top level",
    "",
    ...table(sections.get("") ?? []),
  ];
  for (const [section, list] of sections) {
    if (section === "") continue;
    const description = schema.properties?.[section]?.description;
    lines.push("", `## \`${section}\``, "", ...(description ? [description, ""] : []), ...table(list));
  }
  lines.push(
    "",
    "## Components",
    "",
    "Names for `exclude` (a component left out is not generated; files it generated before are removed unless edited).",
    "",
    "| component | what it generates |",
    "| --- | --- |",
    ...COMPONENTS.map((c) => `| ${code(c.name)} | ${cell(c.description)} |`),
    "",
    "## Overrides",
    "",
    "`overrides` patches a generated YAML or JSON file before it is written; the patch survives regeneration.",
    "Paths are dot-separated; inside a list, a segment picks the item whose `id` (then `name`) matches, so",
    "workflow steps are addressed by their `id`, never by position. A backslash escapes a dot in a key.",
    "",
    "```json",
    JSON.stringify(
      {
        overrides: {
          ".github/workflows/ci.yml": {
            set: { "jobs.backend-integration.timeout-minutes": 40, "jobs.backend-integration.steps.integration-tests.env.PYTEST_ADDOPTS": "-x" },
            delete: ["jobs.frontend-bundle"],
          },
        },
      },
      null,
      2,
    ),
    "```",
    "",
    "Text files (Dockerfiles, scripts, Markdown) take no overrides: `eject` them to take them over.",
    "",
  );
  return lines.join("\n");
}

/** The page as committed: in prettier's Markdown form, like every other page in docs/. */
export async function formatConfigReference(schema?: JsonSchema): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(renderConfigReference(schema), { parser: "markdown" });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(new URL(`../${CONFIG_REFERENCE_PATH}`, import.meta.url), await formatConfigReference());
  console.log(`wrote ${CONFIG_REFERENCE_PATH}`);
}
