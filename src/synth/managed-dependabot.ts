import { readRepoFiles } from "../audit/read-repo-files.js";
import { withManagedEntries } from "../components/dependency-updates/managed-entries.js";
import { dependabotPathOf } from "../components/dependency-updates/paths.js";
import type { DependabotManager } from "./managed-files.js";

/**
 * The managed entries of a `dependabot.yml` the repository keeps: what its own entries leave uncovered,
 * over the repository's files and what synth writes (the baseline's workflows, Dockerfiles and compose
 * files need their ecosystems too). Its own module because it needs the YAML parser and the audit's
 * repository view, which `check` and `synth` load only for a repository that keeps one.
 */
export const manageDependabot: DependabotManager = (root, options, models, kept) => {
  const paths = [...new Set([...readRepoFiles(root).paths, ...models.map((m) => m.path).filter((p) => !options.eject.includes(p))])];
  return withManagedEntries(kept, paths, dependabotPathOf(options));
};
