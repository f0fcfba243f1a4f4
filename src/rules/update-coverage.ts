import { posix } from "node:path";
import { normalisePath, pathGlob } from "./path-glob.js";
import { isComposePath, isDockerfilePath, isSampleTree, isWorkflowPath } from "./classify.js";
import type { RepoView } from "./types.js";
import { asObj, isObj, str } from "./walk.js";

/** Dependabot's ecosystem names this audit knows how to find manifests for. */
export type Ecosystem = "npm" | "bun" | "pip" | "uv" | "gomod" | "cargo" | "bundler" | "composer" | "maven" | "gradle" | "docker" | "docker-compose" | "github-actions";

/** Renovate managers that read each ecosystem's files. @see https://docs.renovatebot.com/modules/manager/ */
const RENOVATE_MANAGERS: Readonly<Record<Ecosystem, readonly string[]>> = {
  npm: ["npm"],
  bun: ["bun", "npm"],
  pip: ["pip_requirements", "pep621", "poetry", "pipenv", "setup-cfg", "pip_setup"],
  uv: ["pep621"],
  gomod: ["gomod"],
  cargo: ["cargo"],
  bundler: ["bundler"],
  composer: ["composer"],
  maven: ["maven"],
  gradle: ["gradle"],
  docker: ["dockerfile"],
  "docker-compose": ["docker-compose"],
  "github-actions": ["github-actions"],
};

/** A folder that an update tool must watch for one ecosystem. */
export interface UpdateNeed {
  readonly ecosystem: Ecosystem;
  /** Repository-relative folder, `.` for the root. */
  readonly dir: string;
  /** The file that makes it needed, for the message. */
  readonly because: string;
  /** Image pins in Kubernetes manifests: Dependabot's docker ecosystem reads them, Renovate needs its kubernetes manager configured. */
  readonly kubernetes?: boolean;
}


const LOCKFILES: Readonly<Record<string, Ecosystem>> = {
  "package-lock.json": "npm",
  "npm-shrinkwrap.json": "npm",
  "pnpm-lock.yaml": "npm",
  "yarn.lock": "npm",
  "bun.lock": "bun",
  "bun.lockb": "bun",
  "uv.lock": "uv",
  "poetry.lock": "pip",
  "Pipfile.lock": "pip",
  "Cargo.lock": "cargo",
};

const MANIFESTS: ReadonlyArray<[RegExp, Ecosystem]> = [
  [/^package\.json$/, "npm"],
  [/^(requirements[\w.-]*\.(txt|in)|pyproject\.toml|Pipfile|setup\.py|setup\.cfg)$/, "pip"],
  [/^go\.mod$/, "gomod"],
  [/^Cargo\.toml$/, "cargo"],
  [/^Gemfile$/, "bundler"],
  [/^composer\.json$/, "composer"],
  [/^pom\.xml$/, "maven"],
  [/^build\.gradle(\.kts)?$/, "gradle"],
];

const FAMILY: Readonly<Record<string, string>> = { npm: "node", bun: "node", pip: "python", uv: "python", cargo: "cargo" };

/**
 * Package-manifest folders: one per lockfile, plus manifests no lockfile above covers. A workspace
 * member (a package.json or pyproject.toml under a folder holding the workspace's lockfile) is
 * updated through that lockfile's entry.
 */
