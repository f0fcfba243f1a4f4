import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { badInput } from "../errors.js";
import { filesToRead, HEAD_ONLY_BYTES, readsHeadOnly } from "./files-to-read.js";
import { isIgnoredDirName, MAX_DIR_DEPTH } from "./ignore-paths.js";
import type { RepoSnapshot } from "./types.js";

/** A monorepo's sources fit well within this; past it, deeper files are not listed. */
export const MAX_FILES = 20_000;
/** Manifests and settings are small; anything bigger is generated or not what we look for. */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * The I/O edge of detection: lists a folder (skipping dependencies, virtualenvs and build output,
 * never following symlinks) and reads only the files `toRead` asks for (by default, detection's). A root that is not a
 * folder is bad input.
 */
export function readLocalSnapshot(root: string, toRead: (paths: readonly string[]) => Iterable<string> = filesToRead): RepoSnapshot {
  const absoluteRoot = resolve(root);
  if (!statSync(absoluteRoot, { throwIfNoEntry: false })?.isDirectory()) {
    throw badInput(`Cannot detect the stack of ${root}: it is not a folder.`);
  }
  const paths: string[] = [];
  // Breadth-first, so the file cap drops the deepest files, not a whole top-level folder.
  let level: string[] = [""];
  for (let depth = 0; depth <= MAX_DIR_DEPTH && level.length > 0 && paths.length < MAX_FILES; depth++) {
    const next: string[] = [];
    for (const dir of level.sort()) {
      const entries = listDir(join(absoluteRoot, dir));
      // A folder holding pyvenv.cfg is a virtualenv, whatever its name.
      if (dir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      for (const entry of entries) {
        const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !isIgnoredDirName(entry.name)) next.push(path);
        else if (entry.isFile() && paths.length < MAX_FILES) paths.push(path);
      }
    }
    level = next;
  }
  const files = new Map<string, string>();
  for (const path of toRead(paths)) {
    const text = readSmallFile(join(absoluteRoot, path), readsHeadOnly(path) ? HEAD_ONLY_BYTES : undefined);
    if (text !== undefined) files.set(path, text);
  }
  return { paths: paths.sort(), files, name: basename(absoluteRoot) };
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return []; // unreadable folders are simply not part of what we can see
  }
}

/** The file's text, or only its first `headBytes` (at a line end) when given. */
function readSmallFile(path: string, headBytes?: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    let size = fstatSync(fd).size;
    if (headBytes !== undefined) size = Math.min(size, headBytes);
    else if (size > MAX_FILE_BYTES) return undefined;
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    const text = buffer.subarray(0, read).toString("utf8");
    return headBytes === undefined ? text : text.slice(0, text.lastIndexOf("\n") + 1);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
