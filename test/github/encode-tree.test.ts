import { describe, expect, it } from "vitest";
import { encodeTree, TreeBuffers } from "../../src/github/encode-tree.js";

describe("encodeTree (a commit's tree, encoded once the plan is made)", () => {
  it("is the JSON GitHub's createTree takes: inline files, executables 100755, deletions sha null", () => {
    const changes = [
      { path: "deploy/run.sh", content: "#!/bin/sh\necho ✓ ä\n", executable: true },
      { path: ".github/workflows/ci.yml", content: "name: ci\n".repeat(20_000), executable: false },
      { path: "old.yml", content: null, executable: false },
    ];
    const tree = encodeTree("a".repeat(40), changes, new TreeBuffers());
    expect(JSON.parse(Buffer.from(tree.bytes).toString("utf8"))).toEqual({
      base_tree: "a".repeat(40),
      tree: [
        { path: "deploy/run.sh", mode: "100755", type: "blob", content: "#!/bin/sh\necho ✓ ä\n" },
        { path: ".github/workflows/ci.yml", mode: "100644", type: "blob", content: "name: ci\n".repeat(20_000) },
        { path: "old.yml", mode: "100644", type: "blob", sha: null },
      ],
    });
  });

  it("reuses a released tree's buffer for the next tree, and never lends one buffer twice", () => {
    const buffers = new TreeBuffers();
    const first = encodeTree("b".repeat(40), [{ path: "a.txt", content: "x".repeat(100_000), executable: false }], buffers);
    const second = encodeTree("b".repeat(40), [{ path: "b.txt", content: "y", executable: false }], buffers);
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    first.release();
    first.release();
    const third = encodeTree("c".repeat(40), [{ path: "c.txt", content: "z".repeat(50_000), executable: false }], buffers);
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
    const fourth = encodeTree("c".repeat(40), [{ path: "d.txt", content: "w", executable: false }], buffers);
    expect(fourth.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(JSON.parse(Buffer.from(third.bytes).toString()).tree[0].content).toBe("z".repeat(50_000));
  });
});
