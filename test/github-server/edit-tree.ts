import { type EntryMode, type EntryType, type ObjectStore, type TreeEntry } from "./git-objects.js";

/** One entry of a createTree request after its content was written as a blob; `sha: null` deletes. */
export interface TreeEdit {
  readonly path: string;
  readonly mode: EntryMode;
  readonly type: EntryType;
  readonly sha: string | null;
}

export interface ListedEntry {
  readonly path: string;
  readonly mode: EntryMode;
  readonly type: EntryType;
  readonly sha: string;
  readonly size?: number;
}

export class TreeEditError extends Error {}

/**
 * Applies edits on top of `baseTree` (or an empty tree) the way GitHub's createTree does:
 * paths may be nested, `sha: null` removes an entry, and directories left empty disappear.
 */
export function applyTreeEdits(store: ObjectStore, baseTree: string | undefined, edits: readonly TreeEdit[]): string {
  return buildLevel(store, baseTree, edits) ?? store.putTree([]);
}

function buildLevel(store: ObjectStore, baseTree: string | undefined, edits: readonly TreeEdit[]): string | undefined {
  const entries = new Map<string, TreeEntry>();
  if (baseTree !== undefined) {
    const base = store.tree(baseTree);
    if (!base) throw new TreeEditError(`base_tree ${baseTree} is not a tree`);
    for (const entry of base) entries.set(entry.name, entry);
  }
  const nested = new Map<string, TreeEdit[]>();
  for (const edit of edits) {
    const slash = edit.path.indexOf("/");
    if (slash === -1) {
      applyDirect(entries, edit);
      continue;
    }
    const dir = edit.path.slice(0, slash);
    const rest = { ...edit, path: edit.path.slice(slash + 1) };
    nested.set(dir, [...(nested.get(dir) ?? []), rest]);
  }
  for (const [dir, subEdits] of nested) {
    const existing = entries.get(dir);
    const subBase = existing?.type === "tree" ? existing.sha : undefined;
    const sub = buildLevel(store, subBase, subEdits);
    if (sub === undefined) entries.delete(dir);
    else entries.set(dir, { name: dir, mode: "040000", type: "tree", sha: sub });
  }
  if (entries.size === 0) return undefined;
  return store.putTree([...entries.values()]);
}

function applyDirect(entries: Map<string, TreeEntry>, edit: TreeEdit): void {
  if (edit.path === "" || edit.path === "." || edit.path === "..") {
    throw new TreeEditError(`tree.path ${JSON.stringify(edit.path)} is invalid`);
  }
  if (edit.sha === null) entries.delete(edit.path);
  else
    entries.set(edit.path, {
      name: edit.path,
      mode: edit.mode,
      type: edit.type,
      sha: edit.sha,
    });
}

/** Lists a tree like `git ls-tree -r -t`: every blob and, when recursive, every subtree too. */
export function listTree(store: ObjectStore, treeSha: string, recursive: boolean): ListedEntry[] {
  const out: ListedEntry[] = [];
  const walk = (sha: string, prefix: string): void => {
    for (const entry of store.tree(sha) ?? []) {
      const path = prefix + entry.name;
      const size = entry.type === "blob" ? store.blob(entry.sha)?.length : undefined;
      out.push({
        path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        ...(size === undefined ? {} : { size }),
      });
      if (recursive && entry.type === "tree") walk(entry.sha, `${path}/`);
    }
  };
  walk(treeSha, "");
  return out;
}

/** The entry at `path` inside a tree, or undefined; `""` is the root tree itself. */
export function findEntry(store: ObjectStore, treeSha: string, path: string): TreeEntry | undefined {
  if (path === "") return { name: "", mode: "040000", type: "tree", sha: treeSha };
  let current: TreeEntry | undefined;
  let tree: string | undefined = treeSha;
  for (const part of path.split("/")) {
    if (tree === undefined) return undefined;
    current = store.tree(tree)?.find((entry) => entry.name === part);
    if (!current) return undefined;
    tree = current.type === "tree" ? current.sha : undefined;
  }
  return current;
}
