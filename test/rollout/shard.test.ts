import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/rollout/shard.js";

const repoName = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/)).map(([o, n]) => `${o}/${n}`);

describe("--shard i/n", () => {
  it("partitions any list exactly: every repository in one shard, no repository in two", () => {
    fc.assert(
      fc.property(fc.uniqueArray(repoName, { maxLength: 200, selector: (s) => s.toLowerCase() }), fc.integer({ min: 1, max: 32 }), (names, n) => {
        const seen = new Map<string, number>();
        for (let i = 1; i <= n; i++) {
          for (const name of names) if (inShard(name, { index: i, count: n })) seen.set(name, (seen.get(name) ?? 0) + 1);
        }
        expect(seen.size).toBe(names.length);
        expect([...seen.values()].every((c) => c === 1)).toBe(true);
      }),
    );
  });

  it("depends only on the name (case-insensitive), not on the rest of the list", () => {
    fc.assert(
      fc.property(repoName, fc.integer({ min: 1, max: 64 }), (name, n) => {
        expect(shardOf(name, n)).toBe(shardOf(name.toUpperCase(), n));
        expect(shardOf(name, n)).toBeGreaterThanOrEqual(1);
        expect(shardOf(name, n)).toBeLessThanOrEqual(n);
      }),
    );
  });

  it("spreads names roughly evenly", () => {
    const counts = new Array(8).fill(0) as number[];
    for (let i = 0; i < 8000; i++) counts[shardOf(`acme/repo-${i}`, 8) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it("rejects malformed shards with the expected form", () => {
    expect(parseShard("3/20")).toEqual({ index: 3, count: 20 });
    for (const bad of ["0/3", "4/3", "3", "a/b", "1/0"]) expect(() => parseShard(bad)).toThrow(/i\/n/);
  });
});
