import { diff3Merge } from "node-diff3";
import { normaliseText } from "./git-blob.js";

/** The three sides of a regenerate: what the tool last wrote, what it renders now, what is on disk. */
export interface MergeInput {
  /** Repo path, for the report. */
  readonly path: string;
  /** What the tool last wrote (the manifest's blob). */
  readonly base: string;
  /** The new render. */
  readonly ours: string;
  /** The file as the user left it. */
  readonly theirs: string;
}

/** One region both sides changed differently. Line numbers are 1-based. */
export interface MergeConflict {
  readonly baseLine: number;
  readonly theirsLine: number;
  readonly base: readonly string[];
  readonly ours: readonly string[];
  readonly theirs: readonly string[];
}

export type MergeOutcome =
  | { readonly clean: true; readonly content: string }
  | {
      readonly clean: false;
      readonly conflicts: readonly MergeConflict[];
      /** One reviewable report of every conflicting region (no `.rej` files, no markers in the file). */
      readonly report: string;
      /** The merge with git-style diff3 conflict markers, only written when asked (`--conflict markers`). */
      readonly withMarkers: string;
    };

export const CONFLICT_LABELS = {
  theirs: "yours (on disk)",
  base: "last generated",
  ours: "new baseline",
} as const;

/**
 * 3-way line merge (node-diff3, the diff3 algorithm of Khanna, Kunal and Pierce): edits on both sides
 * that do not overlap are combined; identical edits on both sides are not a conflict. Pure and
 * in-memory, so resync/rollout run it on files fetched through the API. Text is compared after git's
 * normalisation (BOM, CRLF), so a checkout with autocrlf merges like the committed file.
 */
export function mergeThreeWay(input: MergeInput): MergeOutcome {
  const base = splitLines(normaliseText(input.base));
  const ours = splitLines(normaliseText(input.ours));
  const theirs = splitLines(normaliseText(input.theirs));
  // a = theirs (the user's), o = base, b = ours (the new render).
  const regions = diff3Merge(theirs, base, ours, { excludeFalseConflicts: true });
  const merged: string[] = [];
  const marked: string[] = [];
  const conflicts: MergeConflict[] = [];
  for (const region of regions) {
    if (region.ok) {
      merged.push(...region.ok);
      marked.push(...region.ok);
      continue;
    }
    const c = region.conflict!;
    conflicts.push({ baseLine: c.oIndex + 1, theirsLine: c.aIndex + 1, base: c.o, ours: c.b, theirs: c.a });
    marked.push(
      `<<<<<<< ${CONFLICT_LABELS.theirs}\n`,
      ...terminated(c.a),
      `||||||| ${CONFLICT_LABELS.base}\n`,
      ...terminated(c.o),
      "=======\n",
      ...terminated(c.b),
      `>>>>>>> ${CONFLICT_LABELS.ours}\n`,
    );
  }
  if (conflicts.length === 0) return { clean: true, content: merged.join("") };
  return { clean: false, conflicts, report: conflictReport(input.path, conflicts), withMarkers: marked.join("") };
}

/** Lines with their terminators, so joining them gives the text back byte for byte. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A conflict side whose last line has no newline still needs one before the next marker. */
function terminated(lines: readonly string[]): string[] {
  return lines.map((line) => (line.endsWith("\n") ? line : `${line}\n`));
}

/**
 * A unified-diff-style report: for each conflict, the region as last generated, then what you changed
 * it to and what the new baseline changes it to, each as -/+ lines against that base.
 */
export function conflictReport(path: string, conflicts: readonly MergeConflict[]): string {
  const out: string[] = [
    `${path}: ${conflicts.length} region(s) changed both by hand and by the new baseline; the file was not written.`,
  ];
  conflicts.forEach((c, i) => {
    const baseEnd = c.baseLine + Math.max(c.base.length, 1) - 1;
    out.push(`@@ conflict ${i + 1} of ${conflicts.length}: lines ${c.baseLine}-${baseEnd} as last generated @@`);
    out.push(`--- ${CONFLICT_LABELS.base}`, `+++ ${CONFLICT_LABELS.theirs}`);
    out.push(...asLines("-", c.base), ...asLines("+", c.theirs));
    out.push(`--- ${CONFLICT_LABELS.base}`, `+++ ${CONFLICT_LABELS.ours}`);
    out.push(...asLines("-", c.base), ...asLines("+", c.ours));
  });
  out.push(
    "Resolve by moving your change into the config's overrides (or eject the file), or run synth with --force (your version is kept as a .orig backup), or with --conflict markers to write the file with conflict markers.",
  );
  return out.join("\n");
}

function asLines(prefix: string, lines: readonly string[]): string[] {
  return lines.map((line) => (line.endsWith("\n") ? `${prefix}${line.slice(0, -1)}` : `${prefix}${line}\n\\ No newline at end of file`));
}
