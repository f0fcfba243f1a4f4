import { describe, expect, it } from "vitest";
import { inLines, jsonParts, LazyArray } from "../../src/rollout/json-parts.js";

const values: unknown[] = [
  null,
  0,
  -1.5,
  "ä \"quoted\" \n newline ✓",
  true,
  [],
  {},
  [[]],
  { a: {} },
  [1, "two", null, { three: [3, { four: 4 }] }],
  { skipped: undefined, fn: () => 1, kept: 1, nested: { deeper: [undefined, () => 2, "x"] } },
  { when: new Date(Date.UTC(2026, 11, 7)), big: Array.from({ length: 50 }, (_, i) => ({ repo: `acme/r${i}`, files: ["a.yml", "b.yml"].slice(0, i % 3) })) },
  { "key with \"quotes\"": "v", "": [0] },
];

describe("jsonParts (a report written in parts, never one string)", () => {
  it.each(values.map((v) => [JSON.stringify(v)?.slice(0, 40) ?? String(v), v]))("joins to JSON.stringify(value, null, 2): %s", (_, value) => {
    expect([...jsonParts(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("writes a LazyArray as the array it maps to, making each item only as it is written", () => {
    const made: number[] = [];
    const lazy = new LazyArray([1, 2, 3], (n) => {
      made.push(n);
      return { n, twice: [n, n] };
    });
    const parts = jsonParts({ items: lazy, empty: new LazyArray([], (n: number) => n) });
    const first = parts.next().value;
    expect(made).toEqual([]);
    expect(first + [...parts].join("")).toBe(JSON.stringify({ items: [1, 2, 3].map((n) => ({ n, twice: [n, n] })), empty: [] }, null, 2));
    expect(made).toEqual([1, 2, 3]);
  });

  it("never splits a string, so each part (and each piece of parts) can be redacted on its own", () => {
    const secret = "ghp_" + "x".repeat(36);
    const parts = [...jsonParts({ errors: Array.from({ length: 2000 }, (_, i) => `repo ${i}: bad credentials ${secret}`) })];
    expect(parts.filter((p) => p.includes(secret))).toHaveLength(2000);
    const pieces = [...inLines(parts, 1000)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("\n")).toBe(parts.join(""));
    expect(pieces.reduce((n, p) => n + p.split(secret).length - 1, 0)).toBe(2000);
  });
});
