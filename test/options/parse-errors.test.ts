import { describe, expect, it } from "vitest";
import { BaselineError } from "../../src/errors.js";
import { parseOptions } from "../../src/options/index.js";
import { show } from "../../src/options/parse.js";

function errorOf(input: unknown): string {
  try {
    parseOptions(input, "devops-baseline.json");
  } catch (error) {
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as BaselineError).exitCode).toBe(2);
    return (error as BaselineError).message;
  }
  throw new Error("expected an error");
}

describe("option errors name the key, the value and what is allowed", () => {
  it("an enum value", () => {
    expect(errorOf({ cloud: "heroku" })).toContain('cloud: "heroku" is not allowed. Allowed: aws-ecs, gcp-cloud-run, azure-container-apps, kubernetes, compose');
  });

  it("an unknown key, nested, with a did-you-mean and the allowed keys", () => {
    const message = errorOf({ deploy: { stratgy: "canary" } });
    expect(message).toContain('stratgy: unknown key in deploy. Did you mean "strategy"?');
    expect(message).toContain("Allowed: strategy, minReplicas, maxReplicas, region");
  });

  it("a wrong type says what was expected and what was given", () => {
    expect(errorOf({ readOnly: "yes" })).toContain('readOnly: expected boolean, got string "yes"');
    expect(errorOf({ exclude: "docker" })).toContain('exclude: expected array, got string "docker"');
    expect(errorOf({ backend: null })).toContain("backend: expected object, got null");
  });

  it("values a TypeScript config can produce never break the message", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, "kind", { enumerable: true, get: () => { throw new Error("getter failed"); } });
    for (const [input, fragment] of [
      [{ name: 10n }, "name: expected string, got bigint 10n"],
      [{ name: cyclic }, 'name: expected string, got object {"self":"(circular)"}'],
      [{ name: () => 1 }, "name: expected string, got function a function"],
      [{ name: new Map() }, "name: expected string, got object a Map"],
      [{ backend: throwing }, "could not be read as plain data (getter failed)"],
      [{ name: "X".repeat(500) }, `name: "${"X".repeat(76)}... must be lowercase letters, digits and dashes`],
    ] as const) {
      expect(errorOf(input)).toContain(fragment);
    }
  });
});

describe("show()", () => {
  it("is short and total", () => {
    expect(show("a".repeat(200))).toHaveLength(80);
    expect(show(undefined)).toBe("undefined");
    expect(show(Symbol("s"))).toBe("Symbol(s)");
    expect(show({ big: 1n })).toBe('{"big":"1n"}');
  });
});
