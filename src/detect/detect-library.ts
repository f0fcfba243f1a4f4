import type { BaselineConfig } from "../options/index.js";
import { nodePackageManager } from "./detect-package-manager.js";
import { nodeVersion } from "./detect-versions.js";
import { noteContext, notePnpmVersion, type Note } from "./describe-apps.js";
import { compareText } from "./files-to-read.js";
import { depthOf, showDir } from "./paths.js";
import { isOutsideApp, type RepoIndex } from "./repo-index.js";

/**
 * A Node.js library or CLI, for repositories with no app: the root package.json when it has a build
 * script (a workspace root builds its packages), else the shallowest package that has one. The
 * baseline's library CI runs `build`, so a package without that script is not proposed.
 */
export function describeLibrary(index: RepoIndex, note: Note): NonNullable<BaselineConfig["library"]> | undefined {
  const buildable = index.nodePackages
    .filter((p) => p.scripts.has("build") && !isOutsideApp(p.dir))
    .sort((a, b) => depthOf(a.dir) - depthOf(b.dir) || compareText(a.dir, b.dir));
  const pkg = buildable[0];
  if (!pkg) return undefined;
  const what = pkg.library ? "publishes entry points" : "has no app framework";
  note("library.kind", { value: "node", file: pkg.file, reason: `${pkg.file} ${what} and a build script: a Node.js library or CLI` });
  note("library.dir", { value: pkg.dir, file: pkg.file, reason: `${pkg.file} is the library's package.json, so ${showDir(pkg.dir)} is its folder` });
  const library: { kind: "node"; dir: string; packageManager?: string; nodeVersion?: string; context?: string; pnpmVersion?: string } = { kind: "node", dir: pkg.dir };
  const pm = nodePackageManager(index, pkg);
  if (pm) {
    library.packageManager = pm.value;
    note("library.packageManager", pm);
    const root = noteContext(index, { dir: pkg.dir, node: pkg }, pm, note, (context) => (library.context = context), "library");
    if (pm.value === "pnpm") notePnpmVersion(index, root, note, (v) => (library.pnpmVersion = v), "library");
  }
  const version = nodeVersion(index, pkg);
  if (version) {
    library.nodeVersion = version.value;
    note("library.nodeVersion", version);
  }
  return library as NonNullable<BaselineConfig["library"]>;
}
