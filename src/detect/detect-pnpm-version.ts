import { TOOL_VERSIONS } from "../pins/tool-versions.js";
import type { Finding } from "./detect-package-manager.js";
import { joinPath, selfAndAncestors, showDir } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import type { RepoIndex } from "./repo-index.js";

const NODE_LOCKFILES = ["pnpm-lock.yaml", "bun.lock", "bun.lockb", "yarn.lock", "package-lock.json", "npm-shrinkwrap.json"];

/** The pnpm version CI installs when the repository declares none (`pnpm` in src/data/tool-versions.json). */
export const DEFAULT_PNPM_VERSION: string = TOOL_VERSIONS.pnpm;
/**
 * pnpm-lock.yaml's lockfileVersion → the newest release of the pnpm major that introduced that format:
 * pnpm 9 rather than 10 for `9.0`, since both write it and pnpm 9 still runs install scripts.
 */
const BY_LOCKFILE_VERSION: Readonly<Record<string, string>> = {
  "9": TOOL_VERSIONS["pnpm-9"],
  "6": TOOL_VERSIONS["pnpm-8"],
  "5.4": TOOL_VERSIONS["pnpm-7"],
  "5.3": TOOL_VERSIONS["pnpm-6"],
};

/**
 * Where a package's dependencies install from: the folder of the nearest lockfile at or above it (a
 * workspace keeps one at its root), whatever declared the package manager.
 */
export function nodeLockfileDir(index: RepoIndex, pkg: NodePackage): Finding<string> | undefined {
  for (const dir of selfAndAncestors(pkg.dir)) {
    const lock = NODE_LOCKFILES.find((name) => index.pathSet.has(joinPath(dir, name)));
    if (lock) return { value: dir, file: joinPath(dir, lock), reason: `${joinPath(dir, lock)} is the lockfile ${pkg.file} installs from` };
  }
  return undefined;
}

/** `lockfileVersion: '9.0'` → "9.0"; the first lines of pnpm-lock.yaml are enough (detection reads only its head). */
export function pnpmLockfileVersion(text: string): string | undefined {
  return /^lockfileVersion:\s*['"]?(\d+(?:\.\d+)?)/m.exec(text)?.[1];
}

/**
 * The pnpm version for `pnpm/action-setup`, read from where the repository declares it. Undefined
 * value ("(none)") when the workspace root's package.json has `packageManager: pnpm@…`: the action
 * reads that field itself and refuses a second version. Else pnpm-lock.yaml's lockfileVersion decides,
 * else the pinned default.
 */
export function pnpmVersion(index: RepoIndex, root: string): Finding<string> {
  const rootPackage = joinPath(root, "package.json");
  const declared = index.nodePackages.find((p) => p.dir === root)?.packageManager;
  if (declared?.startsWith("pnpm@")) {
    return { value: "(none)", file: rootPackage, reason: `${rootPackage} declares "packageManager": "${declared}", which pnpm/action-setup reads` };
  }
  const lockfile = joinPath(root, "pnpm-lock.yaml");
  const text = index.files.get(lockfile);
  const format = text === undefined ? undefined : pnpmLockfileVersion(text);
  if (format) {
    const [major = ""] = format.split(".");
    const version = BY_LOCKFILE_VERSION[format] ?? BY_LOCKFILE_VERSION[major];
    if (version) {
      return { value: version, file: lockfile, reason: `${lockfile} has lockfileVersion ${format}, pnpm ${version.split(".")[0]}'s format; no packageManager field in ${rootPackage}, so CI installs pnpm ${version}` };
    }
    index.warnings.push(`${lockfile} has lockfileVersion ${format}, which the baseline does not know; CI installs pnpm ${DEFAULT_PNPM_VERSION}. Add "packageManager": "pnpm@<version>" to ${rootPackage} (or set pnpmVersion).`);
  }
  const where = index.pathSet.has(lockfile) ? `${lockfile}'s lockfileVersion could not be read` : `there is no pnpm-lock.yaml at ${showDir(root)}`;
  return { value: DEFAULT_PNPM_VERSION, file: index.pathSet.has(rootPackage) ? rootPackage : lockfile, reason: `${rootPackage} has no packageManager field and ${where}, so CI installs the pinned pnpm ${DEFAULT_PNPM_VERSION}` };
}
