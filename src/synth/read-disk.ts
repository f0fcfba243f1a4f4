import { lstatSync, readFileSync } from "node:fs";
import { badInput } from "../errors.js";
import type { DiskEntry } from "./plan.js";
import { insideRepo, resolveInsideRepo } from "./safe-path.js";

/** Owned files are small text; anything larger is not something we generated. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function readDiskEntries(root: string, paths: Iterable<string>): Map<string, DiskEntry> {
  const resolve = insideRepo(root);
  const entries = new Map<string, DiskEntry>();
  for (const path of paths) entries.set(path, readDiskEntry(resolve(path, "owned file")));
  return entries;
}

function readDiskEntry(absolute: string): DiskEntry {
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return { type: "blocked", reason: "a folder on its path is a file" };
    if (code !== "ENOENT") return { type: "blocked", reason: `cannot be inspected (${code ?? "error"})` };
    return { type: "missing" };
  }
  if (stat.isSymbolicLink()) return { type: "blocked", reason: "is a symbolic link; replace it with a regular file or eject it" };
  if (stat.isDirectory()) return { type: "blocked", reason: "is a directory where a file is generated" };
  if (!stat.isFile()) return { type: "blocked", reason: "is not a regular file" };
  if (stat.size > MAX_TEXT_BYTES) return { type: "blocked", reason: `is ${stat.size} bytes, too large to be a generated text file` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return { type: "blocked", reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.includes(0)) return { type: "blocked", reason: "is a binary file where a text file is generated" };
  try {
    // Decoding invalid UTF-8 would replace bytes, and a merge or backup would then lose them.
    return { type: "file", content: UTF8.decode(bytes) };
  } catch {
    return { type: "blocked", reason: "is not UTF-8 text; convert it to UTF-8 or delete it" };
  }
}

export function readTextIfExists(root: string, path: string): string | null {
  const absolute = resolveInsideRepo(root, path, "file");
  try {
    return readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (code === "EISDIR") throw badInput(`${path} is a directory, expected a file`);
    throw badInput(`${path} cannot be read (${code ?? String(error)})`);
  }
}
