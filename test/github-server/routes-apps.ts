import { makeRepository } from "./make-repository.js";
import { accountId, makeUser } from "./make-user.js";
import { paginate } from "./paginate.js";
import { isoSeconds, type RepoState } from "./repo-state.js";
import { accountRepo, notFound, repoOf, type HandlerContext, type Route, type World } from "./route-types.js";

const APP_ID = 1;
const APP_SLUG = "devops-baseline";
const PERMISSIONS = {
  contents: "write",
  pull_requests: "write",
  workflows: "write",
  metadata: "read",
} as const;

// Every owner with at least one repository has the app installed; its id derives from the login.
function ownerOfInstallation(world: World, installationId: number): string | undefined {
  for (const repo of world.repos.values()) {
    if (accountId(repo.owner) === installationId) return repo.owner;
  }
  return undefined;
}

function makeInstallation(ctx: HandlerContext, repo: RepoState) {
  const { owner, ownerType } = repo;
  const id = accountId(owner);
  const api = ctx.world.urls.api;
  const settings = ownerType === "Organization" ? `organizations/${owner}/settings` : "settings";
  return {
    id,
    account: makeUser(ctx.world.urls, owner, ownerType),
    repository_selection: "all",
    access_tokens_url: `${api}/app/installations/${id}/access_tokens`,
    repositories_url: `${api}/installation/repositories`,
    html_url: `${ctx.world.urls.html}/${settings}/installations/${id}`,
    app_id: APP_ID,
    app_slug: APP_SLUG,
    target_id: id,
    target_type: ownerType,
    permissions: PERMISSIONS,
    events: [],
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}

let tokenCounter = 0;

/** Installation tokens name their installation, so `/installation/repositories` can scope by it. */
function createAccessToken(ctx: HandlerContext) {
  const id = Number(ctx.params["installation_id"]);
  if (ownerOfInstallation(ctx.world, id) === undefined) throw notFound();
  const expires = new Date(Date.now() + 3_600_000);
  return {
    status: 201,
    body: {
      token: `ghs_local${id}x${++tokenCounter}`,
      expires_at: isoSeconds(expires),
      permissions: PERMISSIONS,
      repository_selection: "all",
    },
  };
}

function getOrgInstallation(ctx: HandlerContext) {
  const repo = accountRepo(ctx.world, ctx.params["org"]!, "Organization");
  if (!repo) throw notFound();
  return { status: 200, body: makeInstallation(ctx, repo) };
}

function getUserInstallation(ctx: HandlerContext) {
  const repo = accountRepo(ctx.world, ctx.params["username"]!, "User");
  if (!repo) throw notFound();
  return { status: 200, body: makeInstallation(ctx, repo) };
}

function getRepoInstallation(ctx: HandlerContext) {
  return { status: 200, body: makeInstallation(ctx, repoOf(ctx)) };
}

function listInstallationRepos(ctx: HandlerContext) {
  const installation = /^ghs_local(\d+)x/.exec(ctx.token ?? "")?.[1];
  const owner = installation === undefined ? undefined : ownerOfInstallation(ctx.world, Number(installation));
  const repos = [...ctx.world.repos.values()]
    .filter((repo) => owner === undefined || repo.owner === owner)
    .sort((a, b) => a.id - b.id);
  const wrap = (page: readonly (typeof repos)[number][]) => ({
    total_count: repos.length,
    repository_selection: "all",
    repositories: page.map((repo) => makeRepository(ctx.world.urls, repo)),
  });
  return paginate(ctx, repos, wrap);
}

function getRateLimit(ctx: HandlerContext) {
  const { core, search } = ctx.world.rateLimits();
  return { status: 200, body: { resources: { core, search }, rate: core } };
}

export const appRoutes: readonly Route[] = [
  { method: "POST", path: "/app/installations/{installation_id}/access_tokens", handler: createAccessToken },
  { method: "GET", path: "/orgs/{org}/installation", handler: getOrgInstallation },
  { method: "GET", path: "/users/{username}/installation", handler: getUserInstallation },
  { method: "GET", path: "/repos/{owner}/{repo}/installation", handler: getRepoInstallation },
  { method: "GET", path: "/installation/repositories", handler: listInstallationRepos },
  { method: "GET", path: "/rate_limit", handler: getRateLimit },
];
