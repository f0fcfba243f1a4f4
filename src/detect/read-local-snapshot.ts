import { statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { badInput } from "../errors.js";
import { filesToRead, HEAD_ONLY_BYTES, readsHeadOnly } from "./files-to-read.js";
import { listRepoPaths, readSmallFile } from "../repo-tree/walk.js";
import { MAX_DIR_DEPTH } from "./ignore-paths.js";
import type { RepoSnapshot } from "./types.js";

/** A monorepo's sources fit well within this; past it, deeper files are not listed. */
export const MAX_FILES = 20_000;
/** Manifests and settings are small; anything bigger is generated or not what we look for. */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * The I/O edge of detection: lists the repository (src/repo-tree/walk.ts) and reads only the files
 * `toRead` asks for (by default, detection's). A root that is not a folder is bad input.
 */
export function readLocalSnapshot(root: string, toRead: (paths: readonly string[]) => Iterable<string> = filesToRead): RepoSnapshot {
  const absoluteRoot = resolve(root);
  if (!statSync(absoluteRoot, { throwIfNoEntry: false })?.isDirectory()) {
    throw badInput(`Cannot detect the stack of ${root}: it is not a folder.`);
  }
  const paths = listRepoPaths(absoluteRoot, { maxDepth: MAX_DIR_DEPTH, maxFiles: MAX_FILES });
  const files = new Map<string, string>();
  for (const path of toRead(paths)) {
    const text = readSmallFile(join(absoluteRoot, path), { maxBytes: MAX_FILE_BYTES, ...(readsHeadOnly(path) ? { headBytes: HEAD_ONLY_BYTES } : {}) });
    if (text !== undefined) files.set(path, text);
  }
  return { paths, files, name: basename(absoluteRoot) };
}
