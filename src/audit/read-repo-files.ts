import { join } from "node:path";
import { MAX_DIR_DEPTH } from "../detect/ignore-paths.js";
import { listRepoPaths, readSmallFile } from "../repo-tree/walk.js";
import { filesToAudit, type RepoSnapshot } from "../rules/files-to-audit.js";
import { normaliseText } from "../synth/git-blob.js";

/** A monorepo fits within this; past it, deeper files are not listed. */
const MAX_FILES = 50_000;
/** DevOps files are small; anything bigger is generated or not one of them. */
const MAX_FILE_BYTES = 512 * 1024;

/**
 * The I/O edge of `audit`: lists the repository (src/repo-tree/walk.ts) two levels deeper than
 * detection does, since workflows and deploy files sit below the apps, and reads only the files the
 * rules need, as git stores text (no BOM, LF line endings).
 */
export function readRepoFiles(root: string): RepoSnapshot {
  const paths = listRepoPaths(root, { maxDepth: MAX_DIR_DEPTH + 2, maxFiles: MAX_FILES });
  const files = new Map<string, string>();
  for (const path of filesToAudit(paths)) {
    const text = readSmallFile(join(root, path), { maxBytes: MAX_FILE_BYTES });
    if (text !== undefined) files.set(path, normaliseText(text));
  }
  return { paths, files };
}
