import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES } from "../../../src/clouds/index.js";
import { deployWorkflow } from "../../../src/components/deploy/index.js";
import { kubernetesManifests } from "../../../src/components/kubernetes/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const REAL_KUBECTL = spawnSync("sh", ["-c", "command -v kubectl"], { encoding: "utf8" }).stdout.trim();
const SHIM = new URL("./fixtures/kubectl-shim.sh", import.meta.url).pathname;

/**
 * Runs the generated deploy steps' shell (as GitHub does: bash -e -o pipefail) in a checkout of the
 * generated manifests, with kubectl faked except for kustomize: what would be applied is real output.
 */
describe.skipIf(!REAL_KUBECTL)("kubernetes deploy steps against the generated kustomizations", () => {
  it("applies the prod overlay with this run's images, and a migration Job named for the run", () => {
    const o = parseOptions({ name: "shop", cloud: "kubernetes", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } });
    const repo = mkdtempSync(join(tmpdir(), "k8s-steps-"));
    try {
      for (const f of renderFiles(kubernetesManifests.render(o), o)) {
        mkdirSync(dirname(join(repo, f.path)), { recursive: true });
        writeFileSync(join(repo, f.path), f.content);
      }
      mkdirSync(join(repo, "bin"));
      symlinkSync(SHIM, join(repo, "bin", "kubectl"));
      const applied = join(repo, "applied.yaml");
      writeFileSync(applied, "");
      const job = JSON.parse(JSON.stringify(deployWorkflow(o, CLOUD_STRATEGIES.kubernetes))).jobs["deploy-production"];
      const registry = "ghcr.io/acme/shop";
      const env = {
        PATH: `${join(repo, "bin")}:${process.env.PATH}`,
        REAL_KUBECTL,
        SHIM_LOG: join(repo, "kubectl.log"),
        APPLIED: applied,
        GITHUB_OUTPUT: join(repo, "github-output"),
        GITHUB_RUN_ID: "4242",
        GITHUB_RUN_ATTEMPT: "1",
        NAMESPACE: job.env.NAMESPACE,
        IMAGE_API: `${registry}/shop-backend:abc123`,
        IMAGE_WEB: `${registry}/shop-frontend:abc123`,
      };
      for (const id of ["previous-api", "previous-web", "migrate", "deploy-api", "deploy-web"]) {
        const step = job.steps.find((s: { id?: string }) => s.id === id);
        const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], { cwd: repo, env: { ...env, ...(step.env ?? {}) }, encoding: "utf8" });
        expect(r.status, `${id}: ${r.stderr}`).toBe(0);
      }
      const docs = parseAllDocuments(readFileSync(applied, "utf8")).map((d) => d.toJSON()).filter(Boolean);
      const deployments = docs.filter((d) => d.kind === "Deployment");
      // Each service's deploy step applies the whole release (the second apply is a no-op on a cluster).
      expect(deployments).toHaveLength(4);
      const unique = [...new Set(deployments.map((d) => JSON.stringify([d.metadata.namespace, d.spec.template.spec.containers[0].image])))].map((j) => JSON.parse(j));
      expect(unique.sort()).toEqual([
        ["shop-prod", `${registry}/shop-backend:abc123`],
        ["shop-prod", `${registry}/shop-frontend:abc123`],
      ]);
      const migration = docs.find((d) => d.kind === "Job");
      expect([migration.metadata.name, migration.metadata.namespace, migration.spec.template.spec.containers[0].image]).toEqual([
        "shop-migrate-4242-1",
        "shop-prod",
        `${registry}/shop-backend:abc123`,
      ]);
      expect(docs.find((d) => d.kind === "Namespace").metadata.name).toBe("shop-prod");
      expect(readFileSync(env.GITHUB_OUTPUT, "utf8")).toContain("revision=7");
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
