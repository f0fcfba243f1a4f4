import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionsJsonSchema, SCHEMA_FILE } from "../../src/options/index.js";

describe("the published JSON Schema", () => {
  it("is current (regenerate with `npm run gen:schema`)", () => {
    const committed = readFileSync(new URL(`../../${SCHEMA_FILE}`, import.meta.url), "utf8");
    expect(committed).toBe(`${JSON.stringify(optionsJsonSchema(), null, 2)}\n`);
  });
});
