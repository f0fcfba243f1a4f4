import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { ConfigMap, Namespace, Service, ServiceAccount } from "kubernetes-models/v1";
import { kubernetesManifests } from "../../../src/components/kubernetes/index.js";
import { LOG_RETENTION_DAYS } from "../../../src/components/logs/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { repoViewOf, RULES, runRules } from "../../../src/rules/index.js";

// Offline schema check: kubernetes-models validates each object against the Kubernetes OpenAPI schema.
const MODELS: Record<string, new (data: never) => { validate(): void }> = { DaemonSet, StatefulSet, ClusterRole, ClusterRoleBinding, ConfigMap, Namespace, Service, ServiceAccount };

const options = parseOptions({ name: "shop", cloud: "kubernetes", backend: { kind: "fastapi" }, database: "postgres" });
const files = renderFiles(kubernetesManifests.render(options), options).filter((f) => f.path.startsWith("k8s/logging/"));
type Obj = Record<string, any>;
const objects = files.filter((f) => !f.path.endsWith("kustomization.yaml")).map((f) => ({ path: f.path, data: parse(f.content) as Obj }));
const byKind = (kind: string): Obj[] => objects.filter((o) => o.data.kind === kind).map((o) => o.data);

describe("logs on Kubernetes: a Vector DaemonSet ships pod logs to Loki", () => {
  it("every object passes the Kubernetes schema, and the kustomization lists them all", () => {
    expect(objects.map((o) => o.data.kind).sort()).toEqual(["ClusterRole", "ClusterRoleBinding", "ConfigMap", "ConfigMap", "DaemonSet", "Namespace", "Service", "ServiceAccount", "StatefulSet"]);
    for (const o of objects) {
      const Model = MODELS[o.data.kind]!;
      expect(() => new Model(o.data as never).validate(), o.path).not.toThrow();
    }
    const kustomization = parse(files.find((f) => f.path === "k8s/logging/kustomization.yaml")!.content) as Obj;
    expect(kustomization.namespace).toBe("shop-logging");
    expect([...kustomization.resources].sort()).toEqual(objects.map((o) => o.path.replace("k8s/logging/", "")).sort());
  });

  it("passes the audit's Kubernetes rules (non-root, no privilege, probes, resources, read-only root)", () => {
    const view = repoViewOf(files.map((f) => ({ path: f.path, content: f.content })));
    // The rules read these files as Kubernetes manifests (so the empty list below means something).
    expect(view.kubernetes.length).toBeGreaterThanOrEqual(objects.length);
    expect(runRules(view, RULES.filter((r) => r.type === "kubernetes")).map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it("Vector may only read pod metadata, and reads the node's pod logs read-only", () => {
    const [role] = byKind("ClusterRole");
    expect(role!.rules).toEqual([{ apiGroups: [""], resources: ["pods", "namespaces", "nodes"], verbs: ["get", "list", "watch"] }]);
    const [binding] = byKind("ClusterRoleBinding");
    const [account] = byKind("ServiceAccount");
    expect(binding!.subjects).toEqual([{ kind: "ServiceAccount", name: account!.metadata.name, namespace: "shop-logging" }]);
    const [ds] = byKind("DaemonSet");
    const pod = ds!.spec.template.spec;
    expect(pod.serviceAccountName).toBe(account!.metadata.name);
    const mount = pod.containers[0].volumeMounts.find((m: Obj) => m.mountPath === "/var/log/pods");
    expect(mount.readOnly).toBe(true);
    expect(pod.volumes.find((v: Obj) => v.name === mount.name).hostPath.path).toBe("/var/log/pods");
  });

  it("Vector keeps to the app's namespaces and pushes to the Loki Service; Loki keeps logs for the retention period", () => {
    const configs = byKind("ConfigMap");
    const vector = parse(configs.find((c) => c.data["vector.yaml"])!.data["vector.yaml"]) as Obj;
    expect(vector.sources.pods.type).toBe("kubernetes_logs");
    expect(vector.sources.pods.extra_namespace_label_selector).toBe("kubernetes.io/metadata.name in (shop-dev,shop-prod)");
    const [svc] = byKind("Service");
    expect(vector.sinks.loki.endpoint).toBe(`http://${svc!.metadata.name}.shop-logging.svc:${svc!.spec.ports[0].port}`);
    const loki = parse(configs.find((c) => c.data["loki.yaml"])!.data["loki.yaml"]) as Obj;
    expect(loki.limits_config.retention_period).toBe(`${LOG_RETENTION_DAYS * 24}h`);
    expect(loki.compactor.retention_enabled).toBe(true);
    const [sts] = byKind("StatefulSet");
    expect(sts!.spec.volumeClaimTemplates[0].metadata.name).toBe("data");
    expect(sts!.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: "data", mountPath: loki.common.path_prefix });
  });
});
