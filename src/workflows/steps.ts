import type { NodePackageManager, PythonPackageManager } from "../options/index.js";
import type { RunStep, Step, UsesStep } from "./model.js";
import { pinnedAction } from "./pins.js";

/** `<dir>/<file>`, or `<file>` at the repository root. */
export const inDir = (dir: string, file: string): string => (dir === "." ? file : `${dir}/${file}`);

/**
 * Checkout without leaving the token in `.git/config`, where every later step could read it.
 * @see https://github.com/actions/checkout#usage
 */
export function checkoutStep(extra: Readonly<Record<string, string | number | boolean>> = {}): UsesStep {
  return { id: "checkout", name: "Check out", uses: pinnedAction("actions/checkout"), with: { "persist-credentials": false, ...extra } };
}

export function runStep(id: string, name: string, run: string, more: Partial<Omit<RunStep, "id" | "name" | "run">> = {}): RunStep {
  return { id, name, ...more, run };
}

/**
 * Python at `version` for the package manager, with its download cache keyed on the lockfile.
 * Poetry is installed with pipx (preinstalled on GitHub's Ubuntu images) before setup-python,
 * which needs `poetry` on PATH to locate poetry's cache.
 */
export function pythonSetupSteps(pm: PythonPackageManager, version: string, dir: string, poetryVersion?: string): Step[] {
  if (pm === "uv") {
    return [
      {
        id: "setup-uv",
        name: "Set up uv and Python",
        uses: pinnedAction("astral-sh/setup-uv"),
        with: { "python-version": version, "enable-cache": true, "cache-dependency-glob": inDir(dir, "uv.lock") },
      },
    ];
  }
  const steps: Step[] = [];
  if (pm === "poetry") steps.push(runStep("install-poetry", "Install Poetry", `pipx install ${poetryVersion ? `poetry==${poetryVersion}` : "poetry"}`));
  const dependencyFiles = pm === "poetry" ? inDir(dir, "poetry.lock") : inDir(dir, "requirements*.txt");
  steps.push({
    id: "setup-python",
    name: "Set up Python",
    uses: pinnedAction("actions/setup-python"),
    with: { "python-version": version, cache: pm, "cache-dependency-path": dependencyFiles },
  });
  return steps;
}

const NODE_LOCKFILES: Readonly<Record<NodePackageManager, string>> = {
  npm: "package-lock.json",
  pnpm: "pnpm-lock.yaml",
  yarn: "yarn.lock",
  bun: "bun.lock*",
};

export const nodeLockfile = (pm: NodePackageManager, dir: string): string => inDir(dir, NODE_LOCKFILES[pm]);

/** Where a Node.js service's toolchain is declared, when not in its own folder. */
export interface NodeToolchain {
  /** The workspace root: the folder of the lockfile and of the package.json with `packageManager` (default: the service dir). */
  readonly root?: string;
  /** pnpm version to install; unset: pnpm/action-setup reads `packageManager` from the workspace root's package.json. */
  readonly pnpmVersion?: string;
}

/** The Node.js line that runs this tool itself in generated workflows (drift check, resync, rollout): maintained LTS. */
export const TOOL_NODE_VERSION = "22";

/** Node.js for running `npx create-devops-baseline`: no package manager cache, nothing of the app's. */
export function toolNodeStep(): UsesStep {
  return { id: "setup-node", name: "Set up Node.js", uses: pinnedAction("actions/setup-node"), with: { "node-version": TOOL_NODE_VERSION } };
}

/**
 * Node.js at `version` plus the package manager, with the package manager's store cached, keyed on
 * the lockfile where it really is (a workspace member's lockfile lives at the workspace root).
 * pnpm must be on PATH before setup-node (it asks pnpm for its store path). pnpm/action-setup takes
 * its version from `packageManager` in the workspace root's package.json, or from `version`, never
 * both: it refuses two versions, and fails when it finds neither. Yarn comes through corepack.
 * @see https://github.com/pnpm/action-setup#inputs
 */
export function nodeSetupSteps(pm: NodePackageManager, version: string, dir: string, toolchain: NodeToolchain = {}): Step[] {
  const root = toolchain.root ?? dir;
  const setupNode = (cache?: string): UsesStep => ({
    id: "setup-node",
    name: "Set up Node.js",
    uses: pinnedAction("actions/setup-node"),
    with: cache ? { "node-version": version, cache, "cache-dependency-path": nodeLockfile(pm, root) } : { "node-version": version },
  });
  const pnpmInputs = { ...(toolchain.pnpmVersion ? { version: toolchain.pnpmVersion } : {}), package_json_file: inDir(root, "package.json") };
  switch (pm) {
    case "npm":
      return [setupNode("npm")];
    case "pnpm":
      return [
        { id: "setup-pnpm", name: "Set up pnpm", uses: pinnedAction("pnpm/action-setup"), with: pnpmInputs },
        setupNode("pnpm"),
      ];
    case "yarn":
      return [runStep("enable-corepack", "Enable corepack (yarn)", "corepack enable"), setupNode("yarn")];
    case "bun":
      // setup-bun caches the bun binary only; the install cache is cached here, keyed on the lockfile.
      return [
        setupNode(),
        { id: "setup-bun", name: "Set up Bun", uses: pinnedAction("oven-sh/setup-bun") },
        {
          id: "cache-bun",
          name: "Cache Bun packages",
          uses: pinnedAction("actions/cache"),
          with: {
            path: "~/.bun/install/cache",
            key: `bun-\${{ runner.os }}-\${{ hashFiles('${nodeLockfile(pm, root)}') }}`,
            "restore-keys": "bun-${{ runner.os }}-",
          },
        },
      ];
  }
}
