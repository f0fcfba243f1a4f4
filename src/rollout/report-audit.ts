import { compareAuditCounts, type AuditCounts } from "../audit/audit-counts.js";
import { SEVERITIES } from "../rules/types.js";
import type { RepoResult } from "./sync-repo.js";

export interface RankedRepo {
  readonly rank: number;
  readonly repo: string;
  readonly outcome: string;
  /** The default branch today. */
  readonly before: AuditCounts;
  /** After the baseline's PR, when the rollout has one for this repository. */
  readonly after?: AuditCounts;
}

/** Audited repositories, most serious findings first (critical, then high, …), ties by name. */
export function rankByFindings(results: readonly RepoResult[]): RankedRepo[] {
  return results
    .filter((r): r is RepoResult & { audit: NonNullable<RepoResult["audit"]> } => r.audit !== undefined)
    .sort((a, b) => compareAuditCounts(a.audit.before, b.audit.before) || (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1))
    .map((r, i) => ({ rank: i + 1, repo: r.repo, outcome: r.outcome, before: r.audit.before, ...(r.audit.after ? { after: r.audit.after } : {}) }));
}

/** Findings per rule id over every audited repository, most frequent first. */
export function findingsByRule(ranked: readonly RankedRepo[]): { readonly rule: string; readonly findings: number; readonly repos: number }[] {
  const totals = new Map<string, { findings: number; repos: number }>();
  for (const r of ranked) {
    for (const [rule, n] of Object.entries(r.before.byRule)) {
      const t = totals.get(rule) ?? { findings: 0, repos: 0 };
      totals.set(rule, { findings: t.findings + n, repos: t.repos + 1 });
    }
  }
  return [...totals].map(([rule, t]) => ({ rule, ...t })).sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
}

const severityCells = (c: AuditCounts) => SEVERITIES.map((s) => String(c.bySeverity[s]));

/** Header and rows of the ranking, for the terminal table and the Markdown report alike. */
export function rankingRows(ranked: readonly RankedRepo[]): { header: string[]; rows: string[][] } {
  const withAfter = ranked.some((r) => r.after);
  return {
    header: ["#", "repository", ...SEVERITIES, "findings", "score", ...(withAfter ? ["after PR"] : [])],
    rows: ranked.map((r) => [
      String(r.rank),
      r.repo,
      ...severityCells(r.before),
      String(r.before.findings),
      String(r.before.score),
      ...(withAfter ? [r.after ? `${r.after.findings} (score ${r.after.score})` : ""] : []),
    ]),
  };
}

export function rankingMarkdown(ranked: readonly RankedRepo[]): string[] {
  if (ranked.length === 0) return [];
  const { header, rows } = rankingRows(ranked);
  return [
    "### Repositories ranked by findings",
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map((h) => (h === "repository" ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ];
}
