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
  return insideRepo(root)(path, what);
}

/**
 * `resolveInsideRepo` for a batch of paths read together: the root and each folder are resolved once
 * (`check` reads every owned file, and resolving them one by one was a tenth of its start-up time).
 * Only for reads: a writer creates folders between calls.
 */
export function insideRepo(root: string): (path: string, what: string) => string {
  let realRoot: string | undefined;
  const realFolders = new Map<string, string>();
  return (path, what) => {
    assertSafeRelativePath(path, what);
    realRoot ??= realpathSync(root);
    const parent = dirname(join(root, path));
    let realParent = realFolders.get(parent);
    if (realParent === undefined) {
      realParent = realpathSync(nearestExisting(parent));
      realFolders.set(parent, realParent);
    }
    const rel = relative(realRoot, realParent);
    if (rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) {
      throw badInput(`${what}: "${path}" leads outside the repository through a symbolic link`);
    }
    return join(realRoot, path);
  };
}

/** The folder itself, or the nearest of its parents that exists. */
function nearestExisting(folder: string): string {
  for (;;) {
    try {
      lstatSync(folder);
      return folder;
    } catch {
      folder = dirname(folder);
    }
  }
}
