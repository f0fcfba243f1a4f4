import { buildRepoView, runRules, type Finding, type RepoSnapshot, type RepoView } from "../rules/index.js";
import { applyPolicy, type AuditPolicy, type PolicySuppression } from "./policy.js";
import { auditScore, type AuditScore } from "./score.js";
import { applySuppressions } from "./suppress.js";

export interface SnapshotAudit {
  readonly view: RepoView;
  readonly findings: readonly Finding[];
  /** Accepted by inline comments or by the policy, each with its reason. */
  readonly suppressed: readonly PolicySuppression[];
  readonly warnings: readonly string[];
  readonly score: AuditScore;
}

/** The whole catalog over files in memory (a folder read from disk or a tree read through the API), under an optional policy. */
export function auditSnapshot(snapshot: RepoSnapshot, policy: AuditPolicy = {}): SnapshotAudit {
  const view = buildRepoView(snapshot);
  const inline = applySuppressions(runRules(view), snapshot.files);
  const byPolicy = applyPolicy(inline.kept, policy);
  return {
    view,
    findings: byPolicy.kept,
    suppressed: [...inline.suppressed, ...byPolicy.suppressed],
    warnings: inline.warnings,
    score: auditScore(view, byPolicy.kept),
  };
}
