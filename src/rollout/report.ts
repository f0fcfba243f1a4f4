import { appendFileSync } from "node:fs";
import type { RepoOutcome } from "./ledger.js";
import { jsonParts, LazyArray } from "./json-parts.js";
import { findingsByRule, rankByFindings, rankingMarkdown, rankingRows } from "./report-audit.js";
import type { RepoResult } from "./sync-repo.js";

export interface RolloutReport {
  readonly apply: boolean;
  /** `--audit-only`: every repository audited, nothing planned. */
  readonly auditOnly?: boolean;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly listed: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly results: readonly RepoResult[];
  /** What the planning pass found: repositories needing writes, the writes, and how long the budget makes them take. */
  readonly eta?: { readonly repos: number; readonly writes: number; readonly ms: number };
  /** With `--waves`: how far the run got. */
  readonly waves?: WavesReport;
}

export interface WavesReport {
  /** Repositories per wave, in order. */
  readonly sizes: readonly number[];
  /** Waves whose PRs were opened in this run or an earlier part of it. */
  readonly applied: number;
  /** Set when a wave's checks failed (or a write of it): the run stopped before the next wave (1-based; `pr` 0 when none was opened). */
  readonly paused?: { readonly wave: number; readonly failing: readonly { readonly repo: string; readonly pr: number; readonly checks: readonly string[] }[] };
  /** Waves that moved on after `--wave-wait` with checks still pending (1-based). */
  readonly movedOnAfterWait: readonly number[];
}

const ORDER: readonly RepoOutcome[] = ["failed", "pr-opened", "pr-updated", "pr-closed", "would-open", "would-update", "would-close", "pr-current", "merged", "clean", "audited", "skipped"];

export function totals(results: readonly RepoResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const outcome of ORDER) {
    const n = results.filter((r) => r.outcome === outcome).length;
    if (n > 0) out[outcome] = n;
  }
  return out;
}

/**
 * The JSON report, in parts, one repository at a time, for writing a report of any size (see
 * `jsonParts`); joined, the parts are the report pretty-printed with two spaces.
 */
export function reportJsonParts(report: RolloutReport): Generator<string> {
  const ranked = rankByFindings(report.results);
  return jsonParts({
    apply: report.apply,
    ...(report.auditOnly ? { auditOnly: true } : {}),
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    listed: report.listed,
    skipped: report.skipped,
    ...(report.eta ? { eta: report.eta } : {}),
    ...(report.waves ? { waves: report.waves } : {}),
    totals: totals(report.results),
    writes: sum(report.results, "writes"),
    reads: sum(report.results, "reads"),
    repos: new LazyArray(report.results, (r) => ({
      repo: r.repo,
      outcome: r.outcome,
      ...(r.pr ? { pr: r.pr } : {}),
      ...(r.summary ? { added: r.summary.added, changed: r.summary.changed, removed: r.summary.removed, leftAlone: r.summary.leftAlone } : {}),
      ...(r.fromVersion !== undefined ? { fromVersion: r.fromVersion } : {}),
      ...(r.audit ? { audit: r.audit } : {}),
      writes: r.writes,
      reads: r.reads,
      ...(r.warnings.length > 0 ? { warnings: r.warnings } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.skipReason ? { skipReason: r.skipReason } : {}),
    })),
    // Repositories by findings, most serious first, and the rules behind them.
    ranking: new LazyArray(ranked, (r) => ({ rank: r.rank, repo: r.repo, findings: r.before.findings, bySeverity: r.before.bySeverity, score: r.before.score, ...(r.after ? { after: { findings: r.after.findings, score: r.after.score } } : {}) })),
    byRule: findingsByRule(ranked),
  });
}

