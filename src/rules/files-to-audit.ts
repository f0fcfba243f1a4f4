import { isActionPath, isComposePath, isDependabotPath, isDockerfilePath, isSampleTree, isShellPath, isWorkflowPath, maybeKubernetesPath, maybeNginxPath, RENOVATE_PATHS } from "./classify.js";

// Apart from the rules and their parsers (yaml, dockerfile-ast): `synth` and `check` read the repository's
// files for managed entries through this, and must not load the rules to do so.

/** Paths plus the text of the files `filesToAudit` asked for; no disk access here. */
export interface RepoSnapshot {
  readonly paths: readonly string[];
  readonly files: ReadonlyMap<string, string>;
}

/** The paths whose content the rules need (sample trees left out); the I/O edge reads only these. */
export function filesToAudit(paths: readonly string[]): string[] {
  return paths.filter(
    (p) =>
      !isSampleTree(p) &&
      (isWorkflowPath(p) ||
      isActionPath(p) ||
      isDockerfilePath(p) ||
      isComposePath(p) ||
      isDependabotPath(p) ||
      RENOVATE_PATHS.includes(p) ||
      p === "package.json" ||
      isShellPath(p) ||
      /^(scripts|bin|\.github\/scripts)\/[^/.]+$/.test(p) ||
      maybeKubernetesPath(p) ||
      maybeNginxPath(p)),
  );
}
