import { closeSync, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import { isIgnoredDirName, MAX_DIR_DEPTH } from "../detect/ignore-paths.js";
import { filesToAudit, type RepoSnapshot } from "../rules/files-to-audit.js";

/** A monorepo fits within this; past it, deeper files are not listed. */
const MAX_FILES = 50_000;
/** DevOps files are small; anything bigger is generated or not one of them. */
const MAX_FILE_BYTES = 512 * 1024;

/**
 * The I/O edge of `audit`: lists a folder breadth-first (skipping dependencies, virtualenvs and
 * build output, never following symlinks) and reads only the files the rules need.
 */
export function readRepoFiles(root: string): RepoSnapshot {
  const paths: string[] = [];
  let level: string[] = [""];
  for (let depth = 0; depth <= MAX_DIR_DEPTH + 2 && level.length > 0 && paths.length < MAX_FILES; depth++) {
    const next: string[] = [];
    for (const dir of level.sort()) {
      const entries = listDir(join(root, dir));
      if (dir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      for (const entry of entries) {
        const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
        // .github is a dot folder we must see; other ignored names (node_modules, .git, .venv…) are skipped.
        if (entry.isDirectory() && !isIgnoredDirName(entry.name)) next.push(path);
        else if (entry.isFile() && paths.length < MAX_FILES) paths.push(path);
      }
    }
    level = next;
  }
  const files = new Map<string, string>();
  for (const path of filesToAudit(paths)) {
    const text = readSmallFile(join(root, path));
    if (text !== undefined) files.set(path, text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"));
  }
  return { paths: paths.sort(), files };
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return []; // an unreadable folder is not part of what can be audited
  }
}

function readSmallFile(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return undefined;
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
