import type { NodePackageManager, PythonPackageManager } from "../options/index.js";
import { baseOf, joinPath, selfAndAncestors, showDir } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import type { PythonProject } from "./read-python-project.js";
import type { RepoIndex } from "./repo-index.js";

export interface Finding<T extends string> {
  readonly value: T;
  readonly file: string;
  readonly reason: string;
}

const NODE_LOCKFILES: readonly [string, NodePackageManager][] = [
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"],
];
const NODE_MANAGERS = new Set<string>(["npm", "pnpm", "yarn", "bun"]);

/**
 * The package manager of a Node.js package: the nearest `packageManager` field or lockfile, walking
 * up to the repository root (workspaces keep one lockfile at the root).
 */
export function nodePackageManager(index: RepoIndex, pkg: NodePackage): Finding<NodePackageManager> | undefined {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  for (const dir of selfAndAncestors(pkg.dir)) {
    const owner = packages.get(dir);
    const declared = owner?.packageManager ? /^([a-z]+)@?/.exec(owner.packageManager)?.[1] : undefined;
    if (owner && declared && NODE_MANAGERS.has(declared)) {
      return {
        value: declared as NodePackageManager,
        file: owner.file,
        reason: `${owner.file} declares "packageManager": "${owner.packageManager}"`,
      };
    }
    const locks = NODE_LOCKFILES.filter(([name]) => index.pathSet.has(joinPath(dir, name)));
    const first = locks[0];
    if (first) {
      const file = joinPath(dir, first[0]);
      if (new Set(locks.map(([, pm]) => pm)).size > 1) {
        index.warnings.push(
          `${capitalise(showDir(dir))} has lockfiles of several package managers (${locks.map(([n]) => n).join(", ")}); proposing ${first[1]}. Delete the stale ones.`,
        );
      }
      const where = dir === pkg.dir ? "" : ` (the workspace lockfile for ${showDir(pkg.dir)})`;
      return { value: first[1], file, reason: `${file} is ${first[1]}'s lockfile${where}` };
    }
    if (index.pathSet.has(joinPath(dir, "pnpm-workspace.yaml"))) {
      const file = joinPath(dir, "pnpm-workspace.yaml");
      return { value: "pnpm", file, reason: `${file} defines a pnpm workspace` };
    }
  }
  return undefined;
}

/**
 * The package manager of a Python project: a lockfile at or above it (uv and poetry workspaces lock
 * at the root), then what its pyproject.toml says, then requirements files (pip).
 */
export function pythonPackageManager(index: RepoIndex, project: PythonProject): Finding<PythonPackageManager> {
  for (const dir of selfAndAncestors(project.dir)) {
    for (const [name, pm] of [["uv.lock", "uv"], ["poetry.lock", "poetry"]] as const) {
      const file = joinPath(dir, name);
      if (index.pathSet.has(file)) {
        const where = dir === project.dir ? "" : ` at ${showDir(dir)} (a workspace lockfile)`;
        return { value: pm, file, reason: `${file} is ${pm}'s lockfile${where}` };
      }
    }
  }
  if (project.poetry) return { value: "poetry", file: project.poetry, reason: `${project.poetry} is configured for poetry` };
  if (project.uv) return { value: "uv", file: project.uv, reason: `${project.uv} has a [tool.uv] table` };
  const requirements = project.manifests.find((m) => /\.(txt|in)$/.test(m)); // main ones come first
  if (requirements) return { value: "pip", file: requirements, reason: `${requirements} is a pip requirements file` };
  for (const lock of ["Pipfile.lock", "pdm.lock"]) {
    const file = selfAndAncestors(project.dir).map((d) => joinPath(d, lock)).find((p) => index.pathSet.has(p));
    if (file) index.warnings.push(`${file}: ${lock === "pdm.lock" ? "pdm" : "pipenv"} is not supported by the baseline; pip is proposed, so export a requirements.txt`);
  }
  const pipfile = project.pipfile ?? project.manifests.find((m) => baseOf(m) === "Pipfile");
  if (pipfile && !index.warnings.some((w) => w.includes("pipenv"))) {
    index.warnings.push(`${pipfile}: pipenv is not supported by the baseline; pip is proposed, so export a requirements.txt`);
  }
  const manifest = project.manifests[0];
  if (manifest) return { value: "pip", file: manifest, reason: `${manifest} has no poetry or uv lockfile, so pip installs it` };
  return { value: "pip", file: ".", reason: "no dependency manifest was found, so pip is assumed" };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
