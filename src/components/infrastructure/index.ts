import { CLOUD_STRATEGIES, hasDatabase, migrationCommand, serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { appTerraformContext } from "../app-config/terraform.js";
import { backupBucket } from "../backup/index.js";
import type { Component } from "../component.js";
import { POSTGRES_MAJOR } from "../docker/base-images.js";
import { backupCloud, hasPiece } from "../edge/plan.js";
import { backupCostsTerraform, edgeTerraform } from "../edge/terraform.js";

/** Template → output path, per cloud. `common/` files go to every cloud. */
const FILES: Readonly<Record<BaselineOptions["cloud"], readonly (readonly [string, string])[]>> = {
  "aws-ecs": [
    ["aws-ecs/versions.tf.hbs", "infra/versions.tf"],
    ["aws-ecs/variables.tf.hbs", "infra/variables.tf"],
    ["aws-ecs/main.tf.hbs", "infra/main.tf"],
    ["aws-ecs/outputs.tf.hbs", "infra/outputs.tf"],
    ["aws-ecs/module-variables.tf.hbs", "infra/modules/environment/variables.tf"],
    ["aws-ecs/module-main.tf.hbs", "infra/modules/environment/main.tf"],
    ["aws-ecs/module-app-config.tf.hbs", "infra/modules/environment/app-config.tf"],
  ],
  "gcp-cloud-run": [
    ["gcp-cloud-run/versions.tf.hbs", "infra/versions.tf"],
    ["gcp-cloud-run/variables.tf.hbs", "infra/variables.tf"],
    ["gcp-cloud-run/main.tf.hbs", "infra/main.tf"],
    ["gcp-cloud-run/environment.tf.hbs", "infra/environment.tf"],
    ["gcp-cloud-run/app-config.tf.hbs", "infra/app-config.tf"],
    ["gcp-cloud-run/logging.tf.hbs", "infra/logging.tf"],
  ],
  "azure-container-apps": [
    ["azure-container-apps/versions.tf.hbs", "infra/versions.tf"],
    ["azure-container-apps/variables.tf.hbs", "infra/variables.tf"],
    ["azure-container-apps/main.tf.hbs", "infra/main.tf"],
    ["azure-container-apps/environment.tf.hbs", "infra/environment.tf"],
    ["azure-container-apps/app-config.tf.hbs", "infra/app-config.tf"],
  ],
  kubernetes: [
    ["kubernetes/versions.tf.hbs", "infra/versions.tf"],
    ["kubernetes/main.tf.hbs", "infra/main.tf"],
  ],
  compose: [
    ["compose/versions.tf.hbs", "infra/versions.tf"],
    ["compose/main.tf.hbs", "infra/main.tf"],
  ],
};

/** Version constraints of the cloud providers, for the cloud targets and for compose's backup-costs.tf. */
const PROVIDERS = {
  aws: { source: "hashicorp/aws", version: "~> 5.80" },
  google: { source: "hashicorp/google", version: "~> 6.10" },
  azurerm: { source: "hashicorp/azurerm", version: "~> 4.10" },
  azapi: { source: "azure/azapi", version: "~> 2.0" },
} as const;
type ProviderName = keyof typeof PROVIDERS;
/** compose: the providers infra/backup-costs.tf uses, by the backup bucket's cloud. */
const BACKUP_PROVIDERS: Readonly<Record<NonNullable<ReturnType<typeof backupCloud>>, readonly ProviderName[]>> = {
  "aws-ecs": ["aws"],
  "gcp-cloud-run": ["google"],
  "azure-container-apps": ["azurerm", "azapi"],
};

export const terraformContext = (options: BaselineOptions) => ({
  name: options.name,
  providers: Object.fromEntries(Object.entries(PROVIDERS).map(([name, p]) => [name, p.version])),
  backupProviders: (BACKUP_PROVIDERS[backupCloud(options)!] ?? []).map((name) => ({ name, ...PROVIDERS[name] })),
  region: options.deploy.region ?? CLOUD_STRATEGIES[options.cloud].defaultRegion ?? "",
  services: serviceTargets(options),
  progressive: options.deploy.strategy !== "rolling",
  minReplicas: options.deploy.minReplicas,
  maxReplicas: options.deploy.maxReplicas,
  hasDatabase: hasDatabase(options),
  dbName: options.name.replace(/-/g, "_"),
  // The managed database runs the same major as the containers, so pg_dump, CI and restores agree.
  postgresMajor: POSTGRES_MAJOR,
  migrateCommand: `[${migrationCommand(options).map((a) => JSON.stringify(a)).join(", ")}]`,
  bucket: backupBucket(options),
  prefix: options.backup.prefix,
  s3Backups: options.backup.target === "s3" && hasDatabase(options),
  gcsBackups: options.backup.target === "gcs" && hasDatabase(options),
  azureBackups: options.backup.target === "azure-blob" && hasDatabase(options),
  domain: options.deploy.domain ?? "",
  // compose: the Cloudflare tunnel, or DNS records straight to the server that Caddy fronts.
  tunnel: options.edge.tunnel,
  // infra/edge.tf (the edge component) issues the certificate and puts CloudFront in front.
  managedCertificate: options.cloud === "aws-ecs" && hasPiece(options, "certificate"),
  cdnFront: options.cloud === "aws-ecs" && hasPiece(options, "cdn"),
  rateLimit: options.edge.rateLimit,
  // Azure storage account and registry names: lowercase letters and digits only.
  compactName: options.name.replace(/[^a-z0-9]/g, "").slice(0, 12),
  ...appTerraformContext(options),
});

function renderInfrastructure(options: BaselineOptions): FileModel[] {
  if (serviceTargets(options).length === 0) return [];
  const ctx = terraformContext(options);
  const files = [
    ...FILES[options.cloud],
    ["common/github.tf.hbs", "infra/github.tf"] as const,
    ...(ctx.appBuildVariables ? [["common/github-app-config.tf.hbs", "infra/github-app-config.tf"] as const] : []),
  ];
  const skeleton: FileModel[] = files.map(([template, path]) => ({
    kind: "text",
    path,
    component: "infrastructure",
    comment: "hash",
    // Block helpers leave blank lines behind; terraform fmt allows at most one in a row.
    text: renderTemplate(`terraform/${template}`, ctx).replace(/\n{3,}/g, "\n\n"),
  }));
  return [...skeleton, ...edgeTerraform(options), ...backupCostsTerraform(options)];
}

export const infrastructure: Component = {
  name: "infrastructure",
  description: "Terraform (OpenTofu-compatible) skeleton for the chosen cloud: OIDC identity, registry, service, database with backups, bucket, alarms, GitHub environments; remote state with locking.",
  render: renderInfrastructure,
};
