import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";

type Ecosystem = "pip" | "uv" | "npm" | "bun" | "docker" | "github-actions";

interface UpdateTarget {
  readonly ecosystem: Ecosystem;
  readonly directory: string;
}

/** The ecosystems present, one entry per directory, in a stable order. */
export function updateTargets(options: BaselineOptions): UpdateTarget[] {
  const targets: UpdateTarget[] = [];
  const { backend, frontend } = options;
  if (backend.kind === "django" || backend.kind === "fastapi") {
    // Dependabot's "pip" ecosystem covers pip and poetry; uv has its own.
    targets.push({ ecosystem: backend.packageManager === "uv" ? "uv" : "pip", directory: backend.dir });
  } else if (backend.kind !== "none") {
    targets.push({ ecosystem: backend.packageManager === "bun" ? "bun" : "npm", directory: backend.dir });
  }
  if (frontend.kind !== "none") {
    targets.push({ ecosystem: frontend.packageManager === "bun" ? "bun" : "npm", directory: frontend.dir });
  }
  for (const dir of dockerDirectories(options)) targets.push({ ecosystem: "docker", directory: dir });
  targets.push({ ecosystem: "github-actions", directory: "." });
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.ecosystem}:${t.directory}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dockerDirectories(options: BaselineOptions): string[] {
  const dirs: string[] = [];
  if (options.backend.kind !== "none") dirs.push(options.backend.dir);
  if (options.frontend.kind !== "none") dirs.push(options.frontend.dir);
  return dirs;
}

const asDependabotDir = (dir: string): string => (dir === "." ? "/" : `/${dir}`);

function dependabotConfig(options: BaselineOptions): FileModel {
  const updates = updateTargets(options).map((t) => ({
    "package-ecosystem": t.ecosystem,
    directory: asDependabotDir(t.directory),
    schedule: { interval: "weekly", day: "monday", time: "05:00" },
    "open-pull-requests-limit": 10,
    groups: {
      [`${t.ecosystem}-minor-and-patch`]: { "update-types": ["minor", "patch"] },
    },
    labels: ["dependencies"],
  }));
  return { kind: "yaml", path: ".github/dependabot.yml", component: "dependency-updates", data: { version: 2, updates } };
}

function renovateConfig(options: BaselineOptions): FileModel {
  return {
    kind: "json",
    path: "renovate.json",
    component: "dependency-updates",
    data: {
      $schema: "https://docs.renovatebot.com/renovate-schema.json",
      extends: ["config:recommended", "helpers:pinGitHubActionDigests"],
      schedule: ["before 6am on monday"],
      labels: ["dependencies"],
      packageRules: [
        { matchUpdateTypes: ["minor", "patch"], groupName: "minor and patch updates" },
      ],
      enabledManagers: [...new Set(updateTargets(options).map((t) => renovateManager(t.ecosystem)))],
    },
  };
}

function renovateManager(ecosystem: Ecosystem): string {
  switch (ecosystem) {
    case "pip":
      return "pip_requirements";
    case "uv":
      return "pep621";
    case "bun":
      return "bun";
    case "docker":
      return "dockerfile";
    case "github-actions":
      return "github-actions";
    case "npm":
      return "npm";
  }
}

export const dependencyUpdates: Component = {
  name: "dependency-updates",
  description: "Dependabot (or Renovate) for every ecosystem present, grouped minor/patch updates.",
  render: (options) => [options.dependencyUpdates === "renovate" ? renovateConfig(options) : dependabotConfig(options)],
};
