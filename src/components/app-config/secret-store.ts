import { CLOUD_STRATEGIES } from "../../clouds/index.js";
import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";

/** Where one environment's values live on a target, and the commands that set a secret and make the app read it. */
export interface SecretStore {
  readonly plainLives: string;
  readonly secretLives: string;
  /** Sets `NAME` (a placeholder the reader replaces) from `$VALUE`, without the value in shell history. */
  readonly setSecret: string;
  /** Makes the running app pick the new value up. */
  readonly reload: string;
  /** What else a new secret variable needs on this target, if anything. */
  readonly newSecret?: string;
}

/** The Key Vault of one environment, as infra/app-config.tf names it ({{compactName}}-prod-kv, -stag-kv). */
export const keyVaultName = (options: BaselineOptions, environment: Environment): string =>
  `${options.name.replace(/[^a-z0-9]/g, "").slice(0, 12)}-${environment === "production" ? "prod" : "stag"}-kv`;

/** The secret store of each target, as infra/ and deploy.yml set it up. */
export function secretStore(options: BaselineOptions, environment: Environment): SecretStore {
  const prefix = `${options.name}-${environment}`;
  const region = options.deploy.region ?? CLOUD_STRATEGIES[options.cloud].defaultRegion ?? "";
  const key = options.backend.kind !== "none" ? "api" : "web";
  switch (options.cloud) {
    case "aws-ecs":
      return {
        plainLives: "the task definition's `environment` (infra/modules/environment/app-config.tf)",
        secretLives: `AWS Secrets Manager, \`${prefix}/NAME\`, injected through the task definition's \`secrets\``,
        setSecret: `aws secretsmanager put-secret-value --region ${region} --secret-id ${prefix}/NAME --secret-string "$VALUE"`,
        reload: `aws ecs update-service --region ${region} --cluster ${prefix} --service ${prefix}-${key} --force-new-deployment`,
        newSecret: `A secret variable added after the first deploy: \`terraform apply\` creates its secret, but deploy.yml derives each task definition revision from the running one (plain values are re-applied on every deploy; secret references are not), so let Terraform write a fresh revision once: \`terraform apply -replace='module.${environment}.aws_ecs_task_definition.${key}'\`, then deploy.`,
      };
    case "gcp-cloud-run":
      return {
        plainLives: "the Cloud Run service's `env` (infra/app-config.tf)",
        secretLives: `Secret Manager, \`${prefix}-NAME\`, referenced at version \`latest\``,
        setSecret: `printf '%s' "$VALUE" | gcloud secrets versions add ${prefix}-NAME --data-file=-`,
        reload: `gcloud run services update ${prefix}-${key} --region ${region} --update-labels config-reload="$(date +%s)"`,
      };
    case "azure-container-apps":
      return {
        plainLives: "the container app's `env` (infra/app-config.tf)",
        secretLives: `Key Vault \`${keyVaultName(options, environment)}\`, the name in lowercase with dashes (\`name\`), through \`secretref\``,
        setSecret: `az keyvault secret set --vault-name ${keyVaultName(options, environment)} --name name --value "$VALUE" --output none`,
        reload: `az containerapp update --name ${prefix}-${key} --resource-group ${prefix} --revision-suffix "cfg$(date +%s)"`,
      };
    case "kubernetes": {
      const ns = `${options.name}-${environment === "production" ? "prod" : "dev"}`;
      return {
        plainLives: `the ConfigMap \`${options.name}-config\` (k8s/base, values per overlay in k8s/overlays/*/app-config.yaml)`,
        secretLives: `the cluster's secret store, entry \`${options.name}/app\`, property \`NAME\`, synced by the ExternalSecret \`${options.name}-secrets\``,
        setSecret: `# set property NAME of ${options.name}/app in the store behind the ClusterSecretStore "default", then:\nkubectl annotate externalsecret ${options.name}-secrets --namespace ${ns} force-sync="$(date +%s)" --overwrite`,
        reload: `kubectl rollout restart deployment/${options.name}-${key} --namespace ${ns}`,
      };
    }
    case "compose":
      return {
        plainLives: `\`/srv/${options.name}/.env\` on the server (mode 0600), read by compose.prod.yml`,
        secretLives: `\`/srv/${options.name}/.env\` on the server (mode 0600, never in git), interpolated by compose.prod.yml`,
        setSecret: `ssh "$DEPLOY_USER@$DEPLOY_HOST" "sed -i '/^NAME=/d' /srv/${options.name}/.env" && printf 'NAME=%s\\n' "$VALUE" | ssh "$DEPLOY_USER@$DEPLOY_HOST" "cat >> /srv/${options.name}/.env"`,
        reload: `ssh "$DEPLOY_USER@$DEPLOY_HOST" "cd /srv/${options.name} && docker compose -f compose.prod.yml up -d"`,
      };
  }
}
