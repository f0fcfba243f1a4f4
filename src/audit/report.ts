import { pc } from "../cli/colors.js";
import { atLeast, ruleById, SEVERITIES, type Finding, type Severity } from "../rules/index.js";
import type { UnreadableFile } from "../rules/types.js";
import type { GeneratedFix } from "./fixes.js";
import type { AuditScore } from "./score.js";
import type { Suppression } from "./suppress.js";

/** Bumped when a field of the JSON report changes meaning or goes away; new fields do not bump it. */
export const AUDIT_JSON_VERSION = 1;

export interface AuditResult {
  readonly root: string;
  readonly failOn: Severity;
  /** How many DevOps files were read, by type. */
  readonly audited: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  /** Share of the applicable rules that hold; file types the repository does not have are not applicable. */
  readonly score?: AuditScore;
  readonly unreadable: readonly UnreadableFile[];
  /** Findings the config's `audit.suppress`, an inline `# devops-baseline-ignore <id> -- reason` comment or the organisation's policy accepted. */
  readonly suppressed?: readonly Suppression[];
  /** Problems with the audit's input other than unparsable files (a suppression without a reason). */
  readonly warnings?: readonly string[];
  /** The baseline's replacement of each file it renders whose findings that replacement clears. */
  readonly fixes: readonly GeneratedFix[];
  /** Why no fix could be generated (no detectable stack, a config that does not load), when that is so. */
  readonly fixNote?: string;
}

export const failing = (result: AuditResult): Finding[] => result.findings.filter((f) => atLeast(f.severity, result.failOn));

const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;

export function auditJson(result: AuditResult, toolVersion: string): string {
  return JSON.stringify(
    {
      version: AUDIT_JSON_VERSION,
      tool: { name: "create-devops-baseline", version: toolVersion },
      root: result.root,
      failOn: result.failOn,
      audited: result.audited,
      summary: { findings: result.findings.length, failing: failing(result).length, bySeverity: countBySeverity(result.findings), ...(result.score ? { score: result.score.score, byType: result.score.byType } : {}) },
      findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, title: f.title, file: f.file, line: f.line ?? null, message: f.message, fix: f.fix })),
      unreadable: result.unreadable,
      suppressed: result.suppressed ?? [],
      warnings: result.warnings ?? [],
      fixes: result.fixes.map((f) => ({ file: f.file, ruleIds: f.ruleIds, diff: f.diff, component: f.component, creates: f.creates })),
      ...(result.fixNote ? { fixNote: result.fixNote } : {}),
    },
    null,
    2,
  );
}

const COLOR: Record<Severity, (s: string) => string> = { critical: pc.magenta, high: pc.red, medium: pc.yellow, low: pc.dim };

/** Findings grouped by file, one line each, then the fix of each rule that fired. */
export function auditText(result: AuditResult): string[] {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const width = Math.max(0, ...result.findings.map((f) => String(f.line ?? "").length));
  for (const [file, findings] of byFile) {
    lines.push(pc.bold(file));
    for (const f of findings) {
      lines.push(`  ${String(f.line ?? "").padStart(width)}  ${COLOR[f.severity](f.severity.padEnd(8))} ${f.ruleId}  ${f.message}`);
    }
    lines.push("");
  }
  const fired = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  if (fired.length > 0) {
    lines.push(pc.bold("How to fix"));
    for (const id of fired) {
      const rule = ruleById(id)!;
      lines.push(`  ${id}  ${rule.title}. ${rule.fix}`);
    }
    lines.push("");
  }
  if (result.fixes.length > 0) {
    lines.push(
      `The baseline renders ${result.fixes.length} of these file(s) with none of their findings: ${result.fixes.map((f) => f.file).join(", ")}. --diff shows the exact replacements; --fix writes them (keeping .orig backups).`,
      "",
    );
  }
  if ((result.suppressed ?? []).length > 0) lines.push(`${result.suppressed!.length} finding(s) suppressed by audit.suppress in the config, devops-baseline-ignore comments or the policy (reasons in --json).`, "");
  if (result.fixNote && result.findings.length > 0) lines.push(`${result.fixNote[0]!.toUpperCase()}${result.fixNote.slice(1)}.`, "");
  const counts = countBySeverity(result.findings);
  const files = Object.values(result.audited).reduce((a, b) => a + b, 0);
  const what = Object.entries(result.audited)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ");
  const score = result.score && Object.values(result.score.byType).some((v) => v !== "not applicable")
    ? ` Score ${result.score.score}/100 (${Object.entries(result.score.byType)
        .filter(([, v]) => v !== "not applicable")
        .map(([t, v]) => `${t} ${(v as { passed: number }).passed}/${(v as { rules: number }).rules}`)
        .join(", ")}; other file types not applicable).`
    : "";
  lines.push(
    (result.findings.length === 0
      ? `No findings in ${files} DevOps file(s)${what ? ` (${what})` : ""}.`
      : `${result.findings.length} finding(s): ${SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ")}; ${failing(result).length} at or above --fail-on ${result.failOn}. Audited ${files} file(s)${what ? ` (${what})` : ""}.`) + score,
  );
  return lines;
}
