import { parse as parseHcl } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { HAS_TERRAFORM, terraformFmtDiff } from "../../helpers/terraform-fmt.js";
import { parse } from "yaml";
import { ConfigMap } from "kubernetes-models/v1";
import { ExternalSecret } from "@kubernetes-models/external-secrets/external-secrets.io/v1beta1/ExternalSecret";
import { renderModels } from "../../../src/components/index.js";
import { CLOUDS, type BaselineOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, schemaFindings, validateWorkflows } from "../../validators/index.js";
import { djangoAndNext } from "./options.js";

type Files = ReadonlyMap<string, string>;
const render = (o: BaselineOptions): Files => new Map(renderFiles(renderModels(o), o).map((f) => [f.path, f.content]));

const SECRETS = { backend: ["DATABASE_URL", "DJANGO_SECRET_KEY", "EMAIL_HOST_PASSWORD", "REDIS_URL", "SENTRY_DSN", "STRIPE_API_KEY"], frontend: ["AUTH_SECRET", "REVALIDATE_TOKEN"] };
/** Plain run-time variables that are required or have a value (optional ones without one stay unset: the code's fallback applies). */
const PLAIN = { backend: ["CONN_MAX_AGE", "DJANGO_ALLOWED_HOSTS", "DJANGO_DEBUG", "DJANGO_TIME_ZONE", "EMAIL_HOST", "STRIPE_PUBLISHABLE_KEY"], frontend: ["CMS_API_URL"] };
const BUILD = ["NEXT_PUBLIC_ANALYTICS_ID", "NEXT_PUBLIC_API_URL", "NEXT_PUBLIC_SITE_URL"];
/** A secret's name followed by a literal value, in HCL (`"X" = "…"`) or YAML (`X: …` with no interpolation) — never allowed. */
const literal = (name: string) => new RegExp(`"${name}"\\s*=\\s*"|^\\s*${name}:\\s*[^$\\s][^$\\n]*$`, "m");

async function hcl(files: Files, path: string): Promise<any> {
  return parseHcl(path, files.get(path)!);
}

