import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTreeEdits, findEntry, listTree, type TreeEdit } from "./edit-tree.js";
import { blobSha, EMPTY_TREE_SHA, ObjectStore } from "./git-objects.js";

// Real git is the reference: our SHAs must be the ones git computes for the same content.
let dir: string;
const git = (args: string[], input?: string | Buffer, env: Record<string, string> = {}): string =>
  execFileSync("git", args, {
    cwd: dir,
    input,
    env: { ...process.env, ...env },
  })
    .toString("utf8")
    .trim();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "github-server-git-"));
  git(["init", "-q"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<string, { content: string | Buffer; mode: "100644" | "100755" }> = {
  "README.md": { content: "# hello\n", mode: "100644" },
  "a-b.txt": { content: "dash sorts before slash\n", mode: "100644" },
  "a/b.txt": { content: "nested\n", mode: "100644" },
  "a/c/d.yml": { content: "on: push\n", mode: "100644" },
  "bin/run.sh": { content: "#!/bin/sh\necho ünïcødé\n", mode: "100755" },
  "empty.txt": { content: "", mode: "100644" },
  "logo.bin": { content: Buffer.from([0, 1, 2, 255, 254, 0]), mode: "100644" },
};

function ourTree(store: ObjectStore): string {
  const edits: TreeEdit[] = Object.entries(FILES).map(([path, file]) => ({
    path,
    mode: file.mode,
    type: "blob",
    sha: store.putBlob(file.content),
  }));
  return applyTreeEdits(store, undefined, edits);
}

describe("git object hashing", () => {
  it("blob SHAs equal git hash-object's, for text, empty, unicode and binary content", () => {
    for (const file of Object.values(FILES)) {
      expect(blobSha(file.content)).toBe(git(["hash-object", "--stdin"], file.content));
    }
  });

  it("a nested tree equals git write-tree's, including executable modes and git's sort order", () => {
    for (const [path, file] of Object.entries(FILES)) {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, file.content);
      if (file.mode === "100755") chmodSync(full, 0o755);
    }
    git(["add", "-A"]);
    expect(ourTree(new ObjectStore())).toBe(git(["write-tree"]));
  });

  it("a commit equals git commit-tree's for the same tree, parents, people and dates", () => {
    const store = new ObjectStore();
    const tree = ourTree(store);
    const people = {
      name: "Ada Lovelace",
      email: "ada@example.com",
      date: "2026-01-02T03:04:05Z",
    };
    const env = {
      GIT_AUTHOR_NAME: people.name,
      GIT_AUTHOR_EMAIL: people.email,
      GIT_AUTHOR_DATE: "@1767323045 +0000",
      GIT_COMMITTER_NAME: people.name,
      GIT_COMMITTER_EMAIL: people.email,
      GIT_COMMITTER_DATE: "@1767323045 +0000",
    };
    const root = store.putCommit({
      tree,
      parents: [],
      message: "first\n",
      author: people,
      committer: people,
    });
    expect(root.sha).toBe(git(["commit-tree", tree], "first\n", env));
    const child = store.putCommit({
      tree,
      parents: [root.sha],
      message: "second\n",
      author: people,
      committer: people,
    });
    expect(child.sha).toBe(git(["commit-tree", tree, "-p", root.sha], "second\n", env));
    expect(store.isAncestor(root.sha, child.sha)).toBe(true);
    expect(store.isAncestor(child.sha, root.sha)).toBe(false);
  });

  it("an annotated tag equals git tag -a's for the same commit, tagger and date", () => {
    const store = new ObjectStore();
    const tree = ourTree(store);
    const ada = { name: "Ada Lovelace", email: "ada@example.com", date: "2026-01-02T03:04:05Z" };
    const env = { GIT_AUTHOR_NAME: ada.name, GIT_AUTHOR_EMAIL: ada.email, GIT_AUTHOR_DATE: "@1767323045 +0000", GIT_COMMITTER_NAME: ada.name, GIT_COMMITTER_EMAIL: ada.email, GIT_COMMITTER_DATE: "@1767323045 +0000" };
    const commit = store.putCommit({ tree, parents: [], message: "tagged\n", author: ada, committer: ada });
    expect(git(["commit-tree", tree], "tagged\n", env)).toBe(commit.sha);
    const tag = store.putTag({ tag: "v1.0.0", object: commit.sha, type: "commit", message: "Release v1.0.0\n", tagger: ada });
    git(["tag", "-a", "v1.0.0", commit.sha, "-m", "Release v1.0.0"], undefined, env);
    expect(tag.sha).toBe(git(["rev-parse", "refs/tags/v1.0.0"]));
    expect(store.tag(tag.sha)?.object).toBe(commit.sha);
  });

  it("knows the empty tree", () => {
    expect(new ObjectStore().putTree([])).toBe(EMPTY_TREE_SHA);
    expect(EMPTY_TREE_SHA).toBe(git(["hash-object", "-t", "tree", "--stdin"], ""));
  });
});

describe("tree edits", () => {
  it("merges onto a base tree, deletes with sha null and drops directories left empty", () => {
    const store = new ObjectStore();
    const base = ourTree(store);
    const changed = applyTreeEdits(store, base, [
      { path: "a/c/d.yml", mode: "100644", type: "blob", sha: null },
      { path: "a/b.txt", mode: "100644", type: "blob", sha: null },
      {
        path: "docs/new.md",
        mode: "100644",
        type: "blob",
        sha: store.putBlob("new\n"),
      },
      {
        path: "README.md",
        mode: "100644",
        type: "blob",
        sha: store.putBlob("# changed\n"),
      },
    ]);
    const paths = listTree(store, changed, true).map((entry) => `${entry.mode} ${entry.path}`);
    expect(paths).toEqual([
      "100644 README.md",
      "100644 a-b.txt",
      "040000 bin",
      "100755 bin/run.sh",
      "040000 docs",
      "100644 docs/new.md",
      "100644 empty.txt",
      "100644 logo.bin",
    ]);
    expect(findEntry(store, changed, "a")).toBeUndefined();
    // Untouched subtrees keep their SHA: the base was really merged, not rebuilt.
    expect(findEntry(store, changed, "bin")!.sha).toBe(findEntry(store, base, "bin")!.sha);
  });

  it("gives the same SHA whatever order the entries arrive in", () => {
    const store = new ObjectStore();
    const edits = Object.entries(FILES).map(([path, file]) => ({
      path,
      mode: file.mode,
      type: "blob" as const,
      sha: store.putBlob(file.content),
    }));
    expect(applyTreeEdits(store, undefined, [...edits].reverse())).toBe(applyTreeEdits(store, undefined, edits));
  });
});
