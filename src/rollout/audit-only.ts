import { gitHubError, httpStatus } from "../github/errors.js";
import { fullName, readBranch, type RepoInfo } from "../github/read-repo.js";
import type { RepoResult, SyncContext } from "./sync-repo.js";

/**
 * `rollout --audit-only` for one repository: the default branch's tree and the DevOps files the rules
 * read, nothing else. No PR is looked up and nothing is written, so it needs only read access.
 */
export async function auditOnlyRepo(repo: RepoInfo, ctx: SyncContext): Promise<RepoResult> {
  const name = fullName(repo);
  let reads = 0;
  try {
    let snapshot;
    try {
      snapshot = await readBranch(ctx.github, repo, repo.defaultBranch);
      reads += 2;
    } catch (error) {
      if (httpStatus(error) === 409 || httpStatus(error) === 404) return { repo: name, outcome: "skipped", skipReason: "empty", writes: 0, reads: reads + 1, warnings: [] };
      throw error;
    }
    const warnings = snapshot.truncated ? ["the tree listing was cut at GitHub's limit; files past it were not audited"] : [];
    const { auditRemote } = await import("./audit-remote.js");
    const audit = await auditRemote(snapshot.entries, (sha) => ctx.blobs.read(ctx.github, repo, sha, () => reads++), ctx.settings.audit ?? {});
    return { repo: name, outcome: "audited", audit, writes: 0, reads, warnings };
  } catch (error) {
    return { repo: name, outcome: "failed", writes: 0, reads, warnings: [], error: gitHubError(error, name, ctx.redactor, false).message };
  }
}
