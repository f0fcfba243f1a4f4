import { healthyBelow } from "../../components/docker/health-probe.js";
import { pinnedAction } from "../../workflows/pins.js";
import { resourcePrefix, script } from "../services.js";
import type { CloudStrategy, DeployContext, ServiceTarget, Step } from "../types.js";
import { gcpCloudRunRunbook } from "./runbook.js";

const DEFAULT_REGION = "us-central1";
const progressive = (ctx: DeployContext): boolean => ctx.options.deploy.strategy !== "rolling";
const region = (ctx: Pick<DeployContext, "options">): string => ctx.options.deploy.region ?? DEFAULT_REGION;
const serviceName = (ctx: DeployContext, svc: ServiceTarget): string => `${resourcePrefix(ctx)}-${svc.key}`;

const auth = (): Step[] => [
  {
    name: "Authenticate to Google Cloud with Workload Identity Federation",
    uses: pinnedAction("google-github-actions/auth"),
    with: {
      workload_identity_provider: "${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}",
      service_account: "${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}",
    },
  },
  { name: "Set up gcloud", uses: pinnedAction("google-github-actions/setup-gcloud") },
];

export const gcpCloudRun: CloudStrategy = {
  id: "gcp-cloud-run",
  title: "Google Cloud Run",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: DEFAULT_REGION,
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({ GCP_REGION: region(ctx), GCP_PROJECT_ID: "${{ vars.GCP_PROJECT_ID }}", SQL_INSTANCE: resourcePrefix(ctx) }),
  login: auth,
  registry: (options) => [
    ...auth(),
    {
      id: "registry",
      name: "Log Docker in to Artifact Registry",
      env: { GCP_REGION: options.deploy.region ?? DEFAULT_REGION, GCP_PROJECT_ID: "${{ vars.GCP_PROJECT_ID }}" },
      run: script(
        `gcloud auth configure-docker "$GCP_REGION-docker.pkg.dev" --quiet`,
        `echo "registry=$GCP_REGION-docker.pkg.dev/$GCP_PROJECT_ID/${options.name}" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision serving now`,
      env: { SERVICE: serviceName(ctx, svc) },
      run: script(
        `previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.traffic[0].revisionName)')`,
        `[ -n "$previous" ] || previous=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestReadyRevisionName)')`,
        `echo "revision=$previous" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  snapshot: () => [
    {
      id: "snapshot",
      name: "Back up Cloud SQL before deploying (waits for the operation)",
      "timeout-minutes": 30,
      run: script(
        `operation=$(gcloud sql backups create --instance "$SQL_INSTANCE" --description "pre-deploy run $GITHUB_RUN_ID" --async --format 'value(name)')`,
        `gcloud sql operations wait "$operation" --timeout 1500`,
        `echo "operation=$operation" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a Cloud Run job; a failed execution fails the deploy",
      "timeout-minutes": 20,
      env: { JOB: `${resourcePrefix(ctx)}-migrate`, IMAGE: `\${{ env.IMAGE_${svc.key.toUpperCase()} }}` },
      run: script(
        `gcloud run jobs update "$JOB" --region "$GCP_REGION" --image "$IMAGE" --quiet`,
        `# --wait returns non-zero when the execution fails.`,
        `gcloud run jobs execute "$JOB" --region "$GCP_REGION" --wait`,
      ),
    },
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const env = { SERVICE: serviceName(ctx, svc), IMAGE: `\${{ env.IMAGE_${key.toUpperCase()} }}`, HEALTH_PATH: svc.healthPath, HEALTHY_BELOW: String(healthyBelow(svc.probe)) };
    if (!progressive(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} and move all traffic once the revision is ready`,
          "timeout-minutes": 20,
          env,
          run: script(
            `gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --quiet`,
            `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-latest --quiet`,
          ),
        },
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} without traffic and check the tagged revision`,
        "timeout-minutes": 20,
        env,
        run: script(
          `gcloud run deploy "$SERVICE" --region "$GCP_REGION" --image "$IMAGE" --no-traffic --tag candidate --quiet`,
          `revision=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format 'value(status.latestCreatedRevisionName)')`,
          `url=$(gcloud run services describe "$SERVICE" --region "$GCP_REGION" --format json | jq -r '.status.traffic[] | select(.tag == "candidate") | .url')`,
          `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
          `HEALTH_URL="$url$HEALTH_PATH" bash scripts/wait_for_health.sh`,
        ),
      },
    ];
  },
  shift: (ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new revision`,
      env: {
        SERVICE: serviceName(ctx, svc),
        NEW: `\${{ steps.deploy-${svc.key}.outputs.revision }}`,
        PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}`,
      },
      run: script(
        percent >= 100
          ? `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=100" --quiet`
          : `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$NEW=${percent},$PREVIOUS=${100 - percent}" --quiet`,
      ),
    },
  ],
  rollback: (ctx, svc) => [
    {
      name: `Send all ${svc.key} traffic back to the previous revision`,
      env: { SERVICE: serviceName(ctx, svc), PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}` },
      run: script(
        `gcloud run services update-traffic "$SERVICE" --region "$GCP_REGION" --to-revisions "$PREVIOUS=100" --quiet`,
        `echo "::warning::Rolled $SERVICE back to $PREVIOUS"`,
      ),
    },
  ],
  runbook: gcpCloudRunRunbook,
  settings: () => ({
    vars: ["GCP_PROJECT_ID", "GCP_WORKLOAD_IDENTITY_PROVIDER", "GCP_DEPLOY_SERVICE_ACCOUNT", "API_URL", "WEB_URL"],
    secrets: [],
  }),
};
