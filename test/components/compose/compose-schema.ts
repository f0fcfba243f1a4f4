import { schemaFindings } from "../../validators/json-schema.js";

/** Errors of one compose document against the Compose specification's JSON Schema, each prefixed by `label`. */
export function composeSchemaErrors(data: unknown, label: string): string[] {
  return schemaFindings("compose-spec.json", data, label).map((f) => `${label} ${f.message}`);
}
