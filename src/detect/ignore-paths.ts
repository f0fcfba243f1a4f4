import { baseOf, depthOf, dirOf, normalisePath } from "./paths.js";

/** Directories that hold installed, generated or cached files, never the project's own sources. */
const IGNORED_DIRS = new Set([
  ".git", ".hg", ".svn",
  "node_modules", "bower_components", "jspm_packages", ".pnpm-store", ".yarn",
  "venv", ".venv", "env", ".env", "virtualenv", ".virtualenv", "__pycache__", "site-packages",
  "dist-packages", ".tox", ".nox", ".eggs", ".mypy_cache", ".pytest_cache", ".ruff_cache",
  "dist", "build", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".output", ".cache",
  ".parcel-cache", "coverage", "htmlcov", "vendor", ".terraform",
]);

/** Code-unit order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deepest directory detection looks into; real apps sit far above this. */
export const MAX_DIR_DEPTH = 6;

/** True for a directory name detection must never look inside (compared case-insensitively). */
export function isIgnoredDirName(name: string): boolean {
  const lower = name.toLowerCase();
  // venv3, .venv-3.12 and egg-info folders are as noisy as the plain names.
  return IGNORED_DIRS.has(lower) || /^\.?venv[\w.-]*$/.test(lower) || lower.endsWith(".egg-info");
}

/** Files whose presence marks their folder as a Python environment, whatever it is called. */
const ENVIRONMENT_MARKERS = new Set(["pyvenv.cfg", "conda-meta"]);

/**
 * The paths detection may consider: normalised, deduplicated, sorted, without anything inside
 * ignored folders, Python environments (a folder holding pyvenv.cfg) or below MAX_DIR_DEPTH.
 */
export function visiblePaths(paths: Iterable<string>): string[] {
  const normalised = new Set<string>();
  for (const raw of paths) {
    if (typeof raw !== "string") continue;
    const path = normalisePath(raw);
    if (path) normalised.add(path);
  }
  const environments = new Set<string>();
  for (const path of normalised) {
    if (!path.endsWith("pyvenv.cfg") && !path.includes("conda-meta")) continue;
    const segments = path.split("/");
    segments.forEach((segment, i) => {
      if (ENVIRONMENT_MARKERS.has(segment) && i > 0) environments.add(segments.slice(0, i).join("/"));
    });
  }
  const visible: string[] = [];
  // Paths share folders; deciding each folder once keeps a 100k-path listing cheap.
  const hiddenDir = new Map<string, boolean>();
  const isHidden = (dir: string): boolean => {
    const known = hiddenDir.get(dir);
    if (known !== undefined) return known;
    const parent = dirOf(dir);
    const hidden =
      dir !== "." &&
      (depthOf(dir) > MAX_DIR_DEPTH || isIgnoredDirName(baseOf(dir)) || environments.has(dir) || (parent !== "." && isHidden(parent)));
    hiddenDir.set(dir, hidden);
    return hidden;
  };
  for (const path of normalised) {
    if (ENVIRONMENT_MARKERS.has(baseOf(path)) || isHidden(dirOf(path))) continue;
    visible.push(path);
  }
  return visible.sort(compareText);
}
