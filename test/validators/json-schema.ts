import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Finding } from "./finding.js";

// CI puts the shared folder beside the clone: <repo>/../shared/schemas.
export const SCHEMAS_DIR = resolve(import.meta.dirname, "../../../shared/schemas");

export type SchemaName = "github-workflow.json" | "dependabot-2.0.json" | "compose-spec.json" | "prometheus-alertmanager.json";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const compiled = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    // SchemaStore schemas use draft-07 with a few non-standard keywords: strict off, formats on.
    // validateSchema off: compose-spec.json names the https draft-07 meta-schema, which ajv registers as http.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(resolve(SCHEMAS_DIR, name), "utf8")) as object);
    compiled.set(name, validate);
  }
  return validate;
}

/** Findings for `data` (already parsed) against one of the shared JSON Schemas. */
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
