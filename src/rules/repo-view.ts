import {
  isActionPath,
  isComposePath,
  isDependabotPath,
  isDockerfilePath,
  isKubernetesText,
  isNginxText,
  isPrometheusRulesText,
  isShellPath,
  isShellText,
  isWorkflowPath,
  maybeKubernetesPath,
  maybeNginxPath,
  RENOVATE_PATHS,
} from "./classify.js";
import { filesToAudit, type RepoSnapshot } from "./files-to-audit.js";
import { parseNginx } from "./nginx-parse.js";
import { parseDockerfile, parseLooseJson, parseYaml, parseYamlStream } from "./parse-files.js";
import type { DockerfileDoc, JsonFile, MultiYamlFile, NginxFile, RepoView, TextFile, UnreadableFile, YamlFile } from "./types.js";

/** Parses a snapshot into what the rules read. A file that does not parse is listed as unreadable. */
export function buildRepoView(snapshot: RepoSnapshot): RepoView {
  const unreadable: UnreadableFile[] = [];
  const yaml = (path: string, text: string): YamlFile | undefined => {
    try {
      return { path, text, ...parseYaml(text) };
    } catch (error) {
      unreadable.push({ path, reason: (error as Error).message });
      return undefined;
    }
  };
  const workflows: YamlFile[] = [];
  const actions: YamlFile[] = [];
  const dockerfiles: DockerfileDoc[] = [];
  const composes: YamlFile[] = [];
  const shells: TextFile[] = [];
  const kubernetes: MultiYamlFile[] = [];
  const nginx: NginxFile[] = [];
  const prometheusRules: YamlFile[] = [];
  let dependabot: YamlFile | undefined;
  let renovate: JsonFile | undefined;

  for (const path of [...snapshot.files.keys()].sort()) {
    const text = snapshot.files.get(path)!;
    if (isWorkflowPath(path)) push(workflows, yaml(path, text));
    else if (isActionPath(path)) push(actions, yaml(path, text));
    else if (isDockerfilePath(path)) dockerfiles.push(parseDockerfile(path, text));
    else if (isComposePath(path)) push(composes, yaml(path, text));
    else if (isDependabotPath(path)) dependabot = yaml(path, text);
    else if (RENOVATE_PATHS.includes(path) && !renovate) {
      try {
        renovate = { path, data: parseLooseJson(text) };
      } catch (error) {
        renovate = { path, data: undefined };
        unreadable.push({ path, reason: (error as Error).message });
      }
    } else if (path === "package.json") {
      // Renovate also reads a "renovate" key in the root package.json.
      try {
        const pkg = JSON.parse(text) as { renovate?: unknown };
        if (pkg.renovate && !renovate) renovate = { path, data: pkg.renovate };
      } catch {
        // not ours to report: package.json is not a DevOps file
      }
    } else if (isShellPath(path) || isShellText(text)) shells.push({ path, text });
    else if (maybeNginxPath(path) && isNginxText(text)) nginx.push({ path, text, directives: parseNginx(text) });
    else if (maybeKubernetesPath(path) && isPrometheusRulesText(text)) push(prometheusRules, yaml(path, text));
    else if (maybeKubernetesPath(path) && isKubernetesText(text)) {
      try {
        kubernetes.push({ path, text, docs: parseYamlStream(text) });
      } catch (error) {
        unreadable.push({ path, reason: (error as Error).message });
      }
    }
  }
  return { paths: [...snapshot.paths].sort(), workflows, actions, dockerfiles, composes, dependabot, renovate, shells, kubernetes, nginx, prometheusRules, unreadable };
}

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

/** A view of in-memory files (tests, rendered baselines): every file is both listed and read. */
export function repoViewOf(files: Iterable<{ readonly path: string; readonly content: string }>, extraPaths: readonly string[] = []): RepoView {
  const map = new Map<string, string>();
  for (const f of files) map.set(f.path, f.content);
  const paths = [...new Set([...map.keys(), ...extraPaths])];
  const wanted = new Set(filesToAudit(paths));
  return buildRepoView({ paths, files: new Map([...map].filter(([p]) => wanted.has(p))) });
}
