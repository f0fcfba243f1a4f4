import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { repoViewOf, RULES, runRules } from "../../../src/rules/index.js";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1beta1/ExternalSecret";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { DaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { Job } from "kubernetes-models/batch/v1/Job";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { ConfigMap, Namespace, PersistentVolumeClaim, Service, ServiceAccount } from "kubernetes-models/v1";
import { Ingress, NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { kubernetesManifests } from "../../../src/components/kubernetes/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { databaseImage, postgresClientImage } from "../../../src/components/docker/base-images.js";
import { kubernetesRunbook } from "../../../src/clouds/kubernetes/runbook.js";
import { renderFiles } from "../../../src/synth/render-files.js";

// Offline schema check: kubernetes-models validates each object against the Kubernetes OpenAPI schema.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  Deployment, CronJob, Job, HorizontalPodAutoscaler, ConfigMap, Namespace, PersistentVolumeClaim, Service, Ingress, NetworkPolicy, PodDisruptionBudget, ExternalSecret,
  // k8s/logging: Loki and the Vector DaemonSet with its RBAC.
  StatefulSet, DaemonSet, ServiceAccount, ClusterRole, ClusterRoleBinding,
};

interface Pod { securityContext?: { runAsNonRoot?: boolean }; containers: { name: string; securityContext?: Record<string, unknown>; resources?: { requests?: unknown; limits?: unknown }; readinessProbe?: unknown; livenessProbe?: unknown }[] }

/** The hardening list of issue 4 is the audit catalog's Kubernetes rules (K8*): one source. */
export function podFindings(kind: string, pod: Pod, long: boolean): string[] {
  const spec = kind === "CronJob" ? { jobTemplate: { spec: { template: { spec: pod } } } } : { template: { spec: pod } };
  const doc = { apiVersion: "v1", kind: long ? "Deployment" : kind === "CronJob" ? "CronJob" : "Job", metadata: { name: kind }, spec };
  const view = repoViewOf([{ path: "k8s/pod.yaml", content: stringify(doc) }]);
  return runRules(view, RULES.filter((r) => r.type === "kubernetes")).map((f) => `${f.ruleId} ${f.message}`);
}

function podOf(o: { kind: string; spec: any }): Pod | undefined {
  if (["Deployment", "Job", "StatefulSet", "DaemonSet"].includes(o.kind)) return o.spec.template.spec;
  if (o.kind === "CronJob") return o.spec.jobTemplate.spec.template.spec;
  return undefined;
}

describe("kubernetes manifests", () => {
  const o = parseOptions({ name: "shop", cloud: "kubernetes", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { minReplicas: 3, maxReplicas: 12 } });
  const files = renderFiles(kubernetesManifests.render(o), o);
  const objects = files.filter((f) => !f.path.endsWith("kustomization.yaml")).map((f) => ({ path: f.path, data: parse(f.content) }));

  it("every object validates against the Kubernetes schema and is hardened", () => {
    expect(new Set(objects.map((x) => x.data.kind))).toEqual(new Set(Object.keys(MODELS)));
    for (const { path, data } of objects) {
      expect(() => new MODELS[data.kind]!(data as never).validate(), path).not.toThrow();
      const pod = podOf(data);
      if (pod) expect(podFindings(data.kind, pod, ["Deployment", "StatefulSet", "DaemonSet"].includes(data.kind)), path).toEqual([]);
    }
  });

  it("HPA scales on 70% CPU between the configured replicas; dev and prod namespaces exist", () => {
    const hpas = objects.filter((x) => x.data.kind === "HorizontalPodAutoscaler").map((x) => x.data.spec);
    expect(hpas).toHaveLength(2);
    for (const h of hpas) expect([h.minReplicas, h.maxReplicas, h.metrics[0].resource.target.averageUtilization]).toEqual([3, 12, 70]);
    expect(objects.filter((x) => x.data.kind === "Namespace").map((x) => x.data.metadata.name).sort()).toEqual(["shop-dev", "shop-logging", "shop-prod"]);
  });

  it("the pre-deploy pg_dump runs the server's major from the pinned image; so does the runbook's check", () => {
    const cron = objects.find((x) => x.data.kind === "CronJob")!.data;
    const image: string = cron.spec.jobTemplate.spec.template.spec.containers[0].image;
    expect(image).toBe(postgresClientImage());
    expect(image.split("@")[0]).toBe(databaseImage(o).split("@")[0]);
    expect(kubernetesRunbook(o).databaseStatus).toContain(`--image ${postgresClientImage()} `);
  });

  it("every file listed by a kustomization exists", () => {
    const paths = new Set(files.map((f) => f.path));
    for (const k of files.filter((f) => f.path.endsWith("kustomization.yaml"))) {
      const dir = k.path.slice(0, k.path.lastIndexOf("/"));
      for (const r of parse(k.content).resources as string[]) {
        if (r.startsWith("..")) continue;
        expect(paths, `${k.path} → ${r}`).toContain(`${dir}/${r}`);
      }
    }
  });

  it("known bad: the rules and the schema catch a weakened pod", () => {
    const dep = objects.find((x) => x.data.kind === "Deployment")!.data;
    const bad = JSON.parse(JSON.stringify(dep));
    bad.spec.template.spec.securityContext.runAsNonRoot = false;
    bad.spec.template.spec.containers[0].securityContext = { privileged: true };
    delete bad.spec.template.spec.containers[0].resources;
    delete bad.spec.template.spec.containers[0].livenessProbe;
    expect(podFindings("Deployment", bad.spec.template.spec, true).map((f) => f.split(" ")[0])).toEqual(["K8001", "K8002", "K8003", "K8004", "K8005"]);
    bad.spec.replicas = "three";
    expect(() => new Deployment(bad).validate()).toThrow(/replicas/);
  });
});

