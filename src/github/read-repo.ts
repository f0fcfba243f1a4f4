import type { GitHub } from "./client.js";
import { readIfChanged } from "./conditional.js";
import type { TreeEntry } from "./tree-sha.js";

export interface RepoRef {
  readonly owner: string;
  readonly name: string;
}

/** What target listing and planning need to know about a repository. */
export interface RepoInfo extends RepoRef {
  readonly defaultBranch: string;
  readonly archived: boolean;
  readonly fork: boolean;
  /** GitHub reports size 0 for a repository without commits. */
  readonly empty: boolean;
  readonly topics: readonly string[];
}

/** A tree as one recursive listing. */
export interface TreeSnapshot {
  readonly treeSha: string;
  readonly entries: ReadonlyMap<string, TreeEntry>;
  /** GitHub cuts recursive listings at 100,000 entries or 7 MB. */
  readonly truncated: boolean;
  /** The listing's validator, for a conditional read next time. */
  readonly etag?: string;
}

/** The default branch as one consistent snapshot: its head commit and the full recursive listing. */
export interface BranchSnapshot extends TreeSnapshot {
  readonly headSha: string;
}

export const fullName = (repo: RepoRef): string => `${repo.owner}/${repo.name}`;

interface RepoPayload {
  name: string;
  owner: { login: string };
  default_branch?: string;
  archived?: boolean;
  fork: boolean;
  size?: number;
  topics?: string[];
}

export function toRepoInfo(data: RepoPayload): RepoInfo {
  return {
    owner: data.owner.login,
    name: data.name,
    defaultBranch: data.default_branch ?? "main",
    archived: data.archived ?? false,
    fork: data.fork,
    empty: data.size === 0,
    topics: data.topics ?? [],
  };
}

export async function getRepoInfo(github: GitHub, repo: RepoRef): Promise<RepoInfo> {
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.name });
  return toRepoInfo(data);
}

/** Two reads: the branch's head commit, then that commit's tree (so both describe the same moment). */
export async function readBranch(github: GitHub, repo: RepoRef, branch: string): Promise<BranchSnapshot> {
  const ref = await github.rest.git.getRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  const headSha = ref.data.object.sha;
  return { headSha, ...(await readTree(github, repo, headSha))! };
}

/**
 * One read: the recursive tree of a commit, tree or branch name (GitHub resolves names). With `etag`,
 * a conditional read: `undefined` when the listing is unchanged (a 304, free of rate limit).
 */
export async function readTree(github: GitHub, repo: RepoRef, treeish: string, etag?: string): Promise<TreeSnapshot | undefined> {
  const tree = await readIfChanged(etag, (headers) => github.rest.git.getTree({ owner: repo.owner, repo: repo.name, tree_sha: treeish, recursive: "1", headers }));
  if (tree === undefined) return undefined;
  const entries = new Map<string, TreeEntry>();
  for (const e of tree.data.tree) {
    if (e.path === undefined || e.sha === undefined || e.mode === undefined) continue;
    const type = e.type === "tree" || e.type === "commit" ? e.type : "blob";
    entries.set(e.path, { path: e.path, mode: e.mode, type, sha: e.sha, ...(e.size === undefined ? {} : { size: e.size }) });
  }
  return { treeSha: tree.data.sha, entries, truncated: tree.data.truncated, ...(tree.etag ? { etag: tree.etag } : {}) };
}

/**
 * Blob contents by SHA. Content-addressed, so one cache serves every repository of a run (the same
 * `.gitattributes` or config in fifty repos is downloaded once); bounded so a large run stays small.
 */
export class BlobReader {
  private readonly cache = new Map<string, string>();
  /** Downloads under way: repositories of one stack ask for the same blob at once, and it is read once. */
  private readonly pending = new Map<string, Promise<string>>();
  private cachedBytes = 0;

  constructor(private readonly maxCachedBytes = 8 * 1024 * 1024) {}

  /** A blob already in memory, without a wait (planning renders and plans in one step from these). */
  peek(sha: string): string | undefined {
    return this.cache.get(sha);
  }

  /** @param onRequest told when the blob is really downloaded (not a cache hit), for call counting. */
  async read(github: GitHub, repo: RepoRef, sha: string, onRequest?: () => void): Promise<string> {
    const hit = this.cache.get(sha);
    if (hit !== undefined) {
      // Refresh its place: Map iteration order is insertion order, so this makes it most recent.
      this.cache.delete(sha);
      this.cache.set(sha, hit);
      return hit;
    }
    const under = this.pending.get(sha);
    // Another repository's download failing (its identity may not see the blob) is no answer for this one.
    if (under !== undefined) return under.catch(() => this.read(github, repo, sha, onRequest));
    onRequest?.();
    const download = this.download(github, repo, sha).finally(() => this.pending.delete(sha));
    this.pending.set(sha, download);
    return download;
  }

  private async download(github: GitHub, repo: RepoRef, sha: string): Promise<string> {
    const { data } = await github.rest.git.getBlob({ owner: repo.owner, repo: repo.name, file_sha: sha });
    const text = data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
    this.remember(sha, text);
    return text;
  }

  private remember(sha: string, text: string): void {
    if (text.length > this.maxCachedBytes / 4) return;
    this.cache.set(sha, text);
    this.cachedBytes += text.length;
    for (const [oldest, value] of this.cache) {
      if (this.cachedBytes <= this.maxCachedBytes) break;
      this.cache.delete(oldest);
      this.cachedBytes -= value.length;
    }
  }
}
