import { z } from "./zod.js";
import { baselineOptionsSchema } from "./schema.js";

export const SCHEMA_FILE = "schema/devops-baseline.schema.json";

/** The published JSON Schema of `devops-baseline.json`, generated from the zod schema. */
export function optionsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(baselineOptionsSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, title: "create-devops-baseline options" };
}
