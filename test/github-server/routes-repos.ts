import { findEntry, listTree } from "./edit-tree.js";
import { makeContentEntry, makeShortBranch } from "./make-git-shapes.js";
import { makeRepository } from "./make-repository.js";
import { paginate } from "./paginate.js";
import { parseRepoQuery } from "./search-repos.js";
import type { RepoState } from "./repo-state.js";
import { accountRepo, notFound, repoOf, type HandlerContext, type Route } from "./route-types.js";

function getRepo(ctx: HandlerContext) {
  return { status: 200, body: makeRepository(ctx.world.urls, repoOf(ctx)) };
}

function getTopics(ctx: HandlerContext) {
  return { status: 200, body: { names: repoOf(ctx).topics } };
}

function getContent(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  if (repo.isEmpty) throw notFound("This repository is empty.");
  const ref = ctx.query["ref"] ?? repo.defaultBranch;
  const commit = repo.commitAt(ref);
  if (!commit) throw notFound(`No commit found for the ref ${ref}`);
  const store = ctx.world.store;
  const path = ctx.params["path"]!.replace(/^\/+|\/+$/g, "");
  const entry = findEntry(store, commit.tree, path);
  if (!entry) throw notFound();
  if (entry.type === "tree") {
    const children = listTree(store, entry.sha, false).map((child) => ({
      ...child,
      path: path === "" ? child.path : `${path}/${child.path}`,
    }));
    return {
      status: 200,
      body: children.map((child) => makeContentEntry(ctx.world.urls, repo, ref, child)),
    };
  }
  const content = store.blob(entry.sha) ?? Buffer.alloc(0);
  const listed = {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    size: content.length,
  };
  return {
    status: 200,
    body: makeContentEntry(ctx.world.urls, repo, ref, listed, content),
  };
}

function listBranches(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const branches = repo.branches().sort();
  return paginate(ctx, branches, (page) =>
    page.map((name) => makeShortBranch(ctx.world.urls, repo, name, repo.branchSha(name)!)),
  );
}

function sortRepos(repos: RepoState[], sort: string | undefined, direction: string | undefined): RepoState[] {
  const byName = sort === "full_name";
  const ascending = direction === undefined ? byName : direction === "asc";
  const sorted = repos.sort((a, b) => (byName ? a.fullName.localeCompare(b.fullName) : a.id - b.id));
  return ascending ? sorted : sorted.reverse();
}

function listOrgRepos(ctx: HandlerContext) {
  const org = ctx.params["org"]!.toLowerCase();
  if (!accountRepo(ctx.world, org, "Organization")) throw notFound();
  const owned = [...ctx.world.repos.values()].filter((repo) => repo.owner.toLowerCase() === org);
  const type = ctx.query["type"] ?? "all";
  const repos = owned.filter(
    (repo) =>
      type === "all" ||
      (type === "public" && !repo.private) ||
      (type === "private" && repo.private) ||
      (type === "forks" && repo.fork) ||
      (type === "sources" && !repo.fork) ||
      type === "member",
  );
  const sorted = sortRepos(repos, ctx.query["sort"], ctx.query["direction"]);
  return paginate(ctx, sorted, (page) => page.map((repo) => makeRepository(ctx.world.urls, repo)));
}

/** A user's (or organisation's) repositories; private ones only show up for the owner, who we are. */
function listUserRepos(ctx: HandlerContext) {
  const login = ctx.params["username"]!.toLowerCase();
  if (!accountRepo(ctx.world, login)) throw notFound();
  const owned = [...ctx.world.repos.values()].filter((repo) => repo.owner.toLowerCase() === login);
  const type = ctx.query["type"] ?? "owner";
  const repos = owned.filter((repo) => type !== "member" || repo.ownerType === "Organization");
  const sorted = sortRepos(repos, ctx.query["sort"] ?? "full_name", ctx.query["direction"]);
  return paginate(ctx, sorted, (page) => page.map((repo) => makeRepository(ctx.world.urls, repo)));
}

function searchRepos(ctx: HandlerContext) {
  const query = parseRepoQuery(ctx.query["q"] ?? "");
  for (const qualifier of query.unsupported)
    ctx.note(`search qualifier ${qualifier} is not supported by the local GitHub`);
  const found = [...ctx.world.repos.values()]
    .filter((repo) => query.matches(repo))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
  const wrap = (page: readonly RepoState[]) => ({
    total_count: found.length,
    incomplete_results: false,
    items: page.map((repo) => makeRepository(ctx.world.urls, repo)),
  });
  // Search returns at most 1,000 results, whatever the page size.
  return paginate(ctx, found, wrap, 1000);
}

export const repoRoutes: readonly Route[] = [
  { method: "GET", path: "/repos/{owner}/{repo}", handler: getRepo },
  { method: "GET", path: "/repos/{owner}/{repo}/topics", handler: getTopics },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/contents/{path}",
    handler: getContent,
  },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/branches",
    handler: listBranches,
  },
  { method: "GET", path: "/orgs/{org}/repos", handler: listOrgRepos },
  { method: "GET", path: "/users/{username}/repos", handler: listUserRepos },
  { method: "GET", path: "/search/repositories", handler: searchRepos },
];
