/** Writes schema/devops-baseline.schema.json from the options schema (`npm run gen:schema`). */
import { writeFileSync } from "node:fs";
import { optionsJsonSchema, SCHEMA_FILE } from "../src/options/index.js";

writeFileSync(new URL(`../${SCHEMA_FILE}`, import.meta.url), `${JSON.stringify(optionsJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
