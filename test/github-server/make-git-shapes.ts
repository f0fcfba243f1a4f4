import type { ListedEntry } from "./edit-tree.js";
import type { CommitObject, TagObject } from "./git-objects.js";
import type { RepoState } from "./repo-state.js";
import type { Urls } from "./make-user.js";

function repoUrl(urls: Urls, repo: RepoState): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`;
}

/** GitHub's `git-commit` shape. */
export function makeGitCommit(urls: Urls, repo: RepoState, commit: CommitObject): Record<string, unknown> {
  const base = repoUrl(urls, repo);
  return {
    sha: commit.sha,
    node_id: Buffer.from(`06:Commit${commit.sha}`).toString("base64"),
    url: `${base}/git/commits/${commit.sha}`,
    html_url: `${urls.html}/${repo.fullName}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${base}/git/commits/${sha}`,
      html_url: `${urls.html}/${repo.fullName}/commit/${sha}`,
    })),
    verification: {
      verified: false,
      reason: "unsigned",
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

/** GitHub's `git-tree` shape; `entries` are full paths when listed recursively. */
export function makeGitTree(urls: Urls, repo: RepoState, sha: string, entries: readonly ListedEntry[]) {
  const base = repoUrl(urls, repo);
  return {
    sha,
    url: `${base}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      url: `${base}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
    })),
  };
}

/** GitHub's `git-ref` shape for `refs/heads/...`. */
/** A ref names a commit, or for an annotated tag, the tag object (`git/tags/{sha}` peels it). */
export function makeGitRef(urls: Urls, repo: RepoState, ref: string, sha: string, type: "commit" | "tag" = "commit"): Record<string, unknown> {
  const base = repoUrl(urls, repo);
  return {
    ref,
    node_id: Buffer.from(`03:Ref${repo.id}:${ref}`).toString("base64"),
    url: `${base}/git/${ref}`,
    object: { type, sha, url: `${base}/git/${type}s/${sha}` },
  };
}

export function makeGitTag(urls: Urls, repo: RepoState, tag: TagObject): Record<string, unknown> {
  const base = repoUrl(urls, repo);
  return {
    node_id: Buffer.from(`04:Tag${tag.sha}`).toString("base64"),
    tag: tag.tag,
    sha: tag.sha,
    url: `${base}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { type: tag.type, sha: tag.object, url: `${base}/git/commits/${tag.object}` },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export function makeBlob(urls: Urls, repo: RepoState, sha: string, content: Buffer): Record<string, unknown> {
  return {
    sha,
    node_id: Buffer.from(`04:Blob${sha}`).toString("base64"),
    url: `${repoUrl(urls, repo)}/git/blobs/${sha}`,
    size: content.length,
    content: content.toString("base64"),
    encoding: "base64",
  };
}

/** One entry of GET contents: a `content-file` when `content` is given, else a directory item. */
export function makeContentEntry(urls: Urls, repo: RepoState, ref: string, entry: ListedEntry, content?: Buffer) {
  const base = repoUrl(urls, repo);
  const self = `${base}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const git = `${base}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`;
  const html = `${urls.html}/${repo.fullName}/${entry.type === "tree" ? "tree" : "blob"}/${ref}/${entry.path}`;
  return {
    type: entry.type === "tree" ? "dir" : entry.type === "commit" ? "submodule" : "file",
    size: entry.size ?? 0,
    name: entry.path.split("/").pop()!,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: entry.type === "blob" ? `${urls.html}/${repo.fullName}/raw/${ref}/${entry.path}` : null,
    _links: { self, git, html },
    ...(content === undefined ? {} : { content: content.toString("base64"), encoding: "base64" }),
  };
}

export function makeShortBranch(urls: Urls, repo: RepoState, name: string, sha: string): Record<string, unknown> {
  return {
    name,
    commit: { sha, url: `${repoUrl(urls, repo)}/commits/${sha}` },
    protected: false,
  };
}
