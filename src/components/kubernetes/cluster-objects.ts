import { backendProbe } from "../docker/health-probe.js";
import type { ServiceTarget } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { appConfigMapData, appExternalSecretData } from "../app-config/kubernetes.js";
import { cachedPaths, STATIC_CACHE, staticCacheName } from "./static-cache.js";
import { componentPolicy } from "./network-policy.js";
import { labels } from "./workloads.js";

export const configMap = (options: BaselineOptions) => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name: `${options.name}-config`, labels: labels(options, "config") },
  data: {
    ...appConfigMapData(options),
    APP_NAME: options.name,
    HEALTH_PATH: backendProbe(options).path,
    ...(options.backend.kind !== "none" ? { PORT: String(options.backend.port) } : {}),
  },
});

/**
 * Secrets come from the cluster's secret store through External Secrets; nothing secret lives in git.
 * The store's `<name>/app` entry holds the app's settings plus PGHOST, PGUSER, PGPASSWORD and
 * PGDATABASE, which the pre-deploy dump reads through libpq.
 */
export const externalSecret = (options: BaselineOptions) => ({
  apiVersion: "external-secrets.io/v1beta1",
  kind: "ExternalSecret",
  metadata: { name: `${options.name}-secrets`, labels: labels(options, "secrets") },
  spec: {
    refreshInterval: "1h",
    secretStoreRef: { kind: "ClusterSecretStore", name: "default" },
    target: { name: `${options.name}-secrets`, creationPolicy: "Owner" },
    // Each secret the apps read is named, so a missing one fails the sync instead of the app.
    ...(appExternalSecretData(options).length > 0 ? { data: appExternalSecretData(options) } : {}),
    dataFrom: [{ extract: { key: `${options.name}/app` } }],
  },
});

export function ingress(options: BaselineOptions, services: readonly ServiceTarget[]) {
  const backend = (svc: ServiceTarget) => ({ service: { name: `${options.name}-${svc.key}`, port: { name: "http" } } });
  const api = services.find((s) => s.key === "api");
  const web = services.find((s) => s.key === "web");
  const domain = options.deploy.domain;
  const rules: unknown[] = [];
  // The static paths go through the static-cache Deployment (docs/cdn.md); the limit-rps annotation covers them too.
  const cache = { service: { name: staticCacheName(options), port: { name: "http" } } };
  const cached = (svc: ServiceTarget) => cachedPaths(options, services).filter((p) => p.key === svc.key).map((p) => ({ path: p.prefix.replace(/\/$/, ""), pathType: "Prefix", backend: cache }));
  if (domain) {
    if (api) rules.push({ host: web ? `api.${domain}` : domain, http: { paths: [...cached(api), { path: "/", pathType: "Prefix", backend: backend(api) }] } });
    if (web) rules.push({ host: domain, http: { paths: [...cached(web), { path: "/", pathType: "Prefix", backend: backend(web) }] } });
  } else {
    const paths: unknown[] = [];
    if (api && web) {
      paths.push({ path: "/api", pathType: "Prefix", backend: backend(api) });
      // The API's own health route, when it has one outside /api, reaches the API rather than the frontend.
      const probe = backendProbe(options);
      if (probe.route && !probe.path.startsWith("/api/")) paths.push({ path: probe.path, pathType: "Exact", backend: backend(api) });
    }
    paths.push({ path: "/", pathType: "Prefix", backend: backend((web ?? api)!) });
    rules.push({ http: { paths } });
  }
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: options.name,
      labels: labels(options, "ingress"),
      annotations: { "nginx.ingress.kubernetes.io/limit-rps": "20", "nginx.ingress.kubernetes.io/ssl-redirect": "true" },
    },
    spec: {
      ingressClassName: "nginx",
      ...(domain ? { tls: [{ hosts: rules.map((r) => (r as { host: string }).host), secretName: `${options.name}-tls` }] } : {}),
      rules,
    },
  };
}

/** Default deny, then only: ingress controller → apps, web → api, apps → DNS and the outside world (not the metadata API). */
export function networkPolicies(options: BaselineOptions, services: readonly ServiceTarget[]) {
  const partOf = { "app.kubernetes.io/part-of": options.name };
  const policies: unknown[] = [
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${options.name}-default-deny`, labels: labels(options, "network") },
      spec: { podSelector: { matchLabels: partOf }, policyTypes: ["Ingress", "Egress"] },
    },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: `${options.name}-egress`, labels: labels(options, "network") },
      spec: {
        podSelector: { matchLabels: partOf },
        policyTypes: ["Egress"],
        egress: [
          { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }], ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }] },
          { to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["169.254.169.254/32"] } }], ports: [{ protocol: "TCP", port: 5432 }, { protocol: "TCP", port: 6379 }, { protocol: "TCP", port: 443 }] },
        ],
      },
    },
  ];
  for (const svc of services) {
    const from: unknown[] = [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }];
    if (svc.key === "api") from.push({ podSelector: { matchLabels: { "app.kubernetes.io/component": "web" } } });
    if (svc.key === "api") from.push({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } });
    if (cachedPaths(options, services).some((p) => p.key === svc.key)) from.push({ podSelector: { matchLabels: { "app.kubernetes.io/component": STATIC_CACHE } } });
    policies.push(componentPolicy(options, `${options.name}-${svc.key}-ingress`, svc.key, "Ingress", [{ from, ports: [{ protocol: "TCP", port: svc.port }] }]));
  }
  return policies;
}

export const namespace = (name: string) => ({
  apiVersion: "v1",
  kind: "Namespace",
  metadata: {
    name,
    // Pod Security Admission enforces the restricted profile the manifests are written for.
    labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/warn": "restricted" },
  },
});
