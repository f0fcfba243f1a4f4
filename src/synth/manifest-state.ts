import { gitBlobSha, normaliseText } from "./git-blob.js";
import { MANIFEST_PATH, parseManifest, type Manifest } from "./manifest.js";
import { readTextIfExists } from "./read-disk.js";
import { JOURNAL_PATH } from "./write-tree.js";

export interface ManifestState {
  readonly manifest: Manifest | null;
  readonly warnings: readonly string[];
}

/**
 * The manifest as the last run left it. If that run died mid-write, its journal lists what it was
 * writing: a file whose content matches the journal is ours too, not a hand edit.
 */
export function readManifestState(root: string): ManifestState {
  const warnings: string[] = [];
  const { manifest, warning } = parseManifest(readTextIfExists(root, MANIFEST_PATH));
  if (warning) warnings.push(warning);
  const journalText = readTextIfExists(root, JOURNAL_PATH);
  if (journalText === null) return { manifest, warnings };
  const journal = parseManifest(journalText).manifest;
  if (!journal) return { manifest, warnings: [...warnings, `${JOURNAL_PATH} is unreadable and was ignored`] };
  const files = { ...(manifest?.files ?? {}) };
  for (const [path, entry] of Object.entries(journal.files)) {
    const onDisk = readTextIfExists(root, path);
    if (onDisk !== null && gitBlobSha(normaliseText(onDisk)) === entry.sha) files[path] = entry;
  }
  warnings.push("The previous run was interrupted; its partly written files were recognised and are finished now");
  return { manifest: { ...(manifest ?? journal), files }, warnings };
}
