import { applyTreeEdits, listTree, TreeEditError, type TreeEdit } from "./edit-tree.js";
import type { EntryMode, EntryType, Signature } from "./git-objects.js";
import { makeBlob, makeGitCommit, makeGitRef, makeGitTag, makeGitTree } from "./make-git-shapes.js";
import { isoSeconds, type RepoState } from "./repo-state.js";
import {
  nonEmptyRepoOf,
  notFound,
  unprocessable,
  writableRepoOf,
  type HandlerContext,
  type Route,
} from "./route-types.js";

const BLOB_MODES = new Set(["100644", "100755", "120000"]);

interface TreeItem {
  path?: string;
  mode?: EntryMode;
  type?: EntryType;
  sha?: string | null;
  content?: string;
}

function treeEdit(ctx: HandlerContext, item: TreeItem): TreeEdit {
  const { path, mode, type } = item;
  if (!path || !mode || !type) throw unprocessable("Must supply a valid tree.path, tree.mode and tree.type");
  if (path.split("/").some((part) => part === "" || part === "." || part === ".." || part === ".git")) {
    throw unprocessable(`tree.path ${JSON.stringify(path)} contains a malformed path component`);
  }
  if ((type === "blob") !== BLOB_MODES.has(mode) || (type === "tree") !== (mode === "040000")) {
    throw unprocessable(`tree.mode ${mode} does not match tree.type ${type}`);
  }
  if (item.content !== undefined && item.sha !== undefined) {
    throw unprocessable("Must supply either tree.sha or tree.content. Request will be rejected if both are present.");
  }
  if (item.content !== undefined) {
    if (type !== "blob") throw unprocessable("tree.content is only valid for blobs");
    return { path, mode, type, sha: ctx.world.store.putBlob(item.content) };
  }
  if (item.sha === undefined) throw unprocessable("Must supply either tree.sha or tree.content.");
  if (item.sha !== null && type !== "commit" && ctx.world.store.typeOf(item.sha) !== type) {
    throw unprocessable(`tree.sha ${item.sha} is not a valid ${type}`);
  }
  return { path, mode, type, sha: item.sha };
}

function createTree(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const body = ctx.body as { tree: TreeItem[]; base_tree?: string };
  const edits = body.tree.map((item) => treeEdit(ctx, item));
  try {
    const sha = applyTreeEdits(ctx.world.store, body.base_tree, edits);
    return {
      status: 201,
      body: makeGitTree(ctx.world.urls, repo, sha, listTree(ctx.world.store, sha, false)),
    };
  } catch (error) {
    if (error instanceof TreeEditError) throw unprocessable(error.message);
    throw error;
  }
}

/** `tree_sha` may be a tree, a commit or a branch name, as on GitHub. */
function getTree(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const wanted = ctx.params["tree_sha"]!;
  const store = ctx.world.store;
  const commit = repo.resolveCommit(wanted);
  const sha = store.tree(wanted) ? wanted : commit === undefined ? undefined : store.commit(commit)?.tree;
  if (sha === undefined) throw notFound();
  const recursive = ctx.query["recursive"] !== undefined && ctx.query["recursive"] !== "false";
  return {
    status: 200,
    body: makeGitTree(ctx.world.urls, repo, sha, listTree(store, sha, recursive)),
  };
}

function createBlob(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const body = ctx.body as { content: string; encoding?: string };
  const bytes = Buffer.from(body.content, body.encoding === "base64" ? "base64" : "utf8");
  const sha = ctx.world.store.putBlob(bytes);
  return {
    status: 201,
    body: {
      sha,
      url: `${ctx.world.urls.api}/repos/${repo.fullName}/git/blobs/${sha}`,
    },
  };
}

function getBlob(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const sha = ctx.params["file_sha"]!;
  const content = ctx.world.store.blob(sha);
  if (!content) throw notFound();
  return { status: 200, body: makeBlob(ctx.world.urls, repo, sha, content) };
}

interface SignatureInput {
  name: string;
  email: string;
  date?: string;
}

function signature(input: SignatureInput | undefined, fallback: Signature): Signature {
  if (!input) return fallback;
  return {
    name: input.name,
    email: input.email,
    date: input.date ? isoSeconds(new Date(input.date)) : fallback.date,
  };
}

function createCommit(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const store = ctx.world.store;
  const body = ctx.body as {
    message: string;
    tree: string;
    parents?: string[];
    author?: SignatureInput;
    committer?: SignatureInput;
  };
  if (!store.tree(body.tree)) throw unprocessable("Tree SHA does not exist");
  for (const parent of body.parents ?? []) {
    if (!store.commit(parent)) throw unprocessable("Parent SHA does not exist or is not a commit object");
  }
  const bot: Signature = {
    name: "devops-baseline[bot]",
    email: "devops-baseline[bot]@users.noreply.github.com",
    date: isoSeconds(),
  };
  const author = signature(body.author, bot);
  const commit = store.putCommit({
    tree: body.tree,
    parents: body.parents ?? [],
    message: body.message,
    author,
    committer: signature(body.committer, author),
  });
  return { status: 201, body: makeGitCommit(ctx.world.urls, repo, commit) };
}

