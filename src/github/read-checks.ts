import type { GitHub } from "./client.js";
import type { RepoRef } from "./read-repo.js";

/** What CI says about a pull request's head commit. */
export interface ChecksVerdict {
  readonly state: "passed" | "failed" | "pending";
  /** Names of the check runs and status contexts that failed. */
  readonly failing: readonly string[];
}

// Conclusions GitHub's branch protection treats as not passing.
const FAILED = new Set(["failure", "timed_out", "cancelled", "action_required", "startup_failure", "stale"]);

/**
 * Two reads: the check runs (Actions and other apps) and the combined commit status (older integrations).
 * A commit nobody reported on yet is pending: CI may not have started.
 */
export async function readChecks(github: GitHub, repo: RepoRef, sha: string): Promise<ChecksVerdict> {
  const runs = await github.paginate(github.rest.checks.listForRef, { owner: repo.owner, repo: repo.name, ref: sha, per_page: 100 });
  const { data: combined } = await github.rest.repos.getCombinedStatusForRef({ owner: repo.owner, repo: repo.name, ref: sha, per_page: 100 });
  const failing = [
    ...runs.filter((r) => r.status === "completed" && r.conclusion !== null && FAILED.has(r.conclusion)).map((r) => r.name),
    ...combined.statuses.filter((s) => s.state === "failure" || s.state === "error").map((s) => s.context),
  ];
  if (failing.length > 0) return { state: "failed", failing };
  const reported = runs.length + combined.total_count > 0;
  const settled = runs.every((r) => r.status === "completed") && (combined.total_count === 0 || combined.state === "success");
  return { state: reported && settled ? "passed" : "pending", failing: [] };
}
