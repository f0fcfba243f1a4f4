import { buildRepoView, runRules, SEVERITIES, type Finding, type RepoSnapshot, type RepoView, type Severity } from "../rules/index.js";
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

/** A repository's audit in a few numbers: what reports rank and PR bodies compare. */
export interface AuditCounts {
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Findings per rule id, only rules that fired, in id order. */
  readonly byRule: Readonly<Record<string, number>>;
  readonly score: number;
  readonly suppressed: number;
}

export function auditCounts(audit: Pick<SnapshotAudit, "findings" | "score" | "suppressed">): AuditCounts {
  const byRule: Record<string, number> = {};
  for (const f of [...audit.findings].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return {
    findings: audit.findings.length,
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, audit.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>,
    byRule,
    score: audit.score.score,
    suppressed: audit.suppressed.length,
  };
}

/** Most serious first: more critical findings rank higher, then high, medium, low. */
export function compareAuditCounts(a: AuditCounts, b: AuditCounts): number {
  for (const s of SEVERITIES) if (a.bySeverity[s] !== b.bySeverity[s]) return b.bySeverity[s] - a.bySeverity[s];
  return 0;
}
