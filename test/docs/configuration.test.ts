import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_REFERENCE_PATH, formatConfigReference, renderConfigReference } from "../../scripts/gen-config-reference.js";
import { renderModels } from "../../src/components/index.js";
import { optionsJsonSchema, parseOptions } from "../../src/options/index.js";
import { renderFiles } from "../../src/synth/render-files.js";

const ROOT = new URL("../../", import.meta.url);
const committed = (): string => readFileSync(new URL(CONFIG_REFERENCE_PATH, ROOT), "utf8");

describe("docs/configuration.md", () => {
  it("is what `npm run docs:config` writes from the current options schema", async () => {
    expect(committed() === (await formatConfigReference()), "docs/configuration.md is stale: run `npm run docs:config` and commit it").toBe(true);
  });

  it("has a row for every option of the schema, with its allowed values", () => {
    const page = renderConfigReference();
    for (const key of ["name", "backend.kind", "backend.port", "frontend.bundleBudgetKb", "library.kind", "backup.retention.daily", "overrides", "readOnly"]) {
      expect(page).toContain(`| \`${key}\` |`);
    }
    expect(page).toMatch(/\| `cloud` \| `aws-ecs` \\\| `gcp-cloud-run` .* \| `compose` \| `--cloud` \|/);
  });

  it("a new option in the schema shows up without touching the generator", () => {
    const schema = optionsJsonSchema() as { properties: Record<string, unknown> };
    const extended = { ...schema, properties: { ...schema.properties, telemetry: { type: "boolean", description: "Send nothing anywhere." } } };
    expect(renderConfigReference(extended)).toContain("| `telemetry` | boolean | — |  | Send nothing anywhere. |");
  });

  it("its overrides example is valid for a Django + Next.js baseline", () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(committed())?.[1];
    expect(example).toBeDefined();
    const options = parseOptions({ backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, ...JSON.parse(example!) });
    const ci = renderFiles(renderModels(options), options).find((f) => f.path === ".github/workflows/ci.yml");
    expect(ci?.content).toContain("PYTEST_ADDOPTS: -x");
    expect(ci?.content).not.toContain("frontend-bundle:");
  });
});
