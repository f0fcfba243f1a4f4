import type { Finding, Severity } from "../rules/types.js";
import { SEVERITIES } from "../rules/types.js";
import type { AuditScore } from "./score.js";

// Kept apart from the catalog: rollout reports and PR bodies read these numbers without loading the rules.

/** A repository's audit in a few numbers: what reports rank and PR bodies compare. */
export interface AuditCounts {
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Findings per rule id, only rules that fired, in id order. */
  readonly byRule: Readonly<Record<string, number>>;
  readonly score: number;
  readonly suppressed: number;
}

export function auditCounts(audit: { readonly findings: readonly Finding[]; readonly score: AuditScore; readonly suppressed: readonly unknown[] }): AuditCounts {
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
