import type { RenderedFile } from "./file-model.js";
import { gitBlobSha, normaliseText } from "./git-blob.js";
import { hasMarker } from "./marker.js";
import type { Manifest, ManifestEntry } from "./manifest.js";
import { mergeThreeWay } from "./merge.js";

/** What is at a path on disk (or in a remote tree), as far as the plan needs to know. */
export type DiskEntry =
  | { readonly type: "missing" }
  | { readonly type: "file"; readonly content: string }
  | { readonly type: "blocked"; readonly reason: string };

export interface PlanFlags {
  /** Overwrite hand-edited owned files (the old content is backed up). */
  readonly force: boolean;
  /** Take over existing unowned files (the old content is backed up): all of them, or those listed. */
  readonly adopt: boolean | ReadonlySet<string>;
  /**
   * What a 3-way merge with overlapping edits does: `report` (default) writes nothing for that file and
   * reports the conflicting regions; `markers` writes the file with git-style conflict markers.
   */
  readonly conflict?: "report" | "markers";
}

/**
 * The content the tool last wrote for a manifest SHA (the base of a 3-way merge), or `undefined` when it
 * cannot be found (not a git repository, object pruned). Keeps the plan pure: git is read by the caller.
 */
export type ReadBase = (sha: string) => string | undefined;

/**
 * Recorded for a file whose ownership was recovered from its marker alone: what the tool last wrote is
 * unknown, so any difference from the render counts as a hand edit until `--force`.
 */
export const UNKNOWN_BASE_SHA = "0".repeat(40);

export type PlannedAction =
  | { readonly type: "create"; readonly file: RenderedFile }
  | { readonly type: "update"; readonly file: RenderedFile; readonly previous: string }
  | { readonly type: "unchanged"; readonly file: RenderedFile }
  /** Existing file replaced with --adopt or --force; `previous` is kept as a backup. */
  | { readonly type: "replace"; readonly file: RenderedFile; readonly previous: string; readonly why: "adopt" | "force" }
  /** `backup`: a hand-edited file no longer generated, deleted with --force; `previous` is kept as a backup. */
  | { readonly type: "delete"; readonly path: string; readonly previous: string; readonly backup?: boolean }
  /** An existing file we do not own: never overwritten without --adopt. */
  | { readonly type: "skip-unowned"; readonly file: RenderedFile; readonly existing: string }
  /**
   * An owned file edited by hand and changed by the baseline, 3-way merged: `content` is written.
   * `conflicts` > 0 only with `--conflict markers`: the content then carries conflict markers.
   */
  | { readonly type: "merge"; readonly file: RenderedFile; readonly previous: string; readonly content: string; readonly conflicts: number }
  /** Both the baseline and a hand edit changed the same lines: nothing is written, `report` says where. */
  | { readonly type: "conflict"; readonly file: RenderedFile; readonly existing: string; readonly report: string }
  /** An owned file edited by hand: never overwritten without --force. `note` says why no merge was possible. */
  | { readonly type: "keep-edited"; readonly file: RenderedFile; readonly existing: string; readonly note?: string }
  /** An owned file no longer generated but edited by hand: left in place and disowned. */
  | { readonly type: "keep-orphan"; readonly path: string; readonly existing: string }
  | { readonly type: "blocked"; readonly path: string; readonly reason: string };

export interface Plan {
  readonly actions: readonly PlannedAction[];
  /** Manifest entries after the plan is applied. */
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

const WRITES = new Set<PlannedAction["type"]>(["create", "update", "replace", "merge", "delete"]);
const CONFLICTS = new Set<PlannedAction["type"]>(["skip-unowned", "keep-edited", "conflict", "blocked"]);

export const isWrite = (a: PlannedAction): boolean => WRITES.has(a.type);
/** Files synth left alone or wrote with conflict markers: the run exits 1 so they get looked at. */
export const isConflict = (a: PlannedAction): boolean => CONFLICTS.has(a.type) || (a.type === "merge" && a.conflicts > 0);

/** The bytes a writing action puts on disk. */
export function writtenContent(a: PlannedAction): string | undefined {
  if (a.type === "merge") return a.content;
  if (a.type === "create" || a.type === "update" || a.type === "replace") return a.file.content;
  return undefined;
}

/**
 * Decides, for every rendered and every previously owned path, what synth does. Pure: the disk is an input.
 * Text is compared after git's normalisation (BOM, CRLF), so a checkout with autocrlf shows no false drift.
 */
export function planSynth(
  rendered: readonly RenderedFile[],
  manifest: Manifest | null,
  disk: ReadonlyMap<string, DiskEntry>,
  flags: PlanFlags,
  readBase: ReadBase = () => undefined,
): Plan {
  const actions: PlannedAction[] = [];
  const files: Record<string, ManifestEntry> = {};
  const owned = manifest?.files ?? {};
  const renderedPaths = new Set(rendered.map((f) => f.path));

  for (const file of rendered) {
    const entry = disk.get(file.path) ?? { type: "missing" };
    const newEntry = { sha: gitBlobSha(file.content), component: file.component };
    if (entry.type === "blocked") {
      actions.push({ type: "blocked", path: file.path, reason: entry.reason });
      continue;
    }
    if (entry.type === "missing") {
      actions.push({ type: "create", file });
      files[file.path] = newEntry;
      continue;
    }
    const existing = normaliseText(entry.content);
    if (existing === file.content) {
      actions.push({ type: "unchanged", file });
      files[file.path] = newEntry;
      continue;
    }
    const recovered = owned[file.path] === undefined && manifest === null && hasMarker(existing);
    const ownedEntry = owned[file.path] ?? (recovered ? { sha: UNKNOWN_BASE_SHA, component: file.component } : undefined);
    if (!ownedEntry) {
      if (flags.adopt === true || (flags.adopt !== false && flags.adopt.has(file.path))) {
        actions.push({ type: "replace", file, previous: entry.content, why: "adopt" });
        files[file.path] = newEntry;
      } else {
        actions.push({ type: "skip-unowned", file, existing: entry.content });
      }
      continue;
    }
    if (gitBlobSha(existing) === ownedEntry.sha) {
      actions.push({ type: "update", file, previous: entry.content });
      files[file.path] = newEntry;
    } else if (flags.force) {
      actions.push({ type: "replace", file, previous: entry.content, why: "force" });
      files[file.path] = newEntry;
    } else {
      const { action, entry: kept } = planHandEdited(file, entry.content, ownedEntry, newEntry, flags, readBase);
      actions.push(action);
      files[file.path] = kept;
    }
  }

  for (const [path, ownedEntry] of Object.entries(owned)) {
    if (renderedPaths.has(path)) continue;
    const entry = disk.get(path) ?? { type: "missing" };
    if (entry.type !== "file") continue;
    const existing = normaliseText(entry.content);
    if (gitBlobSha(existing) === ownedEntry.sha) {
      actions.push({ type: "delete", path, previous: entry.content });
    } else if (flags.force) {
      actions.push({ type: "delete", path, previous: entry.content, backup: true });
    } else {
      actions.push({ type: "keep-orphan", path, existing: entry.content });
    }
  }

  return { actions: actions.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1)), files };
}

