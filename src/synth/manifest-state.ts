import { gitBlobSha, normaliseText } from "./git-blob.js";
import { JOURNAL_PATH, parseJournal, type Journal } from "./journal.js";
import { MANIFEST_PATH, type Manifest, type ManifestEntry, type ManifestReadResult } from "./manifest.js";
import { readDiskEntries, readTextIfExists } from "./read-disk.js";
import { insideRepo } from "./safe-path.js";
import { parseManifest } from "./salvage-manifest.js";

export interface ManifestState {
  readonly manifest: Manifest | null;
  readonly warnings: readonly string[];
  /** The journal of a run that died mid-write; the next writing run removes its temp files. */
  readonly interrupted?: Journal;
  /** The manifest file's text as found (null: none), so a damaged one is rewritten even if its entries are fine. */
  readonly raw: string | null;
}

/** Git blob SHA of the (normalised) text at a path, or `undefined` when there is no regular text file. */
export type ShaOnDisk = (path: string) => string | undefined;

/**
 * The manifest as the last run left it, recovered as far as possible. Reads, never writes.
 * If that run died mid-write, its journal lists what it was writing: a file whose content matches the
 * journal is ours too, not a hand edit.
 */
export function readManifestState(root: string): ManifestState {
  const resolve = insideRepo(root);
  const leadsInside = (path: string): boolean => {
    try {
      resolve(path, "manifest");
      return true;
    } catch {
      return false;
    }
  };
  const shaOnDisk: ShaOnDisk = (path) => {
    try {
      const entry = readDiskEntries(root, [path]).get(path);
      return entry?.type === "file" ? gitBlobSha(normaliseText(entry.content)) : undefined;
    } catch {
      return undefined; // an unsafe path: dropped below
    }
  };
  const raw = readTextIfExists(root, MANIFEST_PATH);
  const read = parseManifest(raw);
  const warnings: string[] = read.warning ? [read.warning] : [];
  let manifest = resolveManifestSides(read, shaOnDisk);
  if (manifest) {
    const { kept, dropped } = partition(manifest.files, leadsInside);
    if (dropped.length > 0) {
      warnings.push(`${MANIFEST_PATH}: ignored ${dropped.join(", ")}: the path leads outside the repository through a symbolic link`);
      manifest = { ...manifest, files: kept };
    }
  }

  const journalText = readTextIfExists(root, JOURNAL_PATH);
  if (journalText === null) return { manifest, warnings, raw };
  const journal = parseJournal(journalText);
  if (!journal) return { manifest, warnings: [...warnings, `${JOURNAL_PATH} is unreadable and was ignored`], raw };
  const files: Record<string, ManifestEntry> = { ...(manifest?.files ?? {}) };
  for (const [path, sha] of Object.entries(journal.written)) {
    const entry = journal.manifest.files[path];
    if (path.split("/").includes("__proto__")) continue;
    if (entry && Object.hasOwn(journal.manifest.files, path) && leadsInside(path) && shaOnDisk(path) === sha) files[path] = entry;
  }
  warnings.push("The previous run was interrupted; the files it had finished were recognised as its own, and this run completes it");
  return { manifest: { ...(manifest ?? journal.manifest), files }, warnings, interrupted: journal, raw };
}

/**
 * One manifest from a parse result. With both sides of a merge conflict, each path keeps the entry whose
 * SHA matches the file on disk, else the first side's (a mismatch then counts as a hand edit: safe).
 */
export function resolveManifestSides(read: ManifestReadResult, shaOnDisk: ShaOnDisk): Manifest | null {
  if (!read.manifest) return null;
  if (!read.sides || read.sides.length < 2) return read.manifest;
  const files: Record<string, ManifestEntry> = {};
  const paths = new Set(read.sides.flatMap((side) => Object.keys(side.files)));
  for (const path of paths) {
    const candidates = read.sides.map((side) => (Object.hasOwn(side.files, path) ? side.files[path] : undefined)).filter((e): e is ManifestEntry => e !== undefined);
    const onDisk = shaOnDisk(path);
    files[path] = candidates.find((c) => c.sha === onDisk) ?? candidates[0]!;
  }
  return { ...read.manifest, files };
}

function partition(files: Readonly<Record<string, ManifestEntry>>, keep: (path: string) => boolean) {
  const kept: Record<string, ManifestEntry> = {};
  const dropped: string[] = [];
  for (const [path, entry] of Object.entries(files)) {
    if (keep(path)) kept[path] = entry;
    else dropped.push(JSON.stringify(path));
  }
  return { kept, dropped };
}
