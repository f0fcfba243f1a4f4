import type { RenderedFile } from "./file-model.js";
import { gitBlobSha, normaliseText } from "./git-blob.js";
import { hasMarker } from "./marker.js";
import type { Manifest, ManifestEntry } from "./manifest.js";

/** What is at a path on disk (or in a remote tree), as far as the plan needs to know. */
export type DiskEntry =
  | { readonly type: "missing" }
  | { readonly type: "file"; readonly content: string }
  | { readonly type: "blocked"; readonly reason: string };

export interface PlanFlags {
  /** Overwrite hand-edited owned files (the old content is backed up). */
  readonly force: boolean;
  /** Take over existing unowned files (the old content is backed up). */
  readonly adopt: boolean;
}

export type PlannedAction =
  | { readonly type: "create"; readonly file: RenderedFile }
  | { readonly type: "update"; readonly file: RenderedFile; readonly previous: string }
  | { readonly type: "unchanged"; readonly file: RenderedFile }
  /** Existing file replaced with --adopt or --force; `previous` is kept as a backup. */
  | { readonly type: "replace"; readonly file: RenderedFile; readonly previous: string; readonly why: "adopt" | "force" }
  | { readonly type: "delete"; readonly path: string; readonly previous: string }
  /** An existing file we do not own: never overwritten without --adopt. */
  | { readonly type: "skip-unowned"; readonly file: RenderedFile; readonly existing: string }
  /** An owned file edited by hand: never overwritten without --force. */
  | { readonly type: "keep-edited"; readonly file: RenderedFile; readonly existing: string }
  /** An owned file no longer generated but edited by hand: left in place and disowned. */
  | { readonly type: "keep-orphan"; readonly path: string; readonly existing: string }
  | { readonly type: "blocked"; readonly path: string; readonly reason: string };

export interface Plan {
  readonly actions: readonly PlannedAction[];
  /** Manifest entries after the plan is applied. */
  readonly files: Readonly<Record<string, ManifestEntry>>;
}

const WRITES = new Set<PlannedAction["type"]>(["create", "update", "replace", "delete"]);
const CONFLICTS = new Set<PlannedAction["type"]>(["skip-unowned", "keep-edited", "blocked"]);

export const isWrite = (a: PlannedAction): boolean => WRITES.has(a.type);
export const isConflict = (a: PlannedAction): boolean => CONFLICTS.has(a.type);

/**
 * Decides, for every rendered and every previously owned path, what synth does. Pure: the disk is an input.
 * Text is compared after git's normalisation (BOM, CRLF), so a checkout with autocrlf shows no false drift.
 */
export function planSynth(
  rendered: readonly RenderedFile[],
  manifest: Manifest | null,
  disk: ReadonlyMap<string, DiskEntry>,
  flags: PlanFlags,
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
    const ownedEntry = owned[file.path] ?? (manifest === null && hasMarker(existing) ? { sha: gitBlobSha(existing), component: file.component } : undefined);
    if (!ownedEntry) {
      if (flags.adopt) {
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
      actions.push({ type: "keep-edited", file, existing: entry.content });
      files[file.path] = ownedEntry;
    }
  }

  for (const [path, ownedEntry] of Object.entries(owned)) {
    if (renderedPaths.has(path)) continue;
    const entry = disk.get(path) ?? { type: "missing" };
    if (entry.type !== "file") continue;
    const existing = normaliseText(entry.content);
    if (gitBlobSha(existing) === ownedEntry.sha || flags.force) {
      actions.push({ type: "delete", path, previous: entry.content });
    } else {
      actions.push({ type: "keep-orphan", path, existing: entry.content });
    }
  }

  return { actions: actions.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1)), files };
}

export function pathOf(action: PlannedAction): string {
  return "file" in action ? action.file.path : action.path;
}
