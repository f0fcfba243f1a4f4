import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { venvPackageFile } from "../helpers/toolchain.js";
import type { Finding } from "./finding.js";

// The schemas are the copies that check-jsonschema vendors (SchemaStore's, and compose-spec's own), so their
// version is pinned in scripts/test-requirements.txt and a clone needs nothing beside it.
const VENDORED = {
  "github-workflow.json": "github-workflows.json",
  "dependabot-2.0.json": "dependabot.json",
  "compose-spec.json": "compose-spec.json",
  "renovate.json": "renovate.json",
} as const;

export type SchemaName = keyof typeof VENDORED;

/** Where the schema file is on disk (in the test venv). */
export function schemaPath(name: SchemaName): string {
  return venvPackageFile("check_jsonschema", "builtin_schemas", "vendor", VENDORED[name]);
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;
const compiled = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(schemaPath(name), "utf8")) as { $schema?: string };
    // SchemaStore's schemas are draft-07 with a few non-standard keywords (strict off); compose-spec is 2020-12.
    const options = { strict: false, allErrors: true };
    const ajv = schema.$schema?.includes("2020-12") ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }
  return validate;
}

/** Findings for `data` (already parsed) against one of the vendored JSON Schemas. */
export function schemaFindings(name: SchemaName, data: unknown, file: string): Finding[] {
  const validate = validatorFor(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({
    tool: "schema" as const,
    file,
    rule: name,
    message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
  }));
}
