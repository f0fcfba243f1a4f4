import { buildRepoView, runRules, type Finding, type RepoSnapshot } from "../rules/index.js";
import { unifiedDiff } from "../synth/unified-diff.js";

/** The baseline's own version of a file that has findings, as a unified diff from what is there. */
export interface GeneratedFix {
  readonly file: string;
  /** The findings of the file that the replacement clears (all of them: a fix is offered only then). */
  readonly ruleIds: readonly string[];
  readonly diff: string;
  /** The baseline component that renders it (`ci`, `docker`, …). */
  readonly component: string;
  /** Files of the same component beside it that the fix also creates (a `.dockerignore`); in the diff too. */
  readonly creates: readonly string[];
  /** What applying the fix writes: the file, then the companions. */
  readonly writes: readonly RenderedBaselineFile[];
}

export interface RenderedBaselineFile {
  readonly path: string;
  readonly content: string;
  readonly component: string;
  readonly executable?: boolean;
}

/**
 * For each file with findings that the baseline renders at the same path (or would create, for a
 * missing file), the exact replacement as a unified diff; offered only when the repository with the
 * replacement has no finding left in the files written. Pure: the rendered baseline comes in,
 * nothing is written.
 */
export function generatedFixes(snapshot: RepoSnapshot, findings: readonly Finding[], rendered: readonly RenderedBaselineFile[]): GeneratedFix[] {
  const byPath = new Map(rendered.map((f) => [f.path, f]));
  const existing = new Set(snapshot.paths);
  const files = [...new Set(findings.map((f) => f.file))].sort();
  return files.flatMap((file) => {
    const baseline = byPath.get(file);
    const current = existing.has(file) ? (snapshot.files.get(file) ?? null) : null;
    if (!baseline || baseline.content === current) return [];
    // Files of the same component beside it that the repository lacks come along (a Dockerfile's .dockerignore).
    const companions = rendered.filter((r) => r.path !== file && r.component === baseline.component && dirOf(r.path) === dirOf(file) && !existing.has(r.path));
    const written = [baseline, ...companions];
    const replaced = buildRepoView({
      paths: [...new Set([...snapshot.paths, ...written.map((w) => w.path)])],
      files: new Map([...snapshot.files, ...written.map((w): [string, string] => [w.path, w.content])]),
    });
    if (runRules(replaced).some((f) => written.some((w) => w.path === f.file))) return [];
    return [
      {
        file,
        ruleIds: [...new Set(findings.filter((f) => f.file === file).map((f) => f.ruleId))].sort(),
        diff: [unifiedDiff(file, current, baseline.content), ...companions.map((c) => unifiedDiff(c.path, null, c.content))].join("\n"),
        component: baseline.component,
        creates: companions.map((c) => c.path),
        writes: written,
      },
    ];
  });
}

const dirOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".");
