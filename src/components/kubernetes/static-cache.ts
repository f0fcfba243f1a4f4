import { createHash } from "node:crypto";
import type { ServiceTarget } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { renderTemplate } from "../../synth/templates.js";
import { pinnedImage } from "../docker/base-images.js";
import { staticCacheDirectives, STATIC_CACHE_ROOT, staticCacheHost } from "../edge/static-cache.js";
import { staticPaths } from "../edge/static-paths.js";
import { SECURITY_HEADERS } from "../proxy/index.js";
import { componentPolicy } from "./network-policy.js";
import { containerSecurity, labels, podSecurity, selector } from "./workloads.js";

export const STATIC_CACHE = "static-cache";
/** nginx-unprivileged's user and port. */
const NGINX_UID = 101;
const PORT = 8080;
const CONF_DIR = "/etc/nginx/static-cache";

const appService = (options: BaselineOptions, key: ServiceTarget["key"]): string => `${options.name}-${key}`;
export const staticCacheName = (options: BaselineOptions): string => `${options.name}-${STATIC_CACHE}`;

/** Whether the cluster gets the static-cache Deployment (the cdn piece on Kubernetes, with a domain). */
export const hasStaticCache = (options: BaselineOptions): boolean => staticCacheHost(options) === "kubernetes";

/** The static paths each service has that the Ingress sends through the cache. */
export const cachedPaths = (options: BaselineOptions, services: readonly ServiceTarget[]) =>
  hasStaticCache(options) ? staticPaths(options).filter((p) => services.some((s) => s.key === p.key)) : [];

/** The cache's nginx.conf: the static paths to the app's Services, with the edge cache rule (edge/static-cache.ts). */
export function staticCacheConf(options: BaselineOptions, services: readonly ServiceTarget[]): string {
  const paths = cachedPaths(options, services);
  const keys = services.map((s) => s.key);
  return renderTemplate("proxy/static-cache.conf.hbs", {
    name: options.name,
    staticCache: staticCacheDirectives(),
    securityHeaders: SECURITY_HEADERS,
    upstreams: keys.map((key) => ({ name: key, host: appService(options, key), port: 80 })),
    locations: paths.map((p) => ({ prefix: p.prefix, upstream: p.key, why: p.why })),
    fallback: keys.includes("web") ? "web" : keys[0],
  });
}

/** ConfigMap, Deployment, Service and PodDisruptionBudget of the cache, labelled like every workload. */
export function staticCacheObjects(options: BaselineOptions, services: readonly ServiceTarget[]) {
  if (cachedPaths(options, services).length === 0) return [];
  const name = staticCacheName(options);
  const conf = staticCacheConf(options, services);
  const probe = (period: number, failures: number) => ({ httpGet: { path: "/nginx-health", port: "http" }, periodSeconds: period, timeoutSeconds: 3, failureThreshold: failures });
  return [
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name, labels: labels(options, STATIC_CACHE) }, data: { "nginx.conf": conf } },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name, labels: labels(options, STATIC_CACHE) },
      spec: {
        replicas: options.deploy.minReplicas,
        revisionHistoryLimit: 5,
        selector: { matchLabels: selector(options, STATIC_CACHE) },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 0 } },
        template: {
          metadata: {
            labels: labels(options, STATIC_CACHE),
            // A changed nginx.conf rolls the pods: the ConfigMap is read once, at start.
            annotations: { "devops-baseline/config-sha256": createHash("sha256").update(conf).digest("hex") },
          },
          spec: {
            automountServiceAccountToken: false,
            securityContext: podSecurity(NGINX_UID),
            terminationGracePeriodSeconds: 30,
            containers: [
              {
                name: "nginx",
                image: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
                command: ["nginx", "-c", `${CONF_DIR}/nginx.conf`, "-g", "daemon off;"],
                ports: [{ name: "http", containerPort: PORT, protocol: "TCP" }],
                readinessProbe: probe(5, 3),
                livenessProbe: { ...probe(15, 4), initialDelaySeconds: 5 },
                resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "128Mi" } },
                securityContext: containerSecurity(),
                volumeMounts: [
                  { name: "config", mountPath: CONF_DIR, readOnly: true },
                  { name: "cache", mountPath: STATIC_CACHE_ROOT },
                  { name: "tmp", mountPath: "/tmp" },
                ],
              },
            ],
            volumes: [
              { name: "config", configMap: { name } },
              // Above nginx's max_size (256m), which its cache manager keeps to.
              { name: "cache", emptyDir: { sizeLimit: "512Mi" } },
              { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
            ],
          },
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name, labels: labels(options, STATIC_CACHE) },
      spec: { type: "ClusterIP", selector: selector(options, STATIC_CACHE), ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] },
    },
    {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name, labels: labels(options, STATIC_CACHE) },
      spec: { minAvailable: 1, selector: { matchLabels: selector(options, STATIC_CACHE) } },
    },
  ];
}

/** NetworkPolicies of the cache: in from the ingress controller, out to the apps it caches (and DNS, from the shared egress policy). */
export function staticCachePolicies(options: BaselineOptions, services: readonly ServiceTarget[]) {
  if (cachedPaths(options, services).length === 0) return [];
  const partOf = { "app.kubernetes.io/part-of": options.name };
  const name = staticCacheName(options);
  return [
    componentPolicy(options, `${name}-ingress`, STATIC_CACHE, "Ingress", [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }], ports: [{ protocol: "TCP", port: PORT }] }]),
    componentPolicy(options, `${name}-egress`, STATIC_CACHE, "Egress", services.map((s) => ({ to: [{ podSelector: { matchLabels: { "app.kubernetes.io/component": s.key, ...partOf } } }], ports: [{ protocol: "TCP", port: s.port }] }))),
  ];
}
