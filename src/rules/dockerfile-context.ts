import { posix } from "node:path";
import type { DockerfileDoc, Instruction, RepoView, Stage } from "./types.js";
import { allSteps, asObj, isObj, str } from "./walk.js";

/** What the Dockerfile rules need to know around an instruction: ARG defaults, stage chains, build contexts, Kubernetes. */
/** `${NAME}` / `$NAME` in FROM replaced by the defaults of ARGs declared before the first FROM. */
export function resolveImage(file: DockerfileDoc, image: string): string {
  const args = new Map<string, string>();
  for (const i of file.instructions) {
    if (i.keyword === "FROM") break;
    const m = /^([A-Za-z_]\w*)=(\S*)$/.exec(i.keyword === "ARG" ? i.args : "");
    if (m) args.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ""));
  }
  return image.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (all, name: string) => args.get(name) ?? all);
}

export const stageNames = (file: DockerfileDoc, before: number): Set<string> =>
  new Set(file.stages.slice(0, before).flatMap((s, i) => [String(i), ...(s.name ? [s.name] : [])]));

/** The final stage and the local stages it builds FROM, nearest first. */
export function finalChain(file: DockerfileDoc): Stage[] {
  const chain: Stage[] = [];
  let stage = file.stages.at(-1);
  while (stage && !chain.includes(stage)) {
    chain.push(stage);
    const image = stage.image.toLowerCase();
    const index = file.stages.indexOf(stage);
    stage = file.stages.slice(0, index).find((s, i) => s.name === image || String(i) === image);
  }
  return chain;
}

/** The last instruction with this keyword in the final stage, else inherited from a local parent stage. */
export const lastInChain = (file: DockerfileDoc, keyword: string): Instruction | undefined =>
  finalChain(file)
    .map((s) => s.body.filter((i) => i.keyword === keyword).at(-1))
    .find((i) => i !== undefined);

export function isExecForm(content: string): boolean {
  try {
    const parsed: unknown = JSON.parse(content.trim());
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => typeof p === "string");
  } catch {
    return false;
  }
}

/** A container of some Kubernetes manifest declares a probe, which stands in for HEALTHCHECK. */
export function kubernetesProbes(repo: RepoView): boolean {
  const hasProbe = (v: unknown): boolean =>
    isObj(v) ? ["livenessProbe", "readinessProbe", "startupProbe"].some((k) => isObj(v[k])) || Object.values(v).some(hasProbe) : Array.isArray(v) && v.some(hasProbe);
  return repo.kubernetes.some((f) => f.docs.some((d) => hasProbe(d.data)));
}

export const joinDir = (dir: string, name: string): string => posix.normalize(dir === "." || dir === "" ? name : `${dir}/${name}`);

/** Every Kubernetes container of the repository must run as non-root: the cluster then enforces what USER would. */
export function kubernetesEnforcesNonRoot(repo: RepoView): boolean {
  const all = repo.kubernetes.flatMap((f) => f.docs.flatMap((d) => podsWithContainers(d.data)));
  return all.length > 0 && all.every(({ pod, container }) => (asObj(container.securityContext).runAsNonRoot ?? asObj(pod.securityContext).runAsNonRoot) === true);
}

function podsWithContainers(data: unknown): { pod: Record<string, unknown>; container: Record<string, unknown> }[] {
  if (Array.isArray(data)) return data.flatMap(podsWithContainers);
  if (!isObj(data)) return [];
  const here = Array.isArray(data.containers) ? data.containers.filter(isObj).map((container) => ({ pod: data as Record<string, unknown>, container: container as Record<string, unknown> })) : [];
  return [...here, ...Object.entries(data).filter(([k]) => k !== "containers").flatMap(([, v]) => podsWithContainers(v))];
}

/** Build contexts that compose files and build-push steps give for this Dockerfile. */
export function knownContexts(repo: RepoView, dockerfile: string, composeOnly = false): string[] {
  const contexts: string[] = [];
  for (const compose of repo.composes) {
    const composeDir = posix.dirname(compose.path);
    for (const service of Object.values(asObj(asObj(compose.data).services))) {
      const build = asObj(service).build;
      const context = typeof build === "string" ? build : str(asObj(build).context);
      if (context === undefined || /^[a-z]+:\/\//.test(context)) continue;
      const ctx = joinDir(composeDir, context);
      const file = joinDir(ctx, str(asObj(build).dockerfile) ?? "Dockerfile");
      if (file === dockerfile) contexts.push(ctx);
    }
  }
  for (const at of composeOnly ? [] : allSteps(repo.workflows, repo.actions)) {
    if (!/^docker\/build-push-action@/.test(str(at.step.uses) ?? "")) continue;
    const withs = asObj(at.step.with);
    const context = str(withs.context) ?? ".";
    if (/\$\{\{/.test(context)) continue;
    const file = str(withs.file) ?? joinDir(context, "Dockerfile");
    if (posix.normalize(file.replace(/^\.\//, "")) === dockerfile) contexts.push(posix.normalize(context.replace(/^\.\//, "") || "."));
  }
  return [...new Set(contexts)];
}