/** The terminal table: changed and failed repositories first, clean ones only counted. */
export function reportTable(report: RolloutReport): string {
  const shown = sorted(report.results.filter((r) => r.outcome !== "clean" && r.outcome !== "skipped" && r.outcome !== "audited"));
  const out = table(["repository", "result", "PR", "files", "writes", "note"], shown.map((r) => [r.repo, r.outcome, r.pr ? `#${r.pr.number}` : "", files(r), String(r.writes), note(r)]));
  const ranked = rankByFindings(report.results);
  if (ranked.length > 0) {
    const { header, rows } = rankingRows(ranked);
    out.push(...(out.length > 0 ? [""] : []), "Repositories ranked by findings:", ...table(header, rows));
  }
  out.push("", summaryLine(report));
  if (report.waves) out.push(...wavesLines(report.waves));
  return out.join("\n");
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((row) => row[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return rows.length > 0 ? [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)] : [];
}

export function reportMarkdown(report: RolloutReport): string {
  const shown = sorted(report.results.filter((r) => r.outcome !== "clean" && r.outcome !== "skipped" && r.outcome !== "audited"));
  const lines = [`## DevOps baseline ${report.auditOnly ? "audit" : `rollout${report.apply ? "" : " (dry run)"}`}`, "", summaryLine(report), ""];
  if (report.waves) lines.push(...wavesLines(report.waves).map((l) => l.replace(/^ {2}/, "- ")), "");
  if (shown.length > 0) {
    lines.push("| repository | result | PR | files | writes | note |", "| --- | --- | --- | --- | ---: | --- |");
    for (const r of shown) {
      const link = r.pr ? `[#${r.pr.number}](${r.pr.url})` : "";
      lines.push(`| ${r.repo} | ${r.outcome} | ${link} | ${files(r)} | ${r.writes} | ${note(r).replace(/\|/g, "\\|")} |`);
    }
    lines.push("");
  }
  lines.push(...rankingMarkdown(rankByFindings(report.results)));
  return lines.join("\n");
}

/** GitHub Actions shows this file on the run's summary page. */
export function writeStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  appendFileSync(path, `${markdown}\n`);
  return true;
}

function summaryLine(report: RolloutReport): string {
  const counts = Object.entries(totals(report.results)).map(([k, v]) => `${v} ${k}`);
  const skipped = Object.entries(report.skipped).filter(([, v]) => v > 0).map(([k, v]) => `${v} ${k}`);
  return [
    `${report.listed} listed, ${report.results.length} checked: ${counts.join(", ") || "nothing to do"}.`,
    skipped.length > 0 ? `Skipped: ${skipped.join(", ")}.` : "",
    `${sum(report.results, "writes")} writes, ${sum(report.results, "reads")} reads.`,
  ]
    .filter(Boolean)
    .join(" ");
}

function wavesLines(waves: WavesReport): string[] {
  const lines = [`Waves: ${waves.sizes.join(", ")} repositories; ${waves.applied} of ${waves.sizes.length} applied.`];
  if (waves.movedOnAfterWait.length > 0) lines.push(`  Moved on after --wave-wait with checks still pending: wave ${waves.movedOnAfterWait.join(", ")}.`);
  if (waves.paused) {
    lines.push(`Paused before wave ${waves.paused.wave + 1}: checks failed in wave ${waves.paused.wave}. Fix them (or close those PRs), then run the same command to resume.`);
    for (const f of waves.paused.failing) lines.push(`  ${f.repo}${f.pr > 0 ? ` #${f.pr}` : ""}: ${f.checks.join(", ")}`);
  }
  return lines;
}

function files(r: RepoResult): string {
  if (!r.summary) return "";
  return `+${r.summary.added.length} ~${r.summary.changed.length} -${r.summary.removed.length}`;
}

function note(r: RepoResult): string {
  if (r.error) return r.error;
  if (r.summary && r.summary.leftAlone.length > 0) return `${r.summary.leftAlone.length} file(s) left alone`;
  return r.warnings[0] ?? "";
}

function sorted(results: readonly RepoResult[]): RepoResult[] {
  return [...results].sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome) || (a.repo < b.repo ? -1 : 1));
}

function sum(results: readonly RepoResult[], key: "writes" | "reads"): number {
  return results.reduce((n, r) => n + r[key], 0);
}
