import { describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { parseOptions, type BaselineConfig } from "../../src/options/index.js";
import { repoViewOf, RULES, runRules } from "../../src/rules/index.js";
import { renderFiles } from "../../src/synth/render-files.js";
import { applySuppressions } from "../../src/audit/suppress.js";
import { optionMatrix } from "../components/ci/option-matrix.js";

/** Option sets that between them render every file type the catalog reads, on every cloud and backup target. */
const CONFIGS: Record<string, BaselineConfig> = {
  "django + nextjs on compose, local backups": { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cache: "redis", cloud: "compose", backup: { target: "local" }, alerting: "slack" },
  "django + nextjs on kubernetes, s3 backups": { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cache: "redis", cloud: "kubernetes", backup: { target: "s3" } },
  "django on kubernetes with renovate": { name: "shop", backend: { kind: "django", dir: "." }, database: "postgis", cloud: "kubernetes", dependencyUpdates: "renovate" },
  "fastapi/uv on aws-ecs, canary": { name: "api", backend: { kind: "fastapi", dir: ".", packageManager: "uv" }, database: "postgres", cloud: "aws-ecs", deploy: { strategy: "canary" }, backup: { target: "s3" }, alerting: "pagerduty" },
  "express + react-vite on gcp-cloud-run, renovate, gcs backups": { name: "api", backend: { kind: "express", dir: "api", packageManager: "pnpm" }, frontend: { kind: "react-vite", dir: "web", packageManager: "pnpm" }, database: "postgres", cloud: "gcp-cloud-run", dependencyUpdates: "renovate", backup: { target: "gcs" } },
  "nestjs + nextjs monorepo on azure, minio, azure-blob backups": { name: "mono", backend: { kind: "nestjs", dir: "apps/api", context: ".", packageManager: "npm" }, frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "npm" }, database: "postgres", cloud: "azure-container-apps", objectStorage: "minio", backup: { target: "azure-blob" }, alerting: "email", notifications: { email: "ops@example.com" } },
  "bun backend and frontend in one folder on compose, minio backups": { name: "one", backend: { kind: "express", dir: "app", packageManager: "bun" }, frontend: { kind: "react-vite", dir: "app", packageManager: "bun" }, database: "postgres", cloud: "compose", objectStorage: "minio", backup: { target: "minio" } },
  "django + nextjs on kubernetes with a domain (cert-manager, cost labels, expiry probes)": { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cloud: "kubernetes", deploy: { domain: "shop.example.org" }, costTags: { team: "checkout" } },
  "fastapi on aws-ecs with a domain and zone (ACM, CloudFront, WAF, budget)": { name: "api", backend: { kind: "fastapi", dir: "." }, database: "postgres", cloud: "aws-ecs", deploy: { domain: "api.example.org" }, edge: { dnsZone: "example.org" }, alerting: "slack" },
  "django + nextjs on compose without the tunnel (Caddy)": { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cloud: "compose", deploy: { domain: "shop.example.org" }, edge: { tunnel: false, acmeEmail: "ops@example.org" } },
  "django + nextjs on compose, blue-green (the switch)": { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, database: "postgres", cloud: "compose", deploy: { strategy: "blue-green" } },
  "frontend only": { name: "site", backend: { kind: "none" }, frontend: { kind: "nextjs", dir: ".", packageManager: "yarn" }, database: "none" },
  "node library": { name: "lib", backend: { kind: "none" }, frontend: { kind: "none" }, library: { kind: "node" }, database: "none" },
};

// As `audit` reads them: a generated file's inline `devops-baseline-ignore` (with its reason) holds.
const audit = (options: ReturnType<typeof parseOptions>) => {
  const files = renderFiles(renderModels(options), options);
  const texts = new Map(files.map((f) => [f.path, f.content] as const));
  return { files, findings: applySuppressions(runRules(repoViewOf(files)), texts).kept };
};
const show = (findings: ReturnType<typeof runRules>): string[] => findings.map((f) => `${f.file}:${f.line ?? ""} ${f.ruleId} ${f.message}`);

describe("the baseline's own output has no finding of the audit catalog (DESIGN.md section 8)", () => {
  for (const [label, config] of Object.entries(CONFIGS)) {
    it(label, () => {
      const { findings } = audit(parseOptions(config));
      expect(show(findings)).toEqual([]);
    });
  }

  it("across the CI option matrix (every stack, package manager and layout)", () => {
    const failures = optionMatrix().flatMap(({ label, options }) => show(audit(options).findings).map((f) => `${label}: ${f}`));
    expect(failures).toEqual([]);
  });

  it("the option sets above give every file-type rule something to read", () => {
    const files = Object.values(CONFIGS).flatMap((c) => audit(parseOptions(c)).files);
    const view = repoViewOf(files);
    expect(view.workflows.length).toBeGreaterThan(0);
    expect(view.dockerfiles.length).toBeGreaterThan(0);
    expect(view.composes.length).toBeGreaterThan(0);
    expect(view.dependabot).toBeDefined();
    expect(view.shells.length).toBeGreaterThan(0);
    expect(view.kubernetes.length).toBeGreaterThan(0);
    expect(view.nginx.length).toBeGreaterThan(0);
    expect(view.prometheusRules.length).toBeGreaterThan(0);
    expect(view.unreadable).toEqual([]);
    expect(new Set(RULES.map((r) => r.type))).toEqual(new Set(["workflow", "dockerfile", "compose", "dependency-updates", "shell", "kubernetes", "nginx", "prometheus", "cross-file"]));
  });
});
