import { renderYaml } from "../../synth/render-yaml.js";
import { namespaceFor } from "../../clouds/kubernetes/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { pinnedImage } from "../docker/base-images.js";
import { containerSecurity, labels, podSecurity, selector } from "../kubernetes/workloads.js";
import { LOKI_PORT, lokiConfig } from "./loki-config.js";
import { VECTOR_API, vectorKubernetesConfig } from "./vector-config.js";

/** Where the log stack's manifests live: their own kustomization, applied once per cluster. */
export const KUBERNETES_LOGGING_DIR = "k8s/logging";

/** The namespace the log stack lives in, apart from the apps' dev and prod namespaces. */
export const loggingNamespace = (options: BaselineOptions): string => `${options.name}-logging`;

// Both images run as any uid: Loki's is 10001 already, Vector only needs its data_dir writable (fsGroup).
const UID = 10001;
const VECTOR_PORT = Number(VECTOR_API.split(":")[1]);
const resources = (cpu: string, memory: string) => ({ requests: { cpu, memory }, limits: { memory } });
const httpProbe = (path: string, port: string, period: number) => ({ httpGet: { path, port }, periodSeconds: period, timeoutSeconds: 3, failureThreshold: 3 });

function loki(options: BaselineOptions): unknown[] {
  const name = `${options.name}-loki`;
  return [
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name, labels: labels(options, "loki") }, data: { "loki.yaml": renderYaml(lokiConfig()) } },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name, labels: labels(options, "loki") },
      spec: { selector: selector(options, "loki"), ports: [{ name: "http", port: LOKI_PORT, targetPort: "http" }] },
    },
    {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name, labels: labels(options, "loki") },
      spec: {
        serviceName: name,
        replicas: 1,
        selector: { matchLabels: selector(options, "loki") },
        template: {
          metadata: { labels: labels(options, "loki") },
          spec: {
            securityContext: podSecurity(UID),
            containers: [
              {
                name: "loki",
                image: pinnedImage("grafana/loki:3.5.8"),
                args: ["-config.file=/etc/loki/loki.yaml"],
                ports: [{ name: "http", containerPort: LOKI_PORT }],
                readinessProbe: httpProbe("/ready", "http", 10),
                livenessProbe: { ...httpProbe("/ready", "http", 30), initialDelaySeconds: 45 },
                resources: resources("100m", "512Mi"),
                securityContext: containerSecurity(),
                volumeMounts: [
                  { name: "config", mountPath: "/etc/loki", readOnly: true },
                  { name: "data", mountPath: "/loki" },
                  { name: "tmp", mountPath: "/tmp" },
                ],
              },
            ],
            volumes: [{ name: "config", configMap: { name } }, { name: "tmp", emptyDir: {} }],
          },
        },
        volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } } }],
      },
    },
  ];
}

function vector(options: BaselineOptions): unknown[] {
  const name = `${options.name}-vector`;
  const namespaces = [namespaceFor(options.name, "staging"), namespaceFor(options.name, "production")];
  const config = vectorKubernetesConfig(options, `http://${options.name}-loki.${loggingNamespace(options)}.svc:${LOKI_PORT}`, namespaces);
  return [
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, labels: labels(options, "vector") } },
    {
      // kubernetes_logs enriches each line with its pod's and namespace's metadata: read-only, nothing more.
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: { name, labels: labels(options, "vector") },
      rules: [{ apiGroups: [""], resources: ["pods", "namespaces", "nodes"], verbs: ["get", "list", "watch"] }],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name, labels: labels(options, "vector") },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
      subjects: [{ kind: "ServiceAccount", name, namespace: loggingNamespace(options) }],
    },
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name, labels: labels(options, "vector") }, data: { "vector.yaml": renderYaml(config) } },
    {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name, labels: labels(options, "vector") },
      spec: {
        selector: { matchLabels: selector(options, "vector") },
        template: {
          metadata: { labels: labels(options, "vector") },
          spec: {
            serviceAccountName: name,
            // The kubelet writes pod logs root:root 0640: group 0 reads them, the process stays non-root.
            securityContext: { ...podSecurity(UID), supplementalGroups: [0] },
            tolerations: [{ operator: "Exists", effect: "NoSchedule" }],
            containers: [
              {
                name: "vector",
                image: pinnedImage("timberio/vector:0.58.0-alpine"),
                args: ["--config", "/etc/vector/vector.yaml"],
                env: [{ name: "VECTOR_SELF_NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
                ports: [{ name: "api", containerPort: VECTOR_PORT }],
                readinessProbe: httpProbe("/health", "api", 10),
                livenessProbe: httpProbe("/health", "api", 30),
                resources: resources("50m", "256Mi"),
                securityContext: containerSecurity(),
                volumeMounts: [
                  { name: "config", mountPath: "/etc/vector", readOnly: true },
                  { name: "pod-logs", mountPath: "/var/log/pods", readOnly: true },
                  { name: "data", mountPath: "/vector-data-dir" },
                ],
              },
            ],
            volumes: [
              { name: "config", configMap: { name } },
              { name: "pod-logs", hostPath: { path: "/var/log/pods", type: "Directory" } },
              // Checkpoints survive container restarts; a new pod re-reads what the node still has.
              { name: "data", emptyDir: {} },
            ],
          },
        },
      },
    },
  ];
}

/** k8s/logging: Loki (StatefulSet with its volume) and Vector (DaemonSet with read-only RBAC) in their own namespace. */
export function kubernetesLogObjects(options: BaselineOptions): { kind: string; metadata: { name: string } }[] {
  const ns = { apiVersion: "v1", kind: "Namespace", metadata: { name: loggingNamespace(options), labels: labels(options, "logging") } };
  return [ns, ...loki(options), ...vector(options)] as { kind: string; metadata: { name: string } }[];
}
