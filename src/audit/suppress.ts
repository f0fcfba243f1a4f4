import { ruleById, type Finding } from "../rules/index.js";
import { pathGlob } from "../rules/path-glob.js";

/** A finding the config, a comment in the file or the organisation's policy accepted, with the reason it gives. */
export interface Suppression {
  readonly ruleId: string;
  readonly file: string;
  /** Undefined for a finding without a line (a missing file or entry). */
  readonly line?: number;
  readonly reason: string;
  /** `config`: an `audit.suppress` entry; `comment`: a devops-baseline-ignore comment in the file; `policy`: the organisation's defaults file. */
  readonly source: "config" | "comment" | "policy";
}

/** An `audit.suppress` entry of the config. */
export interface ConfigSuppression {
  readonly rule: string;
  readonly path: string;
  readonly reason: string;
}

/**
 * Config suppressions: a finding whose rule and file match an entry is accepted with the entry's reason.
 * They live in the config, so they survive regeneration and cover findings without a line. An entry
 * naming no known rule, or matching no finding, is reported so stale entries do not pile up.
 */
export function applyConfigSuppressions(findings: readonly Finding[], entries: readonly ConfigSuppression[]): { kept: Finding[]; suppressed: Suppression[]; warnings: string[] } {
  const matchers = entries.map((e) => ({ entry: e, path: pathGlob(e.path), used: false }));
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  for (const f of findings) {
    const m = matchers.find((x) => x.entry.rule === f.ruleId && x.path.test(f.file));
    if (!m) {
      kept.push(f);
      continue;
    }
    m.used = true;
    suppressed.push({ ruleId: f.ruleId, file: f.file, ...(f.line ? { line: f.line } : {}), reason: m.entry.reason, source: "config" });
  }
  const warnings = matchers.flatMap(({ entry, used }) =>
    !ruleById(entry.rule)
      ? [`audit.suppress: ${entry.rule} is not a rule id (docs/audit.md lists them); the entry suppresses nothing`]
      : used
        ? []
        : [`audit.suppress: ${entry.rule} on "${entry.path}" matches no finding; remove it if the file was fixed`],
  );
  return { kept, suppressed, warnings };
}

// `# devops-baseline-ignore WF001 WF004 -- the reason`, on the finding's line or the line above it.
const DIRECTIVE = /#\s*devops-baseline-ignore\b\s*((?:[A-Z]{2}\d{3}[\s,]*)*)(?:--\s*(.*))?$/;

/**
 * Inline suppressions: a comment naming the rule id, with a reason after `--`, on the finding's line
 * or right above it. A comment without a reason suppresses nothing and is reported. Findings without a
 * line (something missing from the repository) cannot be suppressed inline: `audit.suppress` in the
 * config covers them.
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
    suppressed.push({ ruleId: f.ruleId, file: f.file, line: f.line, reason, source: "comment" });
  }
  return { kept, suppressed, warnings: [...warnings] };
}
