import { buildRepoView, runRules, type Finding, type RepoSnapshot, type RepoView } from "../rules/index.js";
import { applyPolicy, type AuditPolicy } from "./policy.js";
import { auditScore, type AuditScore } from "./score.js";
import { applyConfigSuppressions, applySuppressions, type ConfigSuppression, type Suppression } from "./suppress.js";

export interface SnapshotAudit {
  readonly view: RepoView;
  readonly findings: readonly Finding[];
  /** Accepted by the config's `audit.suppress`, an inline comment or the organisation's policy, each with its reason. */
  readonly suppressed: readonly Suppression[];
  readonly warnings: readonly string[];
  readonly score: AuditScore;
}

/**
 * The whole catalog over files in memory (a folder read from disk or a tree read through the API): the
 * repository's own suppressions (config entries, then inline comments) first, then the organisation's policy.
 */
export function auditSnapshot(snapshot: RepoSnapshot, policy: AuditPolicy = {}, configSuppress: readonly ConfigSuppression[] = []): SnapshotAudit {
  const view = buildRepoView(snapshot);
  const byConfig = applyConfigSuppressions(runRules(view), configSuppress);
  const inline = applySuppressions(byConfig.kept, snapshot.files);
  const byPolicy = applyPolicy(inline.kept, policy);
  return {
    view,
    findings: byPolicy.kept,
    suppressed: [...byConfig.suppressed, ...inline.suppressed, ...byPolicy.suppressed],
    warnings: [...byConfig.warnings, ...inline.warnings],
    score: auditScore(view, byPolicy.kept),
  };
}
