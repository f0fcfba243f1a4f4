import { statSync } from "node:fs";
import { resolve } from "node:path";
import { badInput } from "../errors.js";

/** The repository folder a command works on: `--cwd`, else the current directory. */
export function repoRoot(cwd: string | undefined): string {
  const root = resolve(cwd ?? process.cwd());
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw badInput(`--cwd: "${root}" is not a directory`);
  return root;
}
