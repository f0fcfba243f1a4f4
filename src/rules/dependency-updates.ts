import type { Hit, Rule } from "./types.js";
import { dependabotEntries, hasUpdateTool, imageAndActionNeeds, isCovered, manifestNeeds } from "./update-coverage.js";
import { asObj, isObj } from "./walk.js";

const type = "dependency-updates";
const showDir = (dir: string): string => (dir === "." ? "/" : `/${dir}`);

export const dependencyUpdateRules: readonly Rule[] = [
  {
    id: "DU001",
    type,
    title: "A dependency-update tool is configured",
    severity: "medium",
    rationale: "Without Dependabot or Renovate, known-vulnerable dependencies, base images and actions stay in place until someone remembers to look.",
    fix: "Add `.github/dependabot.yml` with an entry per ecosystem and folder (or a `renovate.json`); `create-devops-baseline init` writes one.",
    check: (repo) => {
      const needs = manifestNeeds(repo.paths);
      if (hasUpdateTool(repo) || (needs.length === 0 && repo.workflows.length === 0 && repo.dockerfiles.length === 0)) return [];
      const what = [...new Set(needs.map((n) => n.ecosystem))];
      return [{ file: ".github/dependabot.yml", message: `no Dependabot or Renovate config, and the repository has ${what.length > 0 ? what.join(", ") + " manifests" : "workflows or Dockerfiles"}` }];
    },
  },
  {
    id: "DU002",
    type,
    title: "Every manifest folder and ecosystem is covered, lockfile-aware",
    severity: "medium",
    rationale: "Dependabot reads only the folders and ecosystems it is told; a second app, a uv project, a workspace lockfile, a Dockerfile's folder, a compose file or the workflows missing from the config are never updated, silently.",
    fix: "Add an `updates` entry (or a `directories` glob) for the ecosystem and folder named (docker for a Dockerfile's folder, docker-compose, github-actions at /); for a workspace, one entry at the folder holding the lockfile.",
    check: (repo) => {
      if (!repo.dependabot && !repo.renovate) return [];
      const file = repo.dependabot?.path ?? repo.renovate!.path;
      return [...manifestNeeds(repo.paths), ...imageAndActionNeeds(repo.paths)]
        .filter((need) => !isCovered(repo, need))
        .map((need): Hit => ({ file, line: repo.dependabot?.lineOf(["updates"]), message: `${need.ecosystem} in ${showDir(need.dir)} (${need.because}) is not covered` }));
    },
  },
  {
    id: "DU003",
    type,
    title: "Dependabot waits a cooldown before proposing a new release",
    severity: "low",
    rationale: "Most malicious package releases are found and yanked within days; a cooldown keeps them out of update PRs (and spares churn on hotfix-of-hotfix releases).",
    fix: "Add `cooldown: { default-days: 3 }` (or more) to each `updates` entry; security updates are not delayed.",
    check: (repo) => {
      const dependabot = repo.dependabot;
      if (!dependabot) return [];
      const updates = asObj(dependabot.data).updates;
      return dependabotEntries(repo)
        .filter((e) => Array.isArray(updates) && isObj(updates[e.index]) && (updates[e.index] as Record<string, unknown>).cooldown === undefined)
        .map((e) => ({ file: dependabot.path, line: dependabot.lineOf(["updates", e.index]), message: `updates[${e.index}] (${e.ecosystem}) has no cooldown` }));
    },
  },
];
