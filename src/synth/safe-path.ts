import { lstatSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { badInput } from "../errors.js";

/** Refuses paths that could write outside the repository: absolute, `..`, or through a symlinked folder. */
export function assertSafeRelativePath(path: string, what: string): void {
  if (path === "" || isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.includes("\\") || path.includes("\0")) {
    throw badInput(`${what}: "${path}" must be a relative POSIX path inside the repository`);
  }
  if (path.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) {
    throw badInput(`${what}: "${path}" must not contain "..", "." or empty segments`);
  }
}

/** Absolute target for a repo path, after checking that no existing parent folder leads out of the repo. */
export function resolveInsideRepo(root: string, path: string, what: string): string {
  assertSafeRelativePath(path, what);
  const realRoot = realpathSync(root);
  let parent = dirname(join(root, path));
  // Walk up to the nearest existing folder and check where it really is.
  for (;;) {
    try {
      lstatSync(parent);
      break;
    } catch {
      parent = dirname(parent);
    }
  }
  const realParent = realpathSync(parent);
  const rel = relative(realRoot, realParent);
  if (rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) {
    throw badInput(`${what}: "${path}" leads outside the repository through a symbolic link`);
  }
  return join(realRoot, path);
}
