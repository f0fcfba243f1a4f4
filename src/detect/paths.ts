/** POSIX path helpers for repo-relative paths; the root directory is ".". */

export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === "." ? name : `${dir}/${name}`;
}

/** Number of directory segments: "." is 0, "apps/web" is 2. */
export function depthOf(dir: string): number {
  return dir === "." ? 0 : dir.split("/").length;
}

/** The directory itself, then each parent up to and including ".". */
export function selfAndAncestors(dir: string): string[] {
  const out: string[] = [];
  let current = dir;
  for (;;) {
    out.push(current);
    if (current === ".") return out;
    current = dirOf(current);
  }
}

/** True when `path` is `dir` or inside it. */
export function isWithin(path: string, dir: string): boolean {
  return dir === "." || path === dir || path.startsWith(`${dir}/`);
}

/** Display form for messages: "." reads as "the repository root". */
export function showDir(dir: string): string {
  return dir === "." ? "the repository root" : `${dir}/`;
}

/**
 * Normalises a path from a listing (backslashes, "./", leading or doubled slashes); undefined for
 * paths that are empty, try to leave the repository or start with a drive letter.
 */
export function normalisePath(raw: string): string | undefined {
  const segments = raw.replace(/\\/g, "/").split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes("..") || /^[A-Za-z]:/.test(segments[0] ?? "")) return undefined;
  return segments.join("/");
}
