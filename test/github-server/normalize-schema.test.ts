import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { normalizeSchema, type NormalizeStats } from "./normalize-schema.js";

const rebase = (ref: string) => ref.replace("#/components/schemas/", "urn:schema:");

function normalize(schema: unknown): {
  schema: Record<string, unknown>;
  stats: NormalizeStats;
} {
  const stats = { nullableWithType: 0, nullableWithoutType: 0 };
  return {
    schema: normalizeSchema(schema, rebase, stats) as Record<string, unknown>,
    stats,
  };
}

describe("normalizeSchema", () => {
  it("adds null to a typed nullable schema and to its enum", () => {
    const { schema, stats } = normalize({
      type: "string",
      enum: ["a", "b"],
      nullable: true,
    });
    expect(schema).toEqual({
      type: ["string", "null"],
      enum: ["a", "b", null],
    });
    expect(stats).toEqual({ nullableWithType: 1, nullableWithoutType: 0 });
  });

  it("wraps a nullable schema without a type (allOf/$ref) in anyOf with null", () => {
    const { schema, stats } = normalize({
      allOf: [{ $ref: "#/components/schemas/user" }],
      nullable: true,
    });
    expect(schema).toEqual({
      anyOf: [{ allOf: [{ $ref: "urn:schema:user" }] }, { type: "null" }],
    });
    expect(stats.nullableWithoutType).toBe(1);
  });

  it("keeps properties named like annotations, drops annotations and examples", () => {
    const { schema } = normalize({
      type: "object",
      description: "a thing",
      example: { $ref: "not a schema" },
      properties: {
        description: { type: "string", nullable: true },
        title: { type: "string" },
      },
      required: ["description"],
    });
    expect(schema).toEqual({
      type: "object",
      properties: {
        description: { type: ["string", "null"] },
        title: { type: "string" },
      },
      required: ["description"],
    });
  });

  it("produces schemas ajv accepts null for only where OpenAPI said nullable", () => {
    const ajv = new Ajv({ strict: false });
    ajv.addSchema({
      $id: "urn:schema:user",
      type: "object",
      required: ["login"],
    });
    const { schema } = normalize({
      type: "object",
      properties: {
        owner: {
          allOf: [{ $ref: "#/components/schemas/user" }],
          nullable: true,
        },
        name: { type: "string" },
      },
    });
    const validate = ajv.compile(schema);
    expect(validate({ owner: null, name: "x" })).toBe(true);
    expect(validate({ owner: { login: "a" } })).toBe(true);
    expect(validate({ owner: {} })).toBe(false);
    expect(validate({ name: null })).toBe(false);
  });
});
