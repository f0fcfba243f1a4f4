import { posix } from "node:path";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { dockerfilePath, imageBuilds } from "../docker/index.js";
import { dependabotPathOf } from "./paths.js";
import { KUBERNETES_LOGGING_DIR } from "../logs/kubernetes-logs.js";

/** Dependabot's ecosystem names. @see https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference#package-ecosystem- */
export type Ecosystem = "pip" | "uv" | "npm" | "bun" | "docker" | "docker-compose" | "github-actions";

/** Renovate's manager names. @see https://docs.renovatebot.com/modules/manager/ */
type RenovateManager = "pip_requirements" | "poetry" | "pep621" | "npm" | "bun" | "dockerfile" | "docker-compose" | "kubernetes" | "github-actions";

export interface UpdateTarget {
  readonly ecosystem: Ecosystem;
  readonly renovate: RenovateManager;
  readonly directory: string;
}

/** The ecosystems present, one entry per directory, in a stable order. */
export function updateTargets(options: BaselineOptions): UpdateTarget[] {
  const targets: UpdateTarget[] = [];
  const { backend, frontend } = options;
  if (backend.kind === "django" || backend.kind === "fastapi") {
    // Dependabot's "pip" ecosystem reads requirements files and poetry.lock alike; uv has its own.
    const pm = backend.packageManager;
    const ecosystem = pm === "uv" ? "uv" : "pip";
    targets.push({ ecosystem, renovate: pm === "uv" ? "pep621" : pm === "poetry" ? "poetry" : "pip_requirements", directory: backend.dir });
  } else if (backend.kind !== "none") {
    targets.push(nodeTarget(backend.packageManager, backend.dir));
  }
  if (frontend.kind !== "none") targets.push(nodeTarget(frontend.packageManager, frontend.dir));
  if (options.library.kind !== "none") targets.push(nodeTarget(options.library.packageManager, options.library.dir));
  // One docker entry per directory holding a Dockerfile (base images are pinned by digest; updates bump both).
  // The Dockerfile's own folder, not the build context: a monorepo context is the workspace root.
  for (const build of imageBuilds(options)) targets.push({ ecosystem: "docker", renovate: "dockerfile", directory: posix.dirname(dockerfilePath(build)) });
  if (!options.exclude.includes("compose")) targets.push({ ecosystem: "docker-compose", renovate: "docker-compose", directory: "." });
  // Dependabot's docker ecosystem also bumps the digests pinned in Kubernetes manifests (audit rule XF001).
  if (rendersKubernetes(options)) for (const directory of KUBERNETES_DIRS) targets.push({ ecosystem: "docker", renovate: "kubernetes", directory });
  targets.push({ ecosystem: "github-actions", renovate: "github-actions", directory: "." });
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.ecosystem}:${t.directory}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The kustomizations that pin images: the apps' base and the log stack. */
const KUBERNETES_DIRS = ["k8s/base", KUBERNETES_LOGGING_DIR] as const;
const rendersKubernetes = (options: BaselineOptions): boolean =>
  options.cloud === "kubernetes" && !options.exclude.includes("kubernetes") && (options.backend.kind !== "none" || options.frontend.kind !== "none");

// npm, pnpm and yarn lockfiles are all Dependabot's "npm" ecosystem; bun has its own.
function nodeTarget(pm: string, directory: string): UpdateTarget {
  return pm === "bun" ? { ecosystem: "bun", renovate: "bun", directory } : { ecosystem: "npm", renovate: "npm", directory };
}

/**
 * One Dependabot `updates` entry as the baseline writes it, for one folder (`directory`) or several
 * (`directories`, globs allowed): the generated file and the managed entries of a kept file share it.
 */
export function dependabotEntry(ecosystem: string, where: { readonly directory: string } | { readonly directories: readonly string[] }): Record<string, unknown> {
  return {
    "package-ecosystem": ecosystem,
    ...("directory" in where ? { directory: where.directory } : { directories: [...where.directories] }),
    schedule: { interval: "weekly", day: "monday", time: "05:00", timezone: "Etc/UTC" },
    "open-pull-requests-limit": 10,
    // One PR per ecosystem and directory for all minor and patch bumps; majors stay separate PRs.
    groups: {
      [`${ecosystem}-minor-and-patch`]: { "applies-to": "version-updates", "update-types": ["minor", "patch"] },
    },
    labels: ["dependencies"],
    "commit-message": { prefix: "deps", include: "scope" },
    // New releases wait 3 days: most malicious releases are caught and yanked by then (audit rule DU003). Security updates are not delayed.
    cooldown: { "default-days": 3 },
  };
}

export const asDependabotDir = (dir: string): string => (dir === "." ? "/" : `/${dir}`);

function dependabotConfig(options: BaselineOptions): FileModel {
  const updates = updateTargets(options).map((t) => dependabotEntry(t.ecosystem, { directory: asDependabotDir(t.directory) }));
  return { kind: "yaml", path: dependabotPathOf(options), component: "dependency-updates", data: { version: 2, updates } };
}

function renovateConfig(options: BaselineOptions): FileModel {
  const targets = updateTargets(options);
  return {
    kind: "json",
    path: "renovate.json",
    component: "dependency-updates",
    data: {
      $schema: "https://docs.renovatebot.com/renovate-schema.json",
      // helpers:pinGitHubActionDigests keeps actions on SHAs with the version comment, as generated.
      extends: ["config:recommended", "helpers:pinGitHubActionDigests"],
      schedule: ["before 6am on monday"],
      timezone: "Etc/UTC",
      labels: ["dependencies"],
      enabledManagers: [...new Set(targets.map((t) => t.renovate))],
      // Renovate's kubernetes manager matches no file until told which ones are manifests.
      ...(rendersKubernetes(options) ? { kubernetes: { managerFilePatterns: KUBERNETES_DIRS.map((d) => `/^${d}/.+\\.yaml$/`) } } : {}),
      packageRules: [{ matchUpdateTypes: ["minor", "patch"], groupName: "minor and patch updates" }],
    },
  };
}

export const dependencyUpdates: Component = {
  name: "dependency-updates",
  description: "Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",
  render: (options) => [options.dependencyUpdates === "renovate" ? renovateConfig(options) : dependabotConfig(options)],
};
