import { serviceTargets } from "../../clouds/index.js";
import { namespaceFor } from "../../clouds/kubernetes/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { appConfigMapPatch } from "../app-config/kubernetes.js";
import { configMap, externalSecret, ingress, namespace, networkPolicies } from "./cluster-objects.js";
import { dbDump, deployment, hpa, labels, migrationJob, pdb, service } from "./workloads.js";
import { staticCacheObjects, staticCachePolicies } from "./static-cache.js";
import { certificate, clusterIssuer, managesCertificates } from "../edge/kubernetes.js";
import { KUBERNETES_LOGGING_DIR, kubernetesLogObjects, loggingNamespace } from "../logs/kubernetes-logs.js";

interface K8sObject {
  readonly kind: string;
  readonly metadata: { readonly name: string };
}

const fileName = (o: K8sObject): string => `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`;
const model = (path: string, data: unknown): FileModel => ({ kind: "yaml", path, component: "kubernetes", data });

/** The objects of `k8s/base`, one per file. */
export function baseObjects(options: BaselineOptions): K8sObject[] {
  const services = serviceTargets(options);
  return [
    configMap(options),
    externalSecret(options),
    ...services.flatMap((s) => [deployment(options, s), service(options, s), hpa(options, s), pdb(options, s)]),
    ...(staticCacheObjects(options, services) as K8sObject[]),
    ingress(options, services),
    ...(managesCertificates(options) ? [certificate(options, labels(options, "certificate"))] : []),
    ...(networkPolicies(options, services) as K8sObject[]),
    ...(staticCachePolicies(options, services) as K8sObject[]),
    ...(dbDump(options) as K8sObject[]),
  ];
}

function renderKubernetes(options: BaselineOptions): FileModel[] {
  if (options.cloud !== "kubernetes") return [];
  const services = serviceTargets(options);
  if (services.length === 0) return [];
  const base = baseObjects(options);
  const files: FileModel[] = base.map((o) => model(`k8s/base/${fileName(o)}`, o));
  files.push(model("k8s/base/kustomization.yaml", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: base.map(fileName) }));
  const api = services.find((s) => s.key === "api");
  if (api && api.migrate) {
    const job = migrationJob(options, api);
    files.push(
      model(`k8s/migrate/${fileName(job)}`, job),
      model("k8s/migrate/kustomization.yaml", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [fileName(job)] }),
    );
  }
  if (managesCertificates(options)) {
    // Cluster-scoped, applied once by an operator (docs/tls.md): outside the namespaced overlays.
    const issuer = clusterIssuer(options);
    files.push(
      model(`k8s/cluster/${fileName(issuer)}`, issuer),
      model("k8s/cluster/kustomization.yaml", { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [fileName(issuer)] }),
    );
  }
  // The log stack serves both environments, so it is its own kustomization in its own namespace.
  const logging = kubernetesLogObjects(options);
  files.push(
    ...logging.map((o) => model(`${KUBERNETES_LOGGING_DIR}/${fileName(o)}`, o)),
    model(`${KUBERNETES_LOGGING_DIR}/kustomization.yaml`, { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", namespace: loggingNamespace(options), resources: logging.map(fileName) }),
  );
  for (const [overlay, environment] of [["dev", "staging"], ["prod", "production"]] as const) {
    const ns = namespaceFor(options.name, environment);
    const values = appConfigMapPatch(options, environment);
    if (values) files.push(model(`k8s/overlays/${overlay}/app-config.yaml`, values));
    files.push(
      model(`k8s/overlays/${overlay}/namespace.yaml`, namespace(ns)),
      model(`k8s/overlays/${overlay}/kustomization.yaml`, {
        apiVersion: "kustomize.config.k8s.io/v1beta1",
        kind: "Kustomization",
        namespace: ns,
        resources: ["namespace.yaml", "../../base"],
        // environment: the cost-allocation label OpenCost splits spend by.
        labels: [{ pairs: { "app.kubernetes.io/instance": ns, environment }, includeSelectors: false }],
        ...(values ? { patches: [{ path: "app-config.yaml" }] } : {}),
      }),
    );
  }
  return files;
}

export const kubernetesManifests: Component = {
  name: "kubernetes",
  description: "Kustomize base and dev/prod overlays: hardened Deployments, Services, Ingress, HPA, PDB, NetworkPolicy, ExternalSecret, migration Job, the static-cache nginx for the static paths; Loki and a Vector DaemonSet for the logs.",
  render: renderKubernetes,
};
