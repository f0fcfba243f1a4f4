import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES } from "../../src/clouds/index.js";
import { deployWorkflow } from "../../src/components/deploy/index.js";
import { parseOptions } from "../../src/options/index.js";

const SHIM = new URL("./fixtures/cloud-cli-shim.sh", import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Cloud = "aws-ecs" | "gcp-cloud-run" | "azure-container-apps";

/** Runs the generated migrate step (bash -e -o pipefail, as GitHub does) with faked cloud CLIs. */
function runMigrate(cloud: Cloud, outcome: Record<string, string>) {
  const o = parseOptions({ name: "shop", cloud, database: "postgres", backend: { kind: "django" } });
  const job = JSON.parse(JSON.stringify(deployWorkflow(o, CLOUD_STRATEGIES[cloud]))).jobs["deploy-staging"];
  const step = job.steps.find((s: { id?: string }) => s.id === "migrate");
  const dir = mkdtempSync(join(tmpdir(), "migrate-"));
  dirs.push(dir);
  mkdirSync(join(dir, "bin"));
  for (const tool of ["aws", "az", "gcloud"]) symlinkSync(SHIM, join(dir, "bin", tool));
  // Expressions GitHub would substitute: the registered task definition and the image.
  const env: Record<string, string> = { ...job.env, ...step.env };
  for (const [k, v] of Object.entries(env)) env[k] = v.replace(/\$\{\{[^}]+\}\}/g, k === "TASK_DEFINITION" ? "arn:aws:ecs:us-east-1:123456789012:task-definition/shop-staging-api:8" : "registry/shop-backend:abc");
  const log = join(dir, "argv.log");
  writeFileSync(log, "");
  const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
    env: { PATH: `${join(dir, "bin")}:${process.env.PATH}`, SHIM_LOG: log, GITHUB_RUN_ID: "99", ...env, ...outcome },
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr, argv: readFileSync(log, "utf8") };
}

describe("migrate steps fail the deploy when the migration fails", () => {
  it("aws-ecs: a one-off task with the migrate command; exit 0 passes, anything else fails", () => {
    const ok = runMigrate("aws-ecs", { FAKE_EXIT_CODE: "0" });
    expect(ok.status, ok.out).toBe(0);
    expect(ok.argv).toMatch(/^aws ecs run-task --cluster shop-staging --launch-type FARGATE --task-definition arn:aws:ecs:\S+shop-staging-api:8 /m);
    expect(ok.argv).toMatch(/--overrides \S*containerOverrides\S*name\S*api\S*command\S*python\S*manage\.py\S*migrate\S*--noinput/);
    expect(ok.argv).toMatch(/^aws ecs wait tasks-stopped --cluster shop-staging --tasks /m);
    for (const code of ["1", "None"]) {
      const bad = runMigrate("aws-ecs", { FAKE_EXIT_CODE: code });
      expect(bad.status).toBe(1);
      expect(bad.out).toContain(`::error::Migration task exited with ${code}`);
    }
  });

  it("azure-container-apps: a job execution; Succeeded passes, Failed fails", () => {
    const ok = runMigrate("azure-container-apps", { FAKE_STATUS: "Succeeded" });
    expect(ok.status, ok.out).toBe(0);
    expect(ok.argv).toMatch(/^az containerapp job update --name shop-staging-migrate --resource-group shop-staging --image registry\/shop-backend:abc /m);
    const bad = runMigrate("azure-container-apps", { FAKE_STATUS: "Failed" });
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("::error::Migration shop-staging-migrate-exec1 ended as Failed");
  });

  it("gcp-cloud-run: a Cloud Run job executed with --wait; its failure fails the step", () => {
    const ok = runMigrate("gcp-cloud-run", { FAKE_EXIT_CODE: "0" });
    expect(ok.status, ok.out).toBe(0);
    expect(ok.argv).toMatch(/^gcloud run jobs execute shop-staging-migrate --region us-central1 --wait$/m);
    expect(runMigrate("gcp-cloud-run", { FAKE_EXIT_CODE: "1" }).status).toBe(1);
  });
});
