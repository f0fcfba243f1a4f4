import { makeRepository } from "./make-repository.js";
import { paginate } from "./paginate.js";
import type { CiReport, RepoState } from "./repo-state.js";
import { nonEmptyRepoOf, unprocessable, type HandlerContext, type Route } from "./route-types.js";

const REPO = "/repos/{owner}/{repo}";
/** CI's reports carry no clock: every check started and finished at the same fixed moment. */
const AT = "2026-01-01T00:00:00Z";

function reportOn(ctx: HandlerContext): { repo: RepoState; sha: string; report: CiReport } {
  const repo = nonEmptyRepoOf(ctx);
  const sha = repo.resolveCommit(ctx.params["ref"]!);
  // GitHub: 422 "No commit found for SHA: x" for an unknown ref on these endpoints.
  if (sha === undefined) throw unprocessable(`No commit found for SHA: ${ctx.params["ref"]}`);
  return { repo, sha, report: repo.ci.get(sha) ?? ctx.world.ci?.(repo, sha) ?? {} };
}

/** `GET .../commits/{ref}/check-runs`: the `check-run` shape, filtered by `check_name` and `status`. */
function listCheckRuns(ctx: HandlerContext) {
  const { repo, sha, report } = reportOn(ctx);
  const base = `${ctx.world.urls.api}/repos/${repo.fullName}`;
  const runs = (report.checkRuns ?? [])
    // Stable ids from the commit, so an answer (and its ETag) only changes when CI reports anew.
    .map((run, i) => ({ run, id: parseInt(sha.slice(0, 6), 16) * 100 + i }))
    .filter(({ run }) => (ctx.query["check_name"] ?? run.name) === run.name && (ctx.query["status"] ?? run.status) === run.status);
  return paginate(ctx, runs, (page) => ({
    total_count: runs.length,
    check_runs: page.map(({ run, id }) => {
      const done = run.status === "completed";
      return {
        id,
        node_id: Buffer.from(`CR_${id}`).toString("base64"),
        head_sha: sha,
        external_id: String(id),
        url: `${base}/check-runs/${id}`,
        html_url: `${ctx.world.urls.html}/${repo.fullName}/runs/${id}`,
        details_url: `${ctx.world.urls.html}/${repo.fullName}/actions/runs/${id}`,
        status: run.status,
        conclusion: done ? (run.conclusion ?? "success") : null,
        started_at: AT,
        completed_at: done ? AT : null,
        output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${base}/check-runs/${id}/annotations` },
        name: run.name,
        check_suite: null,
        app: null,
        pull_requests: [],
      };
    }),
  }));
}

/** `GET .../commits/{ref}/status`: the combined status, `pending` when no status was reported (as on GitHub). */
function combinedStatus(ctx: HandlerContext) {
  const { repo, sha, report } = reportOn(ctx);
  const statuses = report.statuses ?? [];
  const states = new Set(statuses.map((s) => s.state));
  const state = states.has("error") || states.has("failure") ? "failure" : statuses.length > 0 && !states.has("pending") ? "success" : "pending";
  const base = `${ctx.world.urls.api}/repos/${repo.fullName}`;
  return {
    status: 200,
    body: {
      state,
      sha,
      total_count: statuses.length,
      statuses: statuses.map((s, i) => ({
        id: i + 1,
        node_id: Buffer.from(`SC_${sha.slice(0, 8)}${i}`).toString("base64"),
        url: `${base}/statuses/${sha}`,
        avatar_url: null,
        description: null,
        target_url: null,
        state: s.state,
        context: s.context,
        created_at: AT,
        updated_at: AT,
      })),
      repository: makeRepository(ctx.world.urls, repo),
      commit_url: `${base}/commits/${sha}`,
      url: `${base}/commits/${sha}/status`,
    },
  };
}

export const checkRoutes: readonly Route[] = [
  { method: "GET", path: `${REPO}/commits/{ref}/check-runs`, handler: listCheckRuns },
  { method: "GET", path: `${REPO}/commits/{ref}/status`, handler: combinedStatus },
];
