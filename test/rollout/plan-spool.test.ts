import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeTree, TreeBuffers } from "../../src/github/encode-tree.js";
import { PlanSpool } from "../../src/rollout/plan-spool.js";

describe("PlanSpool (plans kept on disk from the planning pass to the writing pass)", () => {
  it("gives a plan back once, with its tree's bytes, only for the tree it was made for; close removes the file", () => {
    const buffers = new TreeBuffers();
    const spool = PlanSpool.open<{ body: string; fromVersion: string | null }>()!;
    const changes = (n: number) => [{ path: `deploy/${n}.yml`, content: `name: ✓ ${n}\n`.repeat(5_000), executable: false }];
    const expected = new Map<string, Buffer>();
    for (let i = 0; i < 20; i++) {
      const tree = encodeTree(`${i}`.repeat(40).slice(0, 40), changes(i), buffers);
      expected.set(`acme/r${i}`, Buffer.from(tree.bytes));
      spool.put(`acme/r${i}`, `tree-${i}`, { meta: { body: `PR ${i}`, fromVersion: i % 2 ? null : "1.0.0" }, tree });
    }
    for (const i of [7, 0, 19]) {
      const plan = spool.take(`ACME/r${i}`, `tree-${i}`, buffers)!;
      expect(plan.meta).toEqual({ body: `PR ${i}`, fromVersion: i % 2 ? null : "1.0.0" });
      expect(Buffer.from(plan.tree.bytes).equals(expected.get(`acme/r${i}`)!)).toBe(true);
      plan.tree.release();
      expect(spool.take(`acme/r${i}`, `tree-${i}`, buffers)).toBeUndefined();
    }
    // The branch moved: that plan is not used, and not kept.
    expect(spool.take("acme/r3", "tree-moved", buffers)).toBeUndefined();
    expect(spool.take("acme/r3", "tree-3", buffers)).toBeUndefined();
    expect(existsSync(spool.dir)).toBe(true);
    spool.close();
    expect(existsSync(spool.dir)).toBe(false);
  });
});
