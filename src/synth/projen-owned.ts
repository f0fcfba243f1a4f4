import type { DiskEntry } from "./plan.js";
import { readTextIfExists } from "./read-disk.js";

/** projen's record of the files it generated (projen's `cleanup.FILE_MANIFEST`). */
export const PROJEN_FILES_PATH = ".projen/files.json";

/**
 * Paths projen owns in this repository, from `.projen/files.json`. The standalone CLI never writes
 * them: projen would overwrite or delete them on its next run. Unreadable → nothing is projen's.
 */
export function readProjenOwned(root: string): ReadonlySet<string> {
  const text = readTextIfExists(root, PROJEN_FILES_PATH);
  if (text === null) return new Set();
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    return new Set(Array.isArray(files) ? files.filter((f): f is string => typeof f === "string").map((f) => f.replace(/^\.\//, "")) : []);
  } catch {
    return new Set();
  }
}

export const PROJEN_OWNED_REASON = `is owned by projen (listed in ${PROJEN_FILES_PATH}); generate it from .projenrc.ts with \`create-devops-baseline/projen\` instead`;

/** The disk entries the plan sees, with every projen-owned path blocked. */
export function blockProjenOwned(root: string, entries: ReadonlyMap<string, DiskEntry>): Map<string, DiskEntry> {
  const owned = readProjenOwned(root);
  const result = new Map(entries);
  for (const path of entries.keys()) if (owned.has(path)) result.set(path, { type: "blocked", reason: PROJEN_OWNED_REASON });
  return result;
}
