import { lstatSync, readFileSync } from "node:fs";
import { badInput } from "../errors.js";
import type { DiskEntry } from "./plan.js";
import { resolveInsideRepo } from "./safe-path.js";

/** Owned files are small text; anything larger is not something we generated. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export function readDiskEntries(root: string, paths: Iterable<string>): Map<string, DiskEntry> {
  const entries = new Map<string, DiskEntry>();
  for (const path of paths) entries.set(path, readDiskEntry(root, path));
  return entries;
}

function readDiskEntry(root: string, path: string): DiskEntry {
  const absolute = resolveInsideRepo(root, path, "owned file");
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch {
    return { type: "missing" };
  }
  if (stat.isSymbolicLink()) return { type: "blocked", reason: "is a symbolic link; replace it with a regular file or eject it" };
  if (stat.isDirectory()) return { type: "blocked", reason: "is a directory where a file is generated" };
  if (!stat.isFile()) return { type: "blocked", reason: "is not a regular file" };
  if (stat.size > MAX_TEXT_BYTES) return { type: "blocked", reason: `is ${stat.size} bytes, too large to be a generated text file` };
  const bytes = readFileSync(absolute);
  if (bytes.includes(0)) return { type: "blocked", reason: "is a binary file where a text file is generated" };
  return { type: "file", content: bytes.toString("utf8") };
}

export function readTextIfExists(root: string, path: string): string | null {
  const absolute = resolveInsideRepo(root, path, "file");
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw badInput(`${path} is a directory, expected a file`);
    throw error;
  }
}