describe("every deploy target names every variable the apps read", () => {
  for (const cloud of CLOUDS) {
    describe(cloud, () => {
      const o = djangoAndNext({ cloud });
      const files = render(o);

      it("keeps the validators at 0 findings: workflows (schema, actionlint, shellcheck, hardening), compose schema, Terraform parsing, Kubernetes schemas", async () => {
        const workflows = [...files].filter(([p]) => p.startsWith(".github/workflows/")).map(([path, text]) => ({ path, text }));
        const findings = await validateWorkflows(workflows);
        expect(findings, formatFindings(findings)).toEqual([]);
        for (const [path, content] of files) {
          if (/^compose[\w.-]*\.ya?ml$/.test(path)) expect(schemaFindings("compose-spec.json", parse(content), path)).toEqual([]);
          if (path.endsWith(".tf")) await expect(parseHcl(path, content), path).resolves.toBeTruthy();
          if (path.startsWith("k8s/") && !path.endsWith("kustomization.yaml")) {
            const doc = parse(content);
            if (doc.kind === "ConfigMap") expect(() => new ConfigMap(doc).validate(), path).not.toThrow();
            if (doc.kind === "ExternalSecret") expect(() => new ExternalSecret(doc).validate(), path).not.toThrow();
          }
        }
      }, 120_000);

      it.skipIf(!HAS_TERRAFORM)("terraform fmt -check finds nothing to change with the apps' variables wired", () => {
        const r = terraformFmtDiff([[...files]]);
        expect(r.status, r.output).toBe(0);
      });

      it("passes build-time variables as build args (Dockerfile ARG, deploy and CI builds), never as run-time settings", () => {
        const dockerfile = files.get("web/Dockerfile")!;
        for (const name of BUILD) expect(dockerfile).toMatch(new RegExp(`^ARG ${name}$`, "m"));
        const args = BUILD.map((n) => `${n}=\${{ vars.${n} }}`).join("\n") + "\n";
        const step = (workflow: string, job: string, id: string) => (parse(files.get(workflow)!).jobs[job].steps as any[]).find((s) => s.id === id);
        expect(step(".github/workflows/deploy.yml", "build", "build-web").with["build-args"]).toBe(args);
        expect(step(".github/workflows/ci.yml", "frontend-image", "build").with["build-args"]).toBe(args);
        expect(step(".github/workflows/ci.yml", "frontend-publish", "push").with["build-args"]).toBe(args);
        expect(step(".github/workflows/deploy.yml", "build", "build-api").with["build-args"]).toBeUndefined();
      });

      it("has a startup guard in each deploy job, before anything changes, checking every required plain value and every secret", () => {
        const jobs = parse(files.get(".github/workflows/deploy.yml")!).jobs as Record<string, any>;
        for (const env of ["staging", "production"]) {
          const steps = jobs[`deploy-${env}`].steps as any[];
          const guard = steps.findIndex((s) => s.id === "startup-guard");
          expect(guard).toBeGreaterThan(0);
          // Only checkout and login come first.
          for (const step of steps.slice(0, guard)) expect(step.id ?? "").not.toMatch(/previous|register|render|snapshot|migrate|deploy|shift/);
          const env_ = steps[guard].env;
          const checked = [...(env_.REQUIRED_PLAIN ?? "").split(" "), ...(env_.REQUIRED_SECRETS ?? "").split(" ")].filter(Boolean);
          if (cloud === "compose") expect(checked.sort()).toEqual(["AUTH_SECRET", "DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_SECRET_KEY", "EMAIL_HOST_PASSWORD", "STRIPE_API_KEY"]);
          else expect(checked.sort()).toEqual(["DJANGO_ALLOWED_HOSTS", ...SECRETS.backend, ...SECRETS.frontend].sort());
        }
      });

      it.runIf(["aws-ecs", "gcp-cloud-run", "azure-container-apps"].includes(cloud))("ships the containers' logs to the platform, with retention set in Terraform", async () => {
        if (cloud === "aws-ecs") {
          const env = await hcl(files, "infra/modules/environment/main.tf");
          expect(env.resource.aws_cloudwatch_log_group.this[0].retention_in_days).toBe(30);
          for (const key of ["api", "web"]) expect(files.get("infra/modules/environment/main.tf")).toMatch(new RegExp(`awslogs-stream-prefix = "${key}"`));
        }
        if (cloud === "gcp-cloud-run") {
          const logging = (await hcl(files, "infra/logging.tf")).resource;
          expect(logging.google_logging_project_bucket_config.app[0].retention_days).toBe(90);
          expect(logging.google_logging_project_sink.app[0].filter).toBe('resource.type="cloud_run_revision" AND resource.labels.service_name:"shop-"');
        }
        if (cloud === "azure-container-apps") {
          const env = (await hcl(files, "infra/environment.tf")).resource;
          expect(env.azurerm_log_analytics_workspace.env[0].retention_in_days).toBe(30);
        }
      });

      it("wires plain values by environment and secrets only through the platform's secret store", async () => {
        const all = [...SECRETS.backend, ...SECRETS.frontend];
        for (const [path, content] of files) {
          if (!/\.(tf|ya?ml)$/.test(path) || path.startsWith(".github/")) continue;
          for (const name of all) expect(content, `${path}: ${name}`).not.toMatch(literal(name));
        }
        switch (cloud) {
          case "compose": {
            const prod = parse(files.get("compose.prod.yml")!).services;
            for (const name of [...PLAIN.backend, ...SECRETS.backend]) expect(prod.backend.environment[name], name).toContain("${");
            for (const name of [...PLAIN.frontend, ...SECRETS.frontend]) expect(prod.frontend.environment[name], name).toContain("${");
            expect(prod.backend.environment.DJANGO_SECRET_KEY).toBe("${DJANGO_SECRET_KEY:?set DJANGO_SECRET_KEY in .env}");
            expect(prod.backend.environment.DJANGO_DEBUG).toBe("${DJANGO_DEBUG:-False}");
            // The baseline's own DATABASE_URL (through pgbouncer) wins over a bare interpolation.
            expect(prod.backend.environment.DATABASE_URL).toMatch(/^postgresql:\/\//);
            break;
          }
          case "kubernetes": {
            const k8s = [...files].filter(([p]) => p.startsWith("k8s/base/")).map(([, c]) => parse(c));
            const config = k8s.find((d) => d.kind === "ConfigMap");
            expect(Object.keys(config.data)).toEqual(expect.arrayContaining([...PLAIN.backend, ...PLAIN.frontend]));
            const external = k8s.find((d) => d.kind === "ExternalSecret");
            expect(external.spec.data.map((d: any) => d.secretKey).sort()).toEqual(all.sort());
            const prodValues = parse(files.get("k8s/overlays/prod/app-config.yaml")!);
            expect(prodValues.data).toEqual({ DJANGO_ALLOWED_HOSTS: "shop.example.org" });
            expect(parse(files.get("k8s/overlays/prod/kustomization.yaml")!).patches).toEqual([{ path: "app-config.yaml" }]);
            break;
          }
          default: {
            const path = cloud === "aws-ecs" ? "infra/modules/environment/app-config.tf" : "infra/app-config.tf";
            const locals = (await hcl(files, path)).locals[0];
            expect(Object.keys(locals.app_plain.production.api).sort()).toEqual(PLAIN.backend);
            expect(locals.app_plain.production.api.DJANGO_ALLOWED_HOSTS).toBe("shop.example.org");
            expect(locals.app_plain.staging.api.DJANGO_ALLOWED_HOSTS).toBe("staging.shop.example.org");
            expect(Object.keys(locals.app_plain.production.web)).toEqual(PLAIN.frontend);
            expect(locals.app_secret_names).toEqual({ api: SECRETS.backend, web: SECRETS.frontend });
            if (cloud === "aws-ecs") {
              // Each deploy carries the environment's plain values into the new revision (Terraform writes only the first).
              const jobs = parse(files.get(".github/workflows/deploy.yml")!).jobs;
              const render = (env: string) => (jobs[`deploy-${env}`].steps as any[]).find((s) => s.id === "render-api").with["environment-variables"];
              expect(render("production")).toContain("DJANGO_ALLOWED_HOSTS=shop.example.org\n");
              expect(render("staging")).toContain("DJANGO_ALLOWED_HOSTS=staging.shop.example.org\n");
              for (const name of SECRETS.backend) expect(render("production")).not.toContain(`${name}=`);
            }
            const resources = (await hcl(files, path)).resource;
            const store = { "aws-ecs": "aws_secretsmanager_secret", "gcp-cloud-run": "google_secret_manager_secret", "azure-container-apps": "azurerm_key_vault" }[cloud];
            expect(resources[store!], store).toBeDefined();
            // No secret value ever passes through Terraform: no secret *version* resources.
            expect(files.get(path)).not.toMatch(/secret_version|secret_string|azurerm_key_vault_secret"/);
          }
        }
      });
    });
  }
});
