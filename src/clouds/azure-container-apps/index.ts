import { healthyBelow } from "../../components/docker/health-probe.js";
import { pinnedAction } from "../../workflows/pins.js";
import { resourcePrefix, script } from "../services.js";
import type { CloudStrategy, DeployContext, ServiceTarget, Step } from "../types.js";
import { azureContainerAppsRunbook } from "./runbook.js";

const progressive = (ctx: DeployContext): boolean => ctx.options.deploy.strategy !== "rolling";
const appName = (ctx: DeployContext, svc: ServiceTarget): string => `${resourcePrefix(ctx)}-${svc.key}`;

const login = (): Step[] => [
  {
    name: "Log in to Azure with OIDC (federated credential)",
    uses: pinnedAction("azure/login"),
    with: {
      "client-id": "${{ vars.AZURE_CLIENT_ID }}",
      "tenant-id": "${{ vars.AZURE_TENANT_ID }}",
      "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}",
    },
  },
];

export const azureContainerApps: CloudStrategy = {
  id: "azure-container-apps",
  title: "Azure Container Apps",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: "eastus",
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({ RESOURCE_GROUP: resourcePrefix(ctx), PG_SERVER: `${resourcePrefix(ctx)}-pg` }),
  login,
  registry: () => [
    ...login(),
    {
      id: "registry",
      name: "Log Docker in to Azure Container Registry",
      env: { ACR_LOGIN_SERVER: "${{ vars.ACR_LOGIN_SERVER }}" },
      run: script(`az acr login --name "\${ACR_LOGIN_SERVER%%.*}"`, `echo "registry=$ACR_LOGIN_SERVER" >> "$GITHUB_OUTPUT"`),
    },
  ],
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision and image serving now`,
      env: { APP: appName(ctx, svc) },
      run: script(
        `revision=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query properties.latestReadyRevisionName --output tsv)`,
        `image=$(az containerapp show --name "$APP" --resource-group "$RESOURCE_GROUP" --query 'properties.template.containers[0].image' --output tsv)`,
        `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
        `echo "image=$image" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "Take an on-demand flexible-server backup before deploying (waits for it)",
      "timeout-minutes": 30,
      run: script(
        `backup="predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `az postgres flexible-server backup create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --output none`,
        `az postgres flexible-server backup show --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" --backup-name "$backup" --query completedTime --output tsv`,
        `echo "backup=$backup" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a Container Apps job; a failed execution fails the deploy",
      "timeout-minutes": 20,
      env: { JOB: `${resourcePrefix(ctx)}-migrate`, IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(
        `az containerapp job update --name "$JOB" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --output none`,
        `execution=$(az containerapp job start --name "$JOB" --resource-group "$RESOURCE_GROUP" --query name --output tsv)`,
        `deadline=$((SECONDS + 900))`,
        `while true; do`,
        `  status=$(az containerapp job execution show --name "$JOB" --resource-group "$RESOURCE_GROUP" --job-execution-name "$execution" --query properties.status --output tsv)`,
        `  case "$status" in`,
        `    Succeeded) echo "Migration $execution succeeded"; break ;;`,
        `    Failed | Stopped | Degraded) echo "::error::Migration $execution ended as $status"; exit 1 ;;`,
        `  esac`,
        `  if (( SECONDS >= deadline )); then echo "::error::Migration $execution still $status after 900s"; exit 1; fi`,
        `  sleep 10`,
        `done`,
      ),
    },
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const env = { APP: appName(ctx, svc), IMAGE: `\${{ env.IMAGE_${key.toUpperCase()} }}`, HEALTH_PATH: svc.healthPath, HEALTHY_BELOW: String(healthyBelow(svc.probe)) };
    if (!progressive(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} (single-revision mode moves traffic once the revision is ready)`,
          "timeout-minutes": 20,
          env,
          run: script(
            `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none`,
          ),
        },
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} as a new revision without traffic and check it`,
        "timeout-minutes": 20,
        env: { ...env, PREVIOUS: `\${{ steps.previous-${key}.outputs.revision }}` },
        run: script(
          `# Pin traffic to the serving revision first, so the new one starts with none.`,
          `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none`,
          `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$IMAGE" --revision-suffix "r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT" --output none`,
          `revision="$APP--r\${GITHUB_SHA::7}-$GITHUB_RUN_ATTEMPT"`,
          `fqdn=$(az containerapp revision show --name "$APP" --resource-group "$RESOURCE_GROUP" --revision "$revision" --query properties.fqdn --output tsv)`,
          `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
          `HEALTH_URL="https://$fqdn$HEALTH_PATH" bash scripts/wait_for_health.sh`,
        ),
      },
    ];
  },
  shift: (ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new revision`,
      env: {
        APP: appName(ctx, svc),
        NEW: `\${{ steps.deploy-${svc.key}.outputs.revision }}`,
        PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}`,
      },
      run: script(
        percent >= 100
          ? `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=100" --output none`
          : `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$NEW=${percent}" "$PREVIOUS=${100 - percent}" --output none`,
      ),
    },
  ],
  rollback: (ctx, svc) => {
    const key = svc.key;
    const env = {
      APP: appName(ctx, svc),
      PREVIOUS: `\${{ steps.previous-${key}.outputs.revision }}`,
      PREVIOUS_IMAGE: `\${{ steps.previous-${key}.outputs.image }}`,
    };
    return [
      {
        name: `Roll ${key} back to the previous revision`,
        env,
        run: progressive(ctx)
          ? script(
              `az containerapp ingress traffic set --name "$APP" --resource-group "$RESOURCE_GROUP" --revision-weight "$PREVIOUS=100" --output none`,
              `echo "::warning::Traffic for $APP is back on $PREVIOUS"`,
            )
          : script(
              `az containerapp update --name "$APP" --resource-group "$RESOURCE_GROUP" --image "$PREVIOUS_IMAGE" --revision-suffix "rollback-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" --output none`,
              `echo "::warning::Rolled $APP back to $PREVIOUS_IMAGE"`,
            ),
      },
    ];
  },
  runbook: azureContainerAppsRunbook,
  settings: () => ({
    vars: ["AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID", "ACR_LOGIN_SERVER", "API_URL", "WEB_URL"],
    secrets: [],
  }),
};
