import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { treeShaAfter, type TreeChange, type TreeEntry } from "../../src/github/tree-sha.js";

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

/** Writes files into a fresh git index and returns the tree SHA git computes, plus `git ls-tree -r -t` as a listing. */
function realTree(files: Record<string, { content: string; exec?: boolean }>): { sha: string; entries: TreeEntry[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "tree-sha-"));
  git(dir, "init", "-q");
  for (const [path, f] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), f.content);
    if (f.exec) chmodSync(join(dir, path), 0o755);
  }
  git(dir, "add", "-A");
  const sha = git(dir, "write-tree");
  const entries = git(dir, "ls-tree", "-r", "-t", sha)
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split("\t") as [string, string];
      const [mode, type, objectSha] = meta.split(" ") as [string, TreeEntry["type"], string];
      // GitHub's API spells tree modes with a leading zero, as here.
      return { path, mode: type === "tree" ? "040000" : mode, type, sha: objectSha };
    });
  return { sha, entries, dir };
}

describe("treeShaAfter (the root tree SHA GitHub answers for createTree with base_tree)", () => {
  const base = {
    "README.md": { content: "# app\n" },
    "src/index.ts": { content: "export {};\n" },
    "src/lib/a.ts": { content: "a\n" },
    "src/lib-b.ts": { content: "dash sorts before slash\n" },
    "scripts/run.sh": { content: "#!/bin/sh\n", exec: true },
    "docs/only.md": { content: "alone\n" },
  };

  it("equals git's tree SHA with no changes", () => {
    const { sha, entries, dir } = realTree(base);
    expect(treeShaAfter(entries, [])).toBe(sha);
    rmSync(dir, { recursive: true });
  });

  it("equals git's tree SHA after adds in new nested folders, edits, mode changes and deletes that empty a folder", () => {
    const before = realTree(base);
    const changes: TreeChange[] = [
      { path: ".github/workflows/ci.yml", content: "name: ci\n", executable: false },
      { path: "src/lib/a.ts", content: "a2\n", executable: false },
      { path: "scripts/new.sh", content: "#!/bin/sh\necho\n", executable: true },
      { path: "README.md", content: "# app\n", executable: true },
      { path: "docs/only.md", content: null, executable: false },
    ];
    const after = realTree({
      ...Object.fromEntries(Object.entries(base).filter(([p]) => p !== "docs/only.md")),
      ".github/workflows/ci.yml": { content: "name: ci\n" },
      "src/lib/a.ts": { content: "a2\n" },
      "scripts/new.sh": { content: "#!/bin/sh\necho\n", exec: true },
      "README.md": { content: "# app\n", exec: true },
    });
    expect(treeShaAfter(before.entries, changes)).toBe(after.sha);
    expect(treeShaAfter(before.entries, changes)).not.toBe(before.sha);
    rmSync(before.dir, { recursive: true });
    rmSync(after.dir, { recursive: true });
  });
});
