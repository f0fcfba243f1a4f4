import { describe, expect, it } from "vitest";
import { applyDigests } from "../../scripts/refresh-base-images.js";
import pins from "../../src/data/base-images.json" with { type: "json" };

const NEW = `sha256:${"a".repeat(64)}`;

describe("applyDigests", () => {
  it("keeps pins the registry still serves and records where a new digest came from", () => {
    const asked: string[] = [];
    const { data, changed } = applyDigests(structuredClone(pins), (ref) => (asked.push(ref), ref === "python:3.12-slim" ? NEW : pins.images[ref as keyof typeof pins.images].digest), "2026-12-01");
    expect(asked).toEqual(Object.keys(pins.images));
    expect(changed).toEqual(["python:3.12-slim"]);
    expect(data.images["python:3.12-slim"]).toEqual({ ...pins.images["python:3.12-slim"], digest: NEW, source: expect.stringContaining("2026-12-01") });
    expect(data.images["node:22-alpine"]).toEqual(pins.images["node:22-alpine"]);
  });

  it("refuses an answer that is not a digest", () => {
    expect(() => applyDigests(structuredClone(pins), () => "latest", "2026-12-01")).toThrow(/not a digest/);
  });
});
