import type { Hit, MultiYamlFile, RepoView, Rule, YamlDoc } from "./types.js";
import { asObj, isObj, type Obj, str } from "./walk.js";

const type = "kubernetes";

interface ContainerAt {
  readonly file: MultiYamlFile;
  readonly doc: YamlDoc;
  readonly kind: string;
  /** `Deployment/api`. */
  readonly owner: string;
  readonly pod: Obj;
  readonly container: Obj;
  readonly path: readonly (string | number)[];
  readonly init: boolean;
}

const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"]);

/** Where each workload kind keeps its pod spec. */
function podSpecPath(kind: string): string[] | undefined {
  if (kind === "Pod") return ["spec"];
  if (kind === "CronJob") return ["spec", "jobTemplate", "spec", "template", "spec"];
  if (["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"].includes(kind)) return ["spec", "template", "spec"];
  return undefined;
}

function containers(repo: RepoView): ContainerAt[] {
  return repo.kubernetes.flatMap((file) =>
    file.docs.flatMap((doc) => {
      const data = asObj(doc.data);
      const kind = str(data.kind) ?? "";
      const specPath = podSpecPath(kind);
      if (!specPath) return [];
      const pod = asObj(specPath.reduce<unknown>((v, k) => asObj(v)[k], data));
      const owner = `${kind}/${str(asObj(data.metadata).name) ?? "?"}`;
      return (["initContainers", "containers"] as const).flatMap((key) =>
        (Array.isArray(pod[key]) ? (pod[key] as unknown[]) : []).flatMap((c, i) =>
          isObj(c) ? [{ file, doc, kind, owner, pod, container: c, path: [...specPath, key, i], init: key === "initContainers" }] : [],
        ),
      );
    }),
  );
}

const hit = (at: ContainerAt, message: string): Hit => ({
  file: at.file.path,
  line: at.doc.lineOf(at.path),
  message: `${at.owner} container ${str(at.container.name) ?? "?"}: ${message}`,
});

export const kubernetesRules: readonly Rule[] = [
  {
    id: "K8001",
    type,
    title: "Containers must run as non-root (runAsNonRoot)",
    severity: "high",
    rationale: "An image's default user is often root; `runAsNonRoot: true` makes the kubelet refuse to start a container that would run as root, whatever the image says.",
    fix: "Set `securityContext: { runAsNonRoot: true, runAsUser: 10001 }` on the pod (or each container).",
    check: (repo) =>
      containers(repo).flatMap((at) => {
        const pod = asObj(at.pod.securityContext);
        const own = asObj(at.container.securityContext);
        if ((own.runAsUser ?? pod.runAsUser) === 0) return [hit(at, "runAsUser: 0")];
        return (own.runAsNonRoot ?? pod.runAsNonRoot) === true ? [] : [hit(at, "no runAsNonRoot: true")];
      }),
  },
  {
    id: "K8002",
    type,
    title: "No privileged container, no privilege escalation, no capabilities, no host namespaces",
    severity: "high",
    rationale: "A privileged container, or one that can gain privileges (setuid binaries) or shares the host's network or PIDs, turns an application compromise into a node compromise.",
    fix: "Set `allowPrivilegeEscalation: false` and `capabilities: { drop: [ALL] }` on each container; remove `privileged`, `hostNetwork` and `hostPID`.",
    check: (repo) =>
      containers(repo).flatMap((at) => {
        const sc = asObj(at.container.securityContext);
        const problems = [
          ...(sc.privileged === true ? ["privileged: true"] : []),
          ...(sc.allowPrivilegeEscalation !== false ? ["no allowPrivilegeEscalation: false"] : []),
          ...(!(Array.isArray(asObj(sc.capabilities).drop) && (asObj(sc.capabilities).drop as unknown[]).includes("ALL")) ? ["capabilities not dropped (drop: [ALL])"] : []),
          ...(at.pod.hostNetwork === true ? ["hostNetwork: true"] : []),
          ...(at.pod.hostPID === true ? ["hostPID: true"] : []),
        ];
        return problems.length > 0 ? [hit(at, problems.join(", "))] : [];
      }),
  },
  {
    id: "K8003",
    type,
    title: "Long-running containers have readiness and liveness probes",
    severity: "medium",
    rationale: "Without a readiness probe, traffic reaches pods that are still starting; without a liveness probe, a hung process is never restarted. Jobs and init containers run to completion and need neither.",
    fix: "Add `readinessProbe` and `livenessProbe` (httpGet on the health route, or tcpSocket) to the container.",
    check: (repo) =>
      containers(repo)
        .filter((at) => LONG_RUNNING.has(at.kind) && !at.init)
        .flatMap((at) => {
          const missing = ["readinessProbe", "livenessProbe"].filter((p) => !isObj(at.container[p]));
          return missing.length > 0 ? [hit(at, `no ${missing.join(" or ")}`)] : [];
        }),
  },
  {
    id: "K8004",
    type,
    title: "Containers request resources and have a memory limit",
    severity: "medium",
    rationale: "Without requests the scheduler packs pods blindly; without a memory limit a container can take the node's memory, and the kernel then kills whatever it picks, other workloads included.",
    fix: "Set `resources: { requests: { cpu, memory }, limits: { memory } }` on each container.",
    check: (repo) =>
      containers(repo).flatMap((at) => {
        const resources = asObj(at.container.resources);
        const missing = [...(isObj(resources.requests) ? [] : ["resources.requests"]), ...(asObj(resources.limits).memory === undefined ? ["resources.limits.memory"] : [])];
        return missing.length > 0 ? [hit(at, `no ${missing.join(" or ")}`)] : [];
      }),
  },
  {
    id: "K8005",
    type,
    title: "Containers have a read-only root filesystem",
    severity: "low",
    rationale: "A writable image filesystem lets an intruder drop tools and persist changes in the container; the app's scratch space belongs in an emptyDir.",
    fix: "Set `readOnlyRootFilesystem: true` in the container's securityContext and mount an `emptyDir` at /tmp (and any cache folder).",
    check: (repo) => containers(repo).flatMap((at) => (asObj(at.container.securityContext).readOnlyRootFilesystem === true ? [] : [hit(at, "no readOnlyRootFilesystem: true")])),
  },
];
