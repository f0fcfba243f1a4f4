import { closeSync, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import { isIgnoredDirName } from "../detect/ignore-paths.js";

/**
 * The one walk over a local repository that detection and the audit share: breadth-first, so a file
 * cap drops the deepest files rather than a whole top-level folder; dependencies, virtualenvs (any
 * folder holding pyvenv.cfg) and build output skipped; symbolic links never followed; an unreadable
 * folder simply not listed. Paths are POSIX, repository-relative, sorted.
 */
export function listRepoPaths(root: string, limits: { readonly maxDepth: number; readonly maxFiles: number }): string[] {
  const paths: string[] = [];
  let level: string[] = [""];
  for (let depth = 0; depth <= limits.maxDepth && level.length > 0 && paths.length < limits.maxFiles; depth++) {
    const next: string[] = [];
    for (const dir of level.sort()) {
      const entries = listDir(join(root, dir));
      if (dir !== "" && entries.some((e) => e.name === "pyvenv.cfg" && e.isFile())) continue;
      for (const entry of entries) {
        const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !isIgnoredDirName(entry.name)) next.push(path);
        else if (entry.isFile() && paths.length < limits.maxFiles) paths.push(path);
      }
    }
    level = next;
  }
  return paths.sort();
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * A file's text; `undefined` when it is unreadable or larger than `maxBytes`. With `headBytes`, only
 * its first bytes up to a line end, whatever its size.
 */
export function readSmallFile(path: string, limits: { readonly maxBytes: number; readonly headBytes?: number }): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    let size = fstatSync(fd).size;
    if (limits.headBytes !== undefined) size = Math.min(size, limits.headBytes);
    else if (size > limits.maxBytes) return undefined;
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    const text = buffer.subarray(0, read).toString("utf8");
    return limits.headBytes === undefined ? text : text.slice(0, text.lastIndexOf("\n") + 1);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
