import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { HAS_TERRAFORM, terraformFmtDiff } from "../../helpers/terraform-fmt.js";
import { CLOUD_STRATEGIES } from "../../../src/clouds/index.js";
import { databaseImage } from "../../../src/components/docker/base-images.js";
import { infrastructure } from "../../../src/components/infrastructure/index.js";
import { CLOUDS, parseOptions, type BaselineOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";


function cases(): BaselineOptions[] {
  const all: BaselineOptions[] = [];
  for (const cloud of CLOUDS) {
    for (const strategy of CLOUD_STRATEGIES[cloud].strategies) {
      for (const target of ["s3", "gcs", "azure-blob", "none"] as const) {
        all.push(
          parseOptions({
            name: "shop",
            cloud,
            database: target === "none" ? "none" : "postgres",
            backend: { kind: "django" },
            frontend: { kind: "nextjs", dir: "web" },
            deploy: { strategy, domain: target === "s3" ? "shop.example.org" : undefined },
            backup: { target },
          }),
        );
      }
    }
  }
  // compose without the tunnel: DNS straight to the server Caddy fronts.
  all.push(parseOptions({ name: "shop", cloud: "compose", database: "postgres", backend: { kind: "django" }, deploy: { domain: "shop.example.org" }, edge: { tunnel: false } }));
  return all;
}

const render = (o: BaselineOptions) => renderFiles(infrastructure.render(o), o);
type Hcl = Record<string, any>;

async function parsed(o: BaselineOptions): Promise<Map<string, Hcl>> {
  const out = new Map<string, Hcl>();
  for (const f of render(o)) out.set(f.path, (await parse(f.path, f.content)) as Hcl);
  return out;
}

describe("Terraform skeletons", () => {
  it("parse as HCL for every cloud, strategy and backup target, with remote state, locking and an approved production environment", async () => {
    for (const o of cases()) {
      const files = await parsed(o);
      const label = `${o.cloud}/${o.deploy.strategy}/${o.backup.target}`;
      const terraform = files.get("infra/versions.tf")!.terraform[0];
      const backend = terraform.backend ?? (terraform.cloud ? { cloud: terraform.cloud } : undefined);
      expect(backend, label).toBeDefined();
      const kind = Object.keys(backend)[0];
      expect(kind, label).toBe({ "aws-ecs": "s3", "gcp-cloud-run": "gcs", "azure-container-apps": "azurerm", kubernetes: "kubernetes", compose: "cloud" }[o.cloud]);
      if (kind === "s3") expect(backend.s3[0].use_lockfile, label).toBe(true);
      const prod = files.get("infra/github.tf")!.resource.github_repository_environment.production[0];
      expect(prod.reviewers, label).toHaveLength(1);
      expect(prod.deployment_branch_policy[0].protected_branches).toBe(true);
    }
  }, 60_000);

  it("aws-ecs: OIDC role, immutable ECR, RDS with backups, CloudWatch alarms matching the Prometheus rules", async () => {
    const o = parseOptions({ name: "shop", cloud: "aws-ecs", database: "postgres", backend: { kind: "django" }, deploy: { strategy: "blue-green" }, backup: { target: "s3" } });
    const files = await parsed(o);
    const main = files.get("infra/main.tf")!;
    const env = files.get("infra/modules/environment/main.tf")!;
    expect(main.resource.aws_iam_openid_connect_provider.github[0].url).toBe("https://token.actions.githubusercontent.com");
    expect(main.resource.aws_ecr_repository.image[0].image_tag_mutability).toBe("IMMUTABLE");
    const db = env.resource.aws_db_instance.this[0];
    expect([db.identifier, db.storage_encrypted, db.deletion_protection, db.manage_master_user_password]).toEqual(["${local.prefix}", true, true, true]);
    const alarms = [...Object.keys(env.resource.aws_cloudwatch_metric_alarm), ...Object.keys(main.resource.aws_cloudwatch_metric_alarm)].sort();
    expect(alarms).toEqual(["api_5xx_ratio", "api_cpu", "api_p95_latency", "api_target_down", "backup_too_old", "db_cpu", "db_disk"]);
    // Blue-green: two target groups and services; the listener weights belong to deploy.yml.
    expect(env.resource.aws_lb_target_group.api[0].for_each).toContain('["blue", "green"]');
    expect(env.resource.aws_lb_listener.api_https[0].lifecycle[0].ignore_changes).toEqual(["${default_action}"]);
    // Names deploy.yml and the runbooks use.
    expect(env.resource.aws_cloudwatch_log_group.this[0].name).toBe("/ecs/${local.prefix}");
    expect(env.resource.aws_wafv2_ip_set.blocked[0].name).toBe("${local.prefix}-blocked");
  });

  it("gcp and azure: databases keep backups with point-in-time recovery; migrate jobs exist", async () => {
    const gcp = await parsed(parseOptions({ name: "shop", cloud: "gcp-cloud-run", database: "postgres", backend: { kind: "fastapi" } }));
    const sql = gcp.get("infra/environment.tf")!.resource.google_sql_database_instance.db[0].settings[0].backup_configuration[0];
    expect([sql.enabled, sql.point_in_time_recovery_enabled]).toEqual([true, true]);
    expect(gcp.get("infra/environment.tf")!.resource.google_cloud_run_v2_job.migrate[0].name).toBe("shop-${each.key}-migrate");
    const az = await parsed(parseOptions({ name: "shop", cloud: "azure-container-apps", database: "postgres", backend: { kind: "fastapi" }, deploy: { strategy: "canary" } }));
    const env = az.get("infra/environment.tf")!.resource;
    expect(env.azurerm_postgresql_flexible_server.db[0].name).toBe("shop-${each.key}-pg");
    expect(env.azurerm_container_app.app[0].revision_mode).toBe("Multiple");
    expect(az.get("infra/main.tf")!.resource.azurerm_federated_identity_credential.deploy[0].issuer).toBe("https://token.actions.githubusercontent.com");
  });

  it("managed databases run the same PostgreSQL major as the containers (pg_dump, CI, restore checks)", async () => {
    const base = { name: "shop", database: "postgres", backend: { kind: "django" } } as const;
    const major = databaseImage({ database: "postgres" }).match(/^postgres:(\d+)-/)![1];
    const aws = await parsed(parseOptions({ ...base, cloud: "aws-ecs" }));
    expect(aws.get("infra/modules/environment/main.tf")!.resource.aws_db_instance.this[0].engine_version).toBe(major);
    const gcp = await parsed(parseOptions({ ...base, cloud: "gcp-cloud-run" }));
    expect(gcp.get("infra/environment.tf")!.resource.google_sql_database_instance.db[0].database_version).toBe(`POSTGRES_${major}`);
    const az = await parsed(parseOptions({ ...base, cloud: "azure-container-apps" }));
    expect(az.get("infra/environment.tf")!.resource.azurerm_postgresql_flexible_server.db[0].version).toBe(major);
  });

  it("compose without the tunnel: no tunnel, unproxied A records to the server for Caddy", async () => {
    const main = (await parsed(parseOptions({ name: "shop", cloud: "compose", backend: { kind: "django" }, deploy: { domain: "shop.example.org" }, edge: { tunnel: false } }))).get("infra/main.tf")!;
    expect(main.resource.cloudflare_zero_trust_tunnel_cloudflared).toBeUndefined();
    expect(main.output?.tunnel_token).toBeUndefined();
    expect(main.resource.cloudflare_record.web[0]).toMatchObject({ type: "A", content: "${var.server_ipv4}", proxied: false });
    const tunnel = (await parsed(parseOptions({ name: "shop", cloud: "compose", backend: { kind: "django" } }))).get("infra/main.tf")!;
    expect(tunnel.resource.cloudflare_zero_trust_tunnel_cloudflared).toBeDefined();
  });

  it("known bad: the HCL parser rejects a broken file", async () => {
    await expect(parse("main.tf", 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n')).rejects.toThrow(/Invalid expression|parse/);
  });

  it.skipIf(!HAS_TERRAFORM)("terraform fmt -check finds nothing to change", () => {
    const r = terraformFmtDiff(cases().map((o) => render(o).map((f) => [f.path, f.content] as const)));
    expect(r.status, r.output).toBe(0);
  });
});
