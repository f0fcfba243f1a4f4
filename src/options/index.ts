export * from "./choices.js";
export { baselineOptionsSchema, type BaselineConfig } from "./schema.js";
export { parseOptions, defineConfig, type BaselineOptions } from "./parse.js";
export { optionsJsonSchema, SCHEMA_FILE } from "./json-schema.js";
