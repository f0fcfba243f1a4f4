import type { Finding } from "../rules/index.js";

/** A finding a comment in the file accepted, with the reason it gives. */
export interface Suppression {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

// `# devops-baseline-ignore WF001 WF004 -- the reason`, on the finding's line or the line above it.
const DIRECTIVE = /#\s*devops-baseline-ignore\b\s*((?:[A-Z]{2}\d{3}[\s,]*)*)(?:--\s*(.*))?$/;

/**
 * Inline suppressions: a comment naming the rule id, with a reason after `--`, on the finding's line
 * or right above it. A comment without a reason suppresses nothing and is reported. Findings without a
 * line (something missing from the repository) cannot be suppressed inline.
 */
export function applySuppressions(findings: readonly Finding[], texts: ReadonlyMap<string, string>): { kept: Finding[]; suppressed: Suppression[]; warnings: string[] } {
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  const warnings = new Set<string>();
  const lines = new Map<string, string[]>();
  const linesOf = (file: string): string[] => {
    if (!lines.has(file)) lines.set(file, (texts.get(file) ?? "").split("\n"));
    return lines.get(file)!;
  };
  for (const f of findings) {
    if (!f.line) {
      kept.push(f);
      continue;
    }
    const text = linesOf(f.file);
    const directive = [f.line, f.line - 1]
      .map((n) => ({ n, m: DIRECTIVE.exec(text[n - 1] ?? "") }))
      .find(({ m }) => m && m[1]!.split(/[\s,]+/).includes(f.ruleId));
    if (!directive) {
      kept.push(f);
      continue;
    }
    const reason = directive.m![2]?.trim();
    if (!reason) {
      warnings.add(`${f.file}:${directive.n}: devops-baseline-ignore ${f.ruleId} has no reason (add "-- why"); the finding stays`);
      kept.push(f);
      continue;
    }
    suppressed.push({ ruleId: f.ruleId, file: f.file, line: f.line, reason });
  }
  return { kept, suppressed, warnings: [...warnings] };
}
