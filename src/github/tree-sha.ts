import { createHash } from "node:crypto";
import { gitBlobSha } from "../synth/git-blob.js";

/** One entry of a recursive tree listing (`GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`). */
export interface TreeEntry {
  readonly path: string;
  readonly mode: string;
  readonly type: "blob" | "tree" | "commit";
  readonly sha: string;
  readonly size?: number;
}

/** A file written (`content`) or removed (`content: null`) by the commit we build. */
export interface TreeChange {
  readonly path: string;
  readonly content: string | null;
  readonly executable: boolean;
}

interface Child {
  mode: string;
  sha: string;
  isTree: boolean;
}

/**
 * The root tree SHA git would compute after applying `changes` to a full recursive listing — the same
 * SHA GitHub answers for `createTree` with `base_tree`. Knowing it locally lets a re-run see that the
 * resync branch already holds exactly this content, without writing a tree to find out.
 */
export function treeShaAfter(entries: Iterable<TreeEntry>, changes: readonly TreeChange[]): string {
  const dirs = new Map<string, Map<string, Child>>([["", new Map()]]);
  const listedTreeSha = new Map<string, string>();
  const dirOf = (dir: string) => {
    let children = dirs.get(dir);
    if (!children) dirs.set(dir, (children = new Map()));
    return children;
  };
  for (const entry of entries) {
    const { parent, name } = split(entry.path);
    if (entry.type === "tree") {
      listedTreeSha.set(entry.path, entry.sha);
      dirOf(entry.path);
      dirOf(parent).set(name, { mode: "40000", sha: entry.sha, isTree: true });
    } else {
      dirOf(parent).set(name, { mode: entry.mode, sha: entry.sha, isTree: false });
    }
  }

  const dirty = new Set<string>([""]);
  const markDirty = (dir: string) => {
    for (let d = dir; ; d = split(d).parent) {
      dirty.add(d);
      if (d === "") break;
    }
  };
  for (const change of changes) {
    const { parent, name } = split(change.path);
    markDirty(parent);
    if (change.content === null) {
      dirs.get(parent)?.delete(name);
      continue;
    }
    // Make sure every directory on the way exists and is linked from its parent.
    for (let d = parent; d !== ""; d = split(d).parent) {
      const up = split(d);
      dirOf(d);
      if (!dirOf(up.parent).has(up.name)) dirOf(up.parent).set(up.name, { mode: "40000", sha: "", isTree: true });
    }
    dirOf(parent).set(name, { mode: change.executable ? "100755" : "100644", sha: gitBlobSha(change.content), isTree: false });
  }

  // Deepest directories first, so a parent sees its children's new SHAs; empty trees vanish as in git.
  const order = [...dirty].sort((a, b) => depth(b) - depth(a));
  const computed = new Map<string, string | null>();
  for (const dir of order) {
    const children = dirs.get(dir) ?? new Map<string, Child>();
    for (const [name, child] of children) {
      if (!child.isTree) continue;
      const path = dir === "" ? name : `${dir}/${name}`;
      if (computed.has(path)) {
        const sha = computed.get(path)!;
        if (sha === null) children.delete(name);
        else child.sha = sha;
      } else if (!child.sha) {
        child.sha = listedTreeSha.get(path) ?? "";
      }
    }
    computed.set(dir, children.size === 0 && dir !== "" ? null : hashTree(children));
  }
  return computed.get("")!;
}

function hashTree(children: Map<string, Child>): string {
  const sorted = [...children].sort(([a, x], [b, y]) => Buffer.compare(Buffer.from(x.isTree ? `${a}/` : a), Buffer.from(y.isTree ? `${b}/` : b)));
  const parts = sorted.map(([name, child]) => Buffer.concat([Buffer.from(`${child.mode} ${name}\0`), Buffer.from(child.sha, "hex")]));
  const body = Buffer.concat(parts);
  return createHash("sha1").update(`tree ${body.length}\0`).update(body).digest("hex");
}

function split(path: string): { parent: string; name: string } {
  const at = path.lastIndexOf("/");
  return at < 0 ? { parent: "", name: path } : { parent: path.slice(0, at), name: path.slice(at + 1) };
}

function depth(dir: string): number {
  return dir === "" ? 0 : dir.split("/").length;
}