describe("the static-cache in front of the static paths (docs/cdn.md)", () => {
  const render = (extra: Record<string, unknown>) => {
    const o = parseOptions({ name: "shop", cloud: "kubernetes", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, costTags: { team: "checkout" }, ...extra });
    return renderFiles(kubernetesManifests.render(o), o).filter((f) => !f.path.endsWith("kustomization.yaml")).map((f) => ({ path: f.path, data: parse(f.content) }));
  };
  const withDomain = render({ deploy: { domain: "shop.example.org" } });
  const named = (kind: string, name: string) => withDomain.find((x) => x.data.kind === kind && x.data.metadata.name === name)?.data;

  it("with a domain: ConfigMap, Deployment, Service, PDB and NetworkPolicies, valid against the schema, hardened, labelled for cost", () => {
    const objects = withDomain.filter((x) => x.data.metadata.name.startsWith("shop-static-cache"));
    expect(objects.map((x) => `${x.data.kind}/${x.data.metadata.name}`).sort()).toEqual([
      "ConfigMap/shop-static-cache",
      "Deployment/shop-static-cache",
      "NetworkPolicy/shop-static-cache-egress",
      "NetworkPolicy/shop-static-cache-ingress",
      "PodDisruptionBudget/shop-static-cache",
      "Service/shop-static-cache",
    ]);
    for (const { path, data } of objects) {
      expect(() => new MODELS[data.kind]!(data as never).validate(), path).not.toThrow();
      expect(data.metadata.labels, path).toMatchObject({ project: "shop", team: "checkout" });
    }
    const dep = named("Deployment", "shop-static-cache");
    const pod = dep.spec.template.spec;
    expect(podFindings("Deployment", pod, true)).toEqual([]);
    expect(dep.spec.template.metadata.labels).toMatchObject({ project: "shop", team: "checkout" });
    expect(pod.containers[0].image).toMatch(/^nginxinc\/nginx-unprivileged:[\w.-]+@sha256:[0-9a-f]{64}$/);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 101 });
    expect(pod.containers[0].volumeMounts.map((m: { mountPath: string }) => m.mountPath).sort()).toEqual(["/etc/nginx/static-cache", "/tmp", "/var/cache/nginx"]);
    expect(pod.volumes.filter((v: { emptyDir?: unknown }) => v.emptyDir).map((v: { name: string }) => v.name).sort()).toEqual(["cache", "tmp"]);
  });

  it("the Ingress sends each host's static paths to the cache and keeps its rate limit; the cache may reach only the apps", () => {
    const ingress = named("Ingress", "shop");
    expect(ingress.metadata.annotations["nginx.ingress.kubernetes.io/limit-rps"]).toBe("20");
    const routes = Object.fromEntries(ingress.spec.rules.map((r: any) => [r.host, r.http.paths.map((p: any) => `${p.path} → ${p.backend.service.name}`)]));
    expect(routes).toEqual({
      "api.shop.example.org": ["/static → shop-static-cache", "/ → shop-api"],
      "shop.example.org": ["/_next/static → shop-static-cache", "/ → shop-web"],
    });
    const egress = named("NetworkPolicy", "shop-static-cache-egress").spec.egress;
    expect(egress.map((e: any) => e.to[0].podSelector.matchLabels["app.kubernetes.io/component"]).sort()).toEqual(["api", "web"]);
    for (const key of ["api", "web"]) {
      const from = named("NetworkPolicy", `shop-${key}-ingress`).spec.ingress[0].from;
      expect(from, key).toContainEqual({ podSelector: { matchLabels: { "app.kubernetes.io/component": "static-cache" } } });
    }
  });

  it("without a domain, or with edge.cdn false: no cache, the Ingress as before", () => {
    for (const files of [render({}), render({ deploy: { domain: "shop.example.org" }, edge: { cdn: false } })]) {
      expect(files.filter((x) => x.data.metadata.name.includes("static-cache"))).toEqual([]);
      expect(JSON.stringify(files)).not.toContain("static-cache");
    }
  });
});
