import { lstatSync, realpathSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
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
 * `resolveInsideRepo` for a batch of paths read together: each folder costs one `lstat`, once, and only a
 * symbolic link is resolved in full (`check` reads every owned file; resolving each one's folder from the
 * root up was a tenth of its start-up time). Only for reads: a writer creates folders between calls.
 */
export function insideRepo(root: string): (path: string, what: string) => string {
  const top = resolve(root);
  const realFolders = new Map<string, string>();
  // Where a folder really is; a missing one counts as its nearest existing parent.
  const realFolder = (folder: string): string => {
    let real = realFolders.get(folder);
    if (real !== undefined) return real;
    if (folder === top) {
      real = realpathSync.native(top);
    } else {
      const stat = lstatOrUndefined(folder);
      real = stat?.isSymbolicLink() ? realpathSync.native(folder) : stat ? join(realFolder(dirname(folder)), basename(folder)) : realFolder(dirname(folder));
    }
    realFolders.set(folder, real);
    return real;
  };
  return (path, what) => {
    assertSafeRelativePath(path, what);
    const realRoot = realFolder(top);
    const rel = relative(realRoot, realFolder(dirname(join(top, path))));
    if (rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) {
      throw badInput(`${what}: "${path}" leads outside the repository through a symbolic link`);
    }
    return join(realRoot, path);
  };
}

/** Any failure (missing, a file on the way: ENOTDIR, no access) means: not there to resolve. */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