/**
 * An owned file that differs from what the tool last wrote. If the baseline changed it too, 3-way merge
 * (base = last written, ours = render, theirs = disk). The manifest then records the render's SHA, not
 * the merged bytes: the entry names the baseline version the file is based on, so the next run merges
 * against it again and `check` keeps showing the hand edit as drift. Recording the merged bytes would
 * make the next run take the hand edit for ours and overwrite it without a word.
 */
function planHandEdited(
  file: RenderedFile,
  onDisk: string,
  ownedEntry: ManifestEntry,
  newEntry: ManifestEntry,
  flags: PlanFlags,
  readBase: ReadBase,
): { action: PlannedAction; entry: ManifestEntry } {
  const keep = (note?: string, entry: ManifestEntry = ownedEntry) => ({
    action: { type: "keep-edited", file, existing: onDisk, ...(note ? { note } : {}) } as PlannedAction,
    entry,
  });
  // The baseline did not change this file: nothing to merge, the hand edit stays.
  if (ownedEntry.sha === newEntry.sha) return keep();
  if (ownedEntry.sha === UNKNOWN_BASE_SHA) {
    return keep("ownership was recovered from the file's marker, so what was last generated is unknown");
  }
  const base = readBase(ownedEntry.sha);
  if (base === undefined || gitBlobSha(normaliseText(base)) !== ownedEntry.sha) {
    return keep(`the version last generated (blob ${ownedEntry.sha.slice(0, 12)}) is not in git's object store, so it cannot be merged`);
  }
  const outcome = mergeThreeWay({ path: file.path, base, ours: file.content, theirs: onDisk });
  if (outcome.clean) {
    // The file already holds the baseline's change: nothing to write, but it is now based on the new render.
    if (outcome.content === normaliseText(onDisk)) return keep(undefined, newEntry);
    return { action: { type: "merge", file, previous: onDisk, content: outcome.content, conflicts: 0 }, entry: newEntry };
  }
  if (flags.conflict === "markers") {
    return {
      action: { type: "merge", file, previous: onDisk, content: outcome.withMarkers, conflicts: outcome.conflicts.length },
      entry: newEntry,
    };
  }
  return { action: { type: "conflict", file, existing: onDisk, report: outcome.report }, entry: ownedEntry };
}

/**
 * The manifest SHAs `planSynth` may ask `readBase` for: owned files that differ both from what was last
 * written and from the new render. Resync and rollout fetch exactly these blobs through the API, then
 * pass `(sha) => fetched.get(sha)`, so the plan stays synchronous and pure.
 */
export function basesNeeded(rendered: readonly RenderedFile[], manifest: Manifest | null, disk: ReadonlyMap<string, DiskEntry>): string[] {
  const needed = new Set<string>();
  for (const file of rendered) {
    const entry = manifest && Object.hasOwn(manifest.files, file.path) ? manifest.files[file.path] : undefined;
    const onDisk = disk.get(file.path);
    if (!entry || entry.sha === UNKNOWN_BASE_SHA || onDisk?.type !== "file") continue;
    const existing = normaliseText(onDisk.content);
    const sha = gitBlobSha(existing);
    if (existing !== file.content && sha !== entry.sha && entry.sha !== gitBlobSha(file.content)) needed.add(entry.sha);
  }
  return [...needed].sort();
}

export function pathOf(action: PlannedAction): string {
  return "file" in action ? action.file.path : action.path;
}