function getCommit(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const commit = ctx.world.store.commit(ctx.params["commit_sha"]!);
  if (!commit) throw notFound();
  return { status: 200, body: makeGitCommit(ctx.world.urls, repo, commit) };
}

function fullRef(ctx: HandlerContext): string {
  return `refs/${ctx.params["ref"]!.replace(/^refs\//, "")}`;
}

function getRef(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const ref = fullRef(ctx);
  const sha = repo.refs.get(ref);
  if (sha === undefined) throw notFound();
  return { status: 200, body: makeGitRef(ctx.world.urls, repo, ref, sha, objectType(ctx, sha)) };
}

const objectType = (ctx: HandlerContext, sha: string) => (ctx.world.store.tag(sha) ? "tag" : "commit");

function matchingRefs(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const prefix = fullRef(ctx);
  const refs = [...repo.refs].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
  return {
    status: 200,
    body: refs.map(([ref, sha]) => makeGitRef(ctx.world.urls, repo, ref, sha, objectType(ctx, sha))),
  };
}

function getTag(ctx: HandlerContext) {
  const repo = nonEmptyRepoOf(ctx);
  const tag = ctx.world.store.tag(ctx.params["tag_sha"]!);
  if (!tag) throw notFound();
  return { status: 200, body: makeGitTag(ctx.world.urls, repo, tag) };
}

function requireCommit(ctx: HandlerContext, sha: string): void {
  if (!ctx.world.store.commit(sha)) throw unprocessable("Object does not exist");
}

function createRef(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const body = ctx.body as { ref: string; sha: string };
  if (!/^refs\/[^/]+\/.+/.test(body.ref)) {
    throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
  }
  if (repo.refs.has(body.ref)) throw unprocessable("Reference already exists");
  requireCommit(ctx, body.sha);
  repo.refs.set(body.ref, body.sha);
  repo.touch();
  return {
    status: 201,
    body: makeGitRef(ctx.world.urls, repo, body.ref, body.sha),
  };
}

function updateRef(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const ref = fullRef(ctx);
  const body = ctx.body as { sha: string; force?: boolean };
  const current = repo.refs.get(ref);
  if (current === undefined) throw unprocessable("Reference does not exist");
  requireCommit(ctx, body.sha);
  if (!body.force && !ctx.world.store.isAncestor(current, body.sha)) {
    throw unprocessable("Update is not a fast forward");
  }
  repo.refs.set(ref, body.sha);
  repo.touch();
  return { status: 200, body: makeGitRef(ctx.world.urls, repo, ref, body.sha) };
}

function deleteRef(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const ref = fullRef(ctx);
  if (ref === `refs/heads/${repo.defaultBranch}`) throw unprocessable("Cannot delete the default branch");
  if (!repo.refs.delete(ref)) throw unprocessable("Reference does not exist");
  closePullsFromDeletedBranch(repo, ref);
  return { status: 204 };
}

// GitHub closes open pull requests whose head branch is deleted.
function closePullsFromDeletedBranch(repo: RepoState, ref: string): void {
  const now = isoSeconds();
  for (const pull of repo.pulls) {
    if (pull.state === "open" && `refs/heads/${pull.headRef}` === ref) {
      Object.assign(pull, { state: "closed", closedAt: now, updatedAt: now });
    }
  }
}

const REPO = "/repos/{owner}/{repo}";

export const gitRoutes: readonly Route[] = [
  { method: "POST", path: `${REPO}/git/trees`, handler: createTree },
  { method: "GET", path: `${REPO}/git/trees/{tree_sha}`, handler: getTree },
  { method: "POST", path: `${REPO}/git/blobs`, handler: createBlob },
  { method: "GET", path: `${REPO}/git/blobs/{file_sha}`, handler: getBlob },
  { method: "POST", path: `${REPO}/git/commits`, handler: createCommit },
  {
    method: "GET",
    path: `${REPO}/git/commits/{commit_sha}`,
    handler: getCommit,
  },
  { method: "GET", path: `${REPO}/git/ref/{ref}`, handler: getRef },
  { method: "GET", path: `${REPO}/git/tags/{tag_sha}`, handler: getTag },
  {
    method: "GET",
    path: `${REPO}/git/matching-refs/{ref}`,
    handler: matchingRefs,
  },
  { method: "POST", path: `${REPO}/git/refs`, handler: createRef },
  { method: "PATCH", path: `${REPO}/git/refs/{ref}`, handler: updateRef },
  { method: "DELETE", path: `${REPO}/git/refs/{ref}`, handler: deleteRef },
];
