import { createHash } from "node:crypto";

/** Tree entry modes as the REST API spells them (git itself writes trees as `40000`). */
export type EntryMode = "100644" | "100755" | "040000" | "160000" | "120000";
export type EntryType = "blob" | "tree" | "commit";

export interface TreeEntry {
  readonly name: string;
  readonly mode: EntryMode;
  readonly type: EntryType;
  readonly sha: string;
}

export interface Signature {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 without milliseconds, e.g. `2026-01-01T00:00:00Z`. */
  readonly date: string;
}

export interface CommitObject {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: Signature;
  readonly committer: Signature;
}

/** An annotated tag: a git object naming another object (here always a commit), as `git tag -a` writes it. */
export interface TagObject {
  readonly sha: string;
  readonly tag: string;
  readonly object: string;
  readonly type: "commit";
  readonly message: string;
  readonly tagger: Signature;
}

/** SHA-1 of the empty tree, the same in every git repository. */
export const EMPTY_TREE_SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

function hashObject(type: "blob" | "tree" | "commit" | "tag", body: Buffer): string {
  return createHash("sha1").update(`${type} ${body.length}\0`).update(body).digest("hex");
}

/** `git hash-object` of a file's bytes (strings are taken as UTF-8). */
export function blobSha(content: string | Buffer): string {
  return hashObject("blob", typeof content === "string" ? Buffer.from(content, "utf8") : content);
}

// Git sorts tree entries bytewise, comparing a subtree as if its name ended in "/".
function sortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.type === "tree" ? `${entry.name}/` : entry.name, "utf8");
}

export function sortTreeEntries(entries: readonly TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
}

export function serializeTree(entries: readonly TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of sortTreeEntries(entries)) {
    const mode = entry.mode === "040000" ? "40000" : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`, "utf8"), Buffer.from(entry.sha, "hex"));
  }
  return Buffer.concat(parts);
}

function signatureLine(role: string, sig: Signature): string {
  const seconds = Math.floor(Date.parse(sig.date) / 1000);
  return `${role} ${sig.name} <${sig.email}> ${seconds} +0000`;
}

export function serializeCommit(commit: Omit<CommitObject, "sha">): Buffer {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(signatureLine("author", commit.author), signatureLine("committer", commit.committer));
  return Buffer.from(`${lines.join("\n")}\n\n${commit.message}`, "utf8");
}

export function serializeTag(tag: Omit<TagObject, "sha">): Buffer {
  const lines = [`object ${tag.object}`, `type ${tag.type}`, `tag ${tag.tag}`, signatureLine("tagger", tag.tagger)];
  return Buffer.from(`${lines.join("\n")}\n\n${tag.message}`, "utf8");
}

/**
 * Content-addressed object database shared by all repositories of one server:
 * identical baseline files across thousands of repos are stored once.
 */
export class ObjectStore {
  private readonly blobs = new Map<string, Buffer>();
  private readonly trees = new Map<string, readonly TreeEntry[]>();
  private readonly commits = new Map<string, CommitObject>();
  private readonly tags = new Map<string, TagObject>();

  constructor() {
    this.trees.set(EMPTY_TREE_SHA, []);
  }

  putBlob(content: string | Buffer): string {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const sha = hashObject("blob", bytes);
    if (!this.blobs.has(sha)) this.blobs.set(sha, bytes);
    return sha;
  }

  putTree(entries: readonly TreeEntry[]): string {
    const sorted = sortTreeEntries(entries);
    const sha = hashObject("tree", serializeTree(sorted));
    if (!this.trees.has(sha)) this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(commit: Omit<CommitObject, "sha">): CommitObject {
    const sha = hashObject("commit", serializeCommit(commit));
    const existing = this.commits.get(sha);
    if (existing) return existing;
    const stored: CommitObject = { ...commit, sha };
    this.commits.set(sha, stored);
    return stored;
  }

  putTag(tag: Omit<TagObject, "sha">): TagObject {
    const sha = hashObject("tag", serializeTag(tag));
    const stored = this.tags.get(sha) ?? { ...tag, sha };
    this.tags.set(sha, stored);
    return stored;
  }

  tag(sha: string): TagObject | undefined {
    return this.tags.get(sha);
  }

  blob(sha: string): Buffer | undefined {
    return this.blobs.get(sha);
  }

  tree(sha: string): readonly TreeEntry[] | undefined {
    return this.trees.get(sha);
  }

  commit(sha: string): CommitObject | undefined {
    return this.commits.get(sha);
  }

  typeOf(sha: string): EntryType | undefined {
    if (this.blobs.has(sha)) return "blob";
    if (this.trees.has(sha)) return "tree";
    if (this.commits.has(sha)) return "commit";
    return undefined;
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }
}
