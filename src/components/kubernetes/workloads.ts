import { PROBE_HEADERS } from "../docker/health-probe.js";
import { hasDatabase, migrationCommand, type ServiceTarget } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { postgresClientImage } from "../docker/base-images.js";
import { costLabels } from "../edge/kubernetes.js";

/** Labels every object carries, cost-allocation labels included; selectors use name + component only (they are immutable). */
export const labels = (options: BaselineOptions, component: string) => ({
  "app.kubernetes.io/name": `${options.name}-${component}`,
  "app.kubernetes.io/component": component,
  "app.kubernetes.io/part-of": options.name,
  ...costLabels(options),
});
export const selector = (options: BaselineOptions, component: string) => ({
  "app.kubernetes.io/name": `${options.name}-${component}`,
  "app.kubernetes.io/component": component,
});

/** No root, no privilege escalation, no capabilities, read-only root filesystem, default seccomp. */
export const podSecurity = (uid: number) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  seccompProfile: { type: "RuntimeDefault" },
});
export const containerSecurity = () => ({
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  privileged: false,
  capabilities: { drop: ["ALL"] },
});

const envFrom = (options: BaselineOptions) => [{ configMapRef: { name: `${options.name}-config` } }, { secretRef: { name: `${options.name}-secrets` } }];

export function deployment(options: BaselineOptions, svc: ServiceTarget) {
  // Kubernetes' httpGet passes only below 400; an app without a health route is probed by TCP.
  const check = svc.probe.route
    ? { httpGet: { path: svc.probe.path, port: "http", httpHeaders: Object.entries(PROBE_HEADERS).map(([name, value]) => ({ name, value })) } }
    : { tcpSocket: { port: "http" } };
  const probe = (period: number, failures: number) => ({
    ...check,
    periodSeconds: period,
    timeoutSeconds: 3,
    failureThreshold: failures,
  });
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
    spec: {
      // The HPA owns the replica count once it exists; this is the starting point.
      replicas: options.deploy.minReplicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(options, svc.key) },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: labels(options, svc.key),
          annotations: svc.key === "api" ? { "prometheus.io/scrape": "true", "prometheus.io/port": String(svc.port), "prometheus.io/path": "/metrics" } : {},
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity(10001),
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: svc.key,
              image: svc.image,
              ports: [{ name: "http", containerPort: svc.port, protocol: "TCP" }],
              envFrom: envFrom(options),
              readinessProbe: probe(5, 3),
              livenessProbe: { ...probe(15, 4), initialDelaySeconds: 20 },
              startupProbe: probe(5, 30),
              resources: svc.key === "api"
                ? { requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } }
                : { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
              securityContext: containerSecurity(),
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: { sizeLimit: "256Mi" } }],
        },
      },
    },
  };
}

export const service = (options: BaselineOptions, svc: ServiceTarget) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: { type: "ClusterIP", selector: selector(options, svc.key), ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] },
});

export const hpa = (options: BaselineOptions, svc: ServiceTarget) => ({
  apiVersion: "autoscaling/v2",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: `${options.name}-${svc.key}` },
    minReplicas: options.deploy.minReplicas,
    maxReplicas: options.deploy.maxReplicas,
    metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }],
  },
});

export const pdb = (options: BaselineOptions, svc: ServiceTarget) => ({
  apiVersion: "policy/v1",
  kind: "PodDisruptionBudget",
  metadata: { name: `${options.name}-${svc.key}`, labels: labels(options, svc.key) },
  spec: { minAvailable: 1, selector: { matchLabels: selector(options, svc.key) } },
});

/** Migrations with the new image, before traffic moves; no retries: a failure fails the deploy. */
export const migrationJob = (options: BaselineOptions, api: ServiceTarget) => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { name: `${options.name}-migrate`, labels: labels(options, "migrate") },
  spec: {
    backoffLimit: 0,
    activeDeadlineSeconds: 900,
    ttlSecondsAfterFinished: 86400,
    template: {
      metadata: { labels: labels(options, "migrate") },
      spec: {
        restartPolicy: "Never",
        automountServiceAccountToken: false,
        securityContext: podSecurity(10001),
        containers: [
          {
            name: "migrate",
            image: api.image,
            command: migrationCommand(options),
            envFrom: envFrom(options),
            resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } },
            securityContext: containerSecurity(),
            volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
          },
        ],
        volumes: [{ name: "tmp", emptyDir: { sizeLimit: "256Mi" } }],
      },
    },
  },
});

/** Suspended: deploy.yml creates a Job from it for the pre-deploy pg_dump, onto a volume of its own. */
export function dbDump(options: BaselineOptions) {
  if (!hasDatabase(options)) return [];
  const pvc = `${options.name}-db-dumps`;
  return [
    {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: pvc, labels: labels(options, "db-dump") },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } },
    },
    {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: `${options.name}-db-dump`, labels: labels(options, "db-dump") },
      spec: {
        schedule: options.backup.schedule,
        suspend: true,
        concurrencyPolicy: "Forbid",
        jobTemplate: {
          metadata: { labels: labels(options, "db-dump") },
          spec: {
            backoffLimit: 0,
            activeDeadlineSeconds: 1800,
            template: {
              metadata: { labels: labels(options, "db-dump") },
              spec: {
                restartPolicy: "Never",
                automountServiceAccountToken: false,
                // uid 70 is postgres in the alpine image.
                securityContext: podSecurity(70),
                containers: [
                  {
                    name: "pg-dump",
                    image: postgresClientImage(),
                    // libpq reads PGHOST/PGUSER/PGPASSWORD/PGDATABASE from the secret: no password on a command line.
                    command: ["sh", "-c", 'pg_dump --format custom --compress 6 --file "/dumps/predeploy-$(date -u +%Y%m%dT%H%M%SZ).dump"'],
                    envFrom: [{ secretRef: { name: `${options.name}-secrets` } }],
                    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "1", memory: "512Mi" } },
                    securityContext: containerSecurity(),
                    volumeMounts: [
                      { name: "dumps", mountPath: "/dumps" },
                      { name: "tmp", mountPath: "/tmp" },
                    ],
                  },
                ],
                volumes: [
                  { name: "dumps", persistentVolumeClaim: { claimName: pvc } },
                  { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
                ],
              },
            },
          },
        },
      },
    },
  ];
}
