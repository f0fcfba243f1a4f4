import { makeIssueComment, makePullRequest } from "./make-pull-request.js";
import { paginate } from "./paginate.js";
import { isoSeconds, type PullState, type RepoState } from "./repo-state.js";
import { notFound, repoOf, unprocessable, writableRepoOf, type HandlerContext, type Route } from "./route-types.js";

function pullOf(ctx: HandlerContext, repo: RepoState, param = "pull_number"): PullState {
  const pull = repo.pulls.find((candidate) => candidate.number === Number(ctx.params[param]));
  if (!pull) throw notFound();
  return pull;
}

function duplicateOf(repo: RepoState, headOwner: string, headRef: string, baseRef: string, except?: PullState) {
  return repo.pulls.find(
    (pull) =>
      pull !== except &&
      pull.state === "open" &&
      pull.headOwner.toLowerCase() === headOwner.toLowerCase() &&
      pull.headRef === headRef &&
      pull.baseRef === baseRef,
  );
}

function createPull(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const body = ctx.body as {
    title?: string;
    head: string;
    base: string;
    body?: string;
    draft?: boolean;
    maintainer_can_modify?: boolean;
  };
  const [headOwner, headRef] = body.head.includes(":")
    ? (body.head.split(":", 2) as [string, string])
    : [repo.owner, body.head];
  const baseSha = repo.branchSha(body.base);
  const headSha = headOwner.toLowerCase() === repo.owner.toLowerCase() ? repo.branchSha(headRef) : undefined;
  if (body.title === undefined)
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "title", code: "missing_field" }]);
  if (baseSha === undefined)
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
  if (headSha === undefined)
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "head", code: "invalid" }]);
  if (duplicateOf(repo, headOwner, headRef, body.base)) {
    const message = `A pull request already exists for ${headOwner}:${headRef}.`;
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);
  }
  if (ctx.world.store.isAncestor(headSha, baseSha)) {
    const message = `No commits between ${body.base} and ${headRef}`;
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);
  }
  const now = isoSeconds();
  const pull: PullState = {
    number: repo.allocateNumber(),
    id: repo.allocateId(),
    title: body.title,
    body: body.body ?? null,
    state: "open",
    draft: body.draft ?? false,
    headOwner,
    headRef,
    headSha,
    baseRef: body.base,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    mergedAt: null,
    mergeCommitSha: null,
    maintainerCanModify: body.maintainer_can_modify ?? true,
  };
  repo.pulls.push(pull);
  return { status: 201, body: makePullRequest(ctx.world.urls, repo, pull) };
}

/** `head` must be `owner:branch`; like GitHub, a bare branch name does not filter at all. */
function listPulls(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const state = ctx.query["state"] ?? "open";
  const head = ctx.query["head"]?.includes(":") ? ctx.query["head"].split(":", 2) : undefined;
  const base = ctx.query["base"];
  const sortKey = ctx.query["sort"] === "updated" ? "updatedAt" : "createdAt";
  const ascending = ctx.query["direction"] === "asc";
  const pulls = repo.pulls
    .filter((pull) => state === "all" || pull.state === state)
    .filter((pull) => !head || (pull.headOwner.toLowerCase() === head[0]!.toLowerCase() && pull.headRef === head[1]))
    .filter((pull) => base === undefined || pull.baseRef === base)
    .sort((a, b) => (a[sortKey].localeCompare(b[sortKey]) || a.number - b.number) * (ascending ? 1 : -1));
  return paginate(ctx, pulls, (page) => page.map((pull) => makePullRequest(ctx.world.urls, repo, pull)));
}

function getPull(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  return {
    status: 200,
    body: makePullRequest(ctx.world.urls, repo, pullOf(ctx, repo)),
  };
}

function updatePull(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const pull = pullOf(ctx, repo);
  const body = ctx.body as {
    title?: string;
    body?: string;
    state?: "open" | "closed";
    base?: string;
  };
  const now = isoSeconds();
  if (body.base !== undefined && repo.branchSha(body.base) === undefined) {
    throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
  }
  if (body.state === "open" && pull.state === "closed") {
    if (pull.mergedAt !== null)
      throw unprocessable("Validation Failed", [
        {
          resource: "PullRequest",
          code: "custom",
          message: "Cannot reopen a merged pull request",
        },
      ]);
    if (duplicateOf(repo, pull.headOwner, pull.headRef, body.base ?? pull.baseRef, pull)) {
      const message = `A pull request already exists for ${pull.headOwner}:${pull.headRef}.`;
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);
    }
    pull.closedAt = null;
  }
  if (body.state === "closed" && pull.state === "open") pull.closedAt = now;
  if (body.title !== undefined) pull.title = body.title;
  if (body.body !== undefined) pull.body = body.body;
  if (body.state !== undefined) pull.state = body.state;
  if (body.base !== undefined) pull.baseRef = body.base;
  pull.updatedAt = now;
  return { status: 200, body: makePullRequest(ctx.world.urls, repo, pull) };
}

function createComment(ctx: HandlerContext) {
  const repo = writableRepoOf(ctx);
  const number = pullOf(ctx, repo, "issue_number").number;
  const comment = {
    id: repo.allocateId(),
    body: (ctx.body as { body: string }).body,
    createdAt: isoSeconds(),
  };
  repo.comments.set(number, [...(repo.comments.get(number) ?? []), comment]);
  return {
    status: 201,
    body: makeIssueComment(ctx.world.urls, repo, number, comment),
  };
}

function listComments(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const number = pullOf(ctx, repo, "issue_number").number;
  const comments = repo.comments.get(number) ?? [];
  return paginate(ctx, comments, (page) =>
    page.map((comment) => makeIssueComment(ctx.world.urls, repo, number, comment)),
  );
}

const REPO = "/repos/{owner}/{repo}";

export const pullRoutes: readonly Route[] = [
  { method: "GET", path: `${REPO}/pulls`, handler: listPulls },
  { method: "POST", path: `${REPO}/pulls`, handler: createPull },
  { method: "GET", path: `${REPO}/pulls/{pull_number}`, handler: getPull },
  { method: "PATCH", path: `${REPO}/pulls/{pull_number}`, handler: updatePull },
  {
    method: "GET",
    path: `${REPO}/issues/{issue_number}/comments`,
    handler: listComments,
  },
  {
    method: "POST",
    path: `${REPO}/issues/{issue_number}/comments`,
    handler: createComment,
  },
];