export function manifestNeeds(paths: readonly string[]): UpdateNeed[] {
  const visible = paths.filter((p) => !isSampleTree(p));
  const locks = new Map<string, { dir: string; ecosystem: Ecosystem; because: string }>();
  for (const p of visible) {
    const eco = LOCKFILES[posix.basename(p)];
    if (eco) locks.set(`${FAMILY[eco]}:${posix.dirname(p)}`, { dir: posix.dirname(p), ecosystem: eco, because: p });
  }
  const needs = new Map<string, UpdateNeed>([...locks.values()].map((l) => [`${l.ecosystem}:${l.dir}`, l]));
  const coveredByLock = (family: string, dir: string): boolean => {
    for (let d = dir; ; d = posix.dirname(d)) {
      if (locks.has(`${family}:${d}`)) return true;
      if (d === ".") return false;
    }
  };
  for (const p of visible) {
    const name = posix.basename(p);
    const match = MANIFESTS.find(([re]) => re.test(name));
    if (!match) continue;
    let dir = posix.dirname(p);
    // requirements/base.txt belongs to the project above it.
    if (posix.basename(dir) === "requirements") dir = posix.dirname(dir);
    const family = FAMILY[match[1]];
    if (family && coveredByLock(family, dir)) continue;
    const key = `${match[1]}:${dir}`;
    if (!needs.has(key)) needs.set(key, { ecosystem: match[1], dir, because: p });
  }
  return [...needs.values()];
}

/**
 * Folders whose files name images or actions: each Dockerfile's folder (docker), each compose file's
 * folder (docker-compose), and the root for `.github/workflows` (github-actions). Tags are bumped
 * there too, not only digests.
 */
export function imageAndActionNeeds(paths: readonly string[]): UpdateNeed[] {
  const needs = new Map<string, UpdateNeed>();
  const add = (need: UpdateNeed): void => void (needs.has(`${need.ecosystem}:${need.dir}`) || needs.set(`${need.ecosystem}:${need.dir}`, need));
  for (const p of paths.filter((x) => !isSampleTree(x))) {
    if (isDockerfilePath(p)) add({ ecosystem: "docker", dir: posix.dirname(p), because: p });
    else if (isComposePath(p)) add({ ecosystem: "docker-compose", dir: posix.dirname(p), because: p });
    else if (isWorkflowPath(p)) add({ ecosystem: "github-actions", dir: ".", because: p });
  }
  return [...needs.values()];
}

/** The Dependabot entries (index, ecosystem, folders) of the repository's config. */
export function dependabotEntries(repo: RepoView): { index: number; ecosystem: string; dirs: RegExp[] }[] {
  const updates = asObj(repo.dependabot?.data).updates;
  if (!Array.isArray(updates)) return [];
  return updates.flatMap((u: unknown, index) => {
    if (!isObj(u)) return [];
    const dirs = [str(u.directory), ...(Array.isArray(u.directories) ? u.directories.map(String) : [])].filter((d): d is string => d !== undefined);
    return [{ index, ecosystem: String(u["package-ecosystem"] ?? ""), dirs: dirs.map(pathGlob) }];
  });
}

/** Whether the repository's update tool keeps this folder's ecosystem current; undefined when it has none. */
export function isCovered(repo: RepoView, need: Pick<UpdateNeed, "ecosystem" | "dir" | "kubernetes" | "because">): boolean {
  if (repo.renovate) {
    const config = asObj(repo.renovate.data);
    const enabled = Array.isArray(config.enabledManagers) ? config.enabledManagers : undefined;
    if (need.kubernetes) {
      // Renovate's kubernetes manager matches no file until the config names them (`/regex/` or a glob).
      const k8s = asObj(config.kubernetes);
      const patterns = k8s.managerFilePatterns ?? k8s.fileMatch;
      const matches = (p: unknown): boolean => {
        const regex = typeof p === "string" ? /^\/(.*)\/([a-z]*)$/.exec(p) : null;
        if (!regex) return typeof p === "string"; // a glob: taken as matching
        try {
          return new RegExp(regex[1]!, regex[2]).test(need.because);
        } catch {
          return false;
        }
      };
      return (!enabled || enabled.includes("kubernetes")) && Array.isArray(patterns) && patterns.some(matches);
    }
    return !enabled || RENOVATE_MANAGERS[need.ecosystem].some((m) => enabled.includes(m));
  }
  const dir = normalisePath(need.dir);
  return dependabotEntries(repo).some((e) => e.ecosystem === need.ecosystem && e.dirs.some((re) => re.test(dir)));
}

export const hasUpdateTool = (repo: RepoView): boolean => repo.dependabot !== undefined || repo.renovate !== undefined;
