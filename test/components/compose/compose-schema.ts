import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// CI puts the shared folder beside the clone: <repo>/../shared/schemas.
const SCHEMA = resolve(import.meta.dirname, "../../../../shared/schemas/compose-spec.json");
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let validate: ValidateFunction | undefined;

/**
 * Errors of one compose document against the Compose specification's JSON Schema. The schema names its
 * meta-schema by an https URL that ajv does not register (it knows the http one), so `$schema` is dropped.
 */
export function composeSchemaErrors(data: unknown, label: string): string[] {
  if (!validate) {
    const { $schema: _meta, ...schema } = JSON.parse(readFileSync(SCHEMA, "utf8")) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${label} ${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`);
}
