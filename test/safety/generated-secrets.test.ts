import { describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { ALERTING, BACKENDS, BACKUP_TARGETS, CLOUDS, DATABASES, DEPENDENCY_UPDATES, DEPLOY_STRATEGIES, FRONTENDS, OBJECT_STORAGES } from "../../src/options/choices.js";
import { BaselineError } from "../../src/errors.js";
import { parseOptions } from "../../src/options/index.js";
import { isSecretsFile, renderFiles } from "../../src/synth/render-files.js";
import { scanForSecrets, type SecretFinding } from "./secret-scan.js";

const FULL = {
  name: "shop",
  backend: { kind: "django", dir: "backend" },
  frontend: { kind: "nextjs", dir: "web" },
  database: "postgres",
  cache: "redis",
  objectStorage: "minio",
  cloud: "compose",
  backup: { target: "s3" },
  alerting: "slack",
  notifications: { slack: true },
};

const APP_VARIABLES = [
  { name: "DJANGO_SECRET_KEY", service: "backend", required: true, secret: true, readAt: ["config/settings.py:3"] },
  { name: "STRIPE_API_KEY", service: "backend", required: false, secret: true },
  { name: "ALLOWED_HOSTS", service: "backend", required: true, secret: false },
  { name: "NEXT_PUBLIC_API_URL", service: "frontend", required: true, stage: "build" },
  { name: "AUTH_SECRET", service: "frontend", required: true, secret: true },
];

const BACKEND_DIRS: Record<string, Record<string, unknown>> = { none: { kind: "none" } };
const set = (path: string, value: unknown): Record<string, unknown> => {
  const config = structuredClone(FULL) as Record<string, unknown>;
  const [head, tail] = path.split(".");
  if (tail) config[head!] = { ...(config[head!] as object), [tail]: value };
  else config[head!] = value;
  return config;
};

/** Every choice of every closed option, one at a time on a full stack, plus every cloud with a Python and a Node backend. */
function optionMatrix(): Record<string, unknown>[] {
  const configs: Record<string, unknown>[] = [FULL];
  for (const kind of BACKENDS) configs.push(set("backend", { ...(BACKEND_DIRS[kind] ?? { dir: "backend" }), kind }));
  for (const kind of FRONTENDS) configs.push(set("frontend", { kind, dir: "web" }));
  for (const value of DATABASES) configs.push(set("database", value));
  for (const value of OBJECT_STORAGES) configs.push(set("objectStorage", value));
  for (const value of BACKUP_TARGETS) configs.push(set("backup.target", value));
  for (const value of ALERTING) configs.push(set("alerting", value));
  for (const value of DEPENDENCY_UPDATES) configs.push(set("dependencyUpdates", value));
  for (const value of DEPLOY_STRATEGIES) configs.push({ ...set("deploy.strategy", value), cloud: "aws-ecs" });
  for (const cloud of CLOUDS) for (const kind of ["django", "express"]) configs.push({ ...set("cloud", cloud), backend: { kind, dir: "backend" } });
  configs.push({ name: "lib", library: { kind: "node" } });
  // The apps' own variables (issue 12): secrets wired through each platform's store, plain values per environment.
  for (const cloud of CLOUDS) configs.push({ ...set("cloud", cloud), variables: APP_VARIABLES, environments: { staging: { ALLOWED_HOSTS: "staging.shop.example.org" }, production: { ALLOWED_HOSTS: "shop.example.org" } } });
  return configs;
}

describe("generated files never hold a secret", () => {
  it("scans every file of every option in the matrix", () => {
    const findings: SecretFinding[] = [];
    let files = 0;
    let configs = 0;
    for (const config of optionMatrix()) {
      let rendered;
      try {
        const options = parseOptions(config, "matrix");
        rendered = renderFiles(renderModels(options), options);
      } catch (error) {
        if (error instanceof BaselineError) continue; // a combination the tool refuses renders nothing
        throw error;
      }
      configs++;
      for (const file of rendered) {
        files++;
        expect(isSecretsFile(file.path), `${file.path} is a secrets file`).toBe(false);
        findings.push(...scanForSecrets(file.path, file.content));
      }
    }
    console.log(`secret scan: ${configs} option sets, ${files} generated files, ${findings.length} findings`);
    expect(findings).toEqual([]);
    expect(configs).toBeGreaterThan(30);
  });
});
