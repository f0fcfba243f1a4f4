import { pinnedAction } from "../../workflows/pins.js";
import { ghcrRegistrySteps, script } from "../services.js";
import type { CloudStrategy, DeployContext, Environment, ServiceTarget } from "../types.js";
import { kubeCredentialScript } from "./kube-credential.js";
import { kubernetesRunbook } from "./runbook.js";

/** The GitHub environment `staging` deploys to the `dev` namespace, `production` to `prod`. */
export const namespaceFor = (name: string, environment: Environment): string =>
  `${name}-${environment === "production" ? "prod" : "dev"}`;
export const overlayFor = (environment: Environment): string => (environment === "production" ? "prod" : "dev");

const deploymentName = (ctx: DeployContext, svc: ServiceTarget): string => `${ctx.options.name}-${svc.key}`;

/** A throwaway kustomization that points an overlay at this run's images. */
function releaseKustomization(ctx: DeployContext, dir: string, resource: string, suffix?: string): string[] {
  const lines = [
    `mkdir -p ${dir}`,
    `{`,
    `  echo "apiVersion: kustomize.config.k8s.io/v1beta1"`,
    `  echo "kind: Kustomization"`,
    `  echo "namespace: $NAMESPACE"`,
    ...(suffix ? [`  echo "nameSuffix: ${suffix}"`] : []),
    `  echo "resources: [${resource}]"`,
    `  echo "images:"`,
  ];
  for (const svc of ctx.services) {
    lines.push(`  echo "  - { name: ${svc.image}, newName: \${IMAGE_${svc.key.toUpperCase()}%:*}, newTag: \${IMAGE_${svc.key.toUpperCase()}##*:} }"`);
  }
  lines.push(`} > ${dir}/kustomization.yaml`);
  return lines;
}

/** Polls a Job until it succeeds or fails, with a deadline; `kubectl wait` cannot watch both at once. */
const waitForJob = (job: string, seconds: number): string[] => [
  `deadline=$((SECONDS + ${seconds}))`,
  `while true; do`,
  `  succeeded=$(kubectl get job "${job}" --output jsonpath='{.status.succeeded}')`,
  `  failed=$(kubectl get job "${job}" --output jsonpath='{.status.failed}')`,
  `  if [ "\${succeeded:-0}" -ge 1 ]; then break; fi`,
  `  if [ "\${failed:-0}" -ge 1 ]; then kubectl logs "job/${job}" --tail 100 || echo "(no logs)"; echo "::error::Job ${job} failed"; exit 1; fi`,
  `  if (( SECONDS >= deadline )); then echo "::error::Job ${job} did not finish in ${seconds}s"; exit 1; fi`,
  `  sleep 5`,
  `done`,
];

export const kubernetes: CloudStrategy = {
  id: "kubernetes",
  title: "Kubernetes",
  // Progressive delivery needs a traffic-splitting ingress or service mesh this baseline does not assume.
  strategies: ["rolling"],
  buildPermissions: { packages: "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({
    NAMESPACE: namespaceFor(ctx.options.name, ctx.environment),
    K8S_API_SERVER: "${{ vars.K8S_API_SERVER }}",
    K8S_CA_DATA: "${{ vars.K8S_CA_DATA }}",
    K8S_OIDC_AUDIENCE: "${{ vars.K8S_OIDC_AUDIENCE }}",
  }),
  login: () => [
    { name: "Set up kubectl", uses: pinnedAction("azure/setup-kubectl") },
    {
      name: "Point kubectl at the cluster with GitHub OIDC (no stored kubeconfig)",
      run: script(
        `kubeconfig="$RUNNER_TEMP/kubeconfig"`,
        `cat > "$kubeconfig" <<EOF`,
        `apiVersion: v1`,
        `kind: Config`,
        `clusters:`,
        `  - name: target`,
        `    cluster: { server: "$K8S_API_SERVER", certificate-authority-data: "$K8S_CA_DATA" }`,
        `users:`,
        `  - name: github-oidc`,
        `    user:`,
        `      exec: { apiVersion: client.authentication.k8s.io/v1, command: "$GITHUB_WORKSPACE/scripts/kube_github_oidc.sh", interactiveMode: Never }`,
        `contexts:`,
        `  - name: deploy`,
        `    context: { cluster: target, user: github-oidc, namespace: "$NAMESPACE" }`,
        `current-context: deploy`,
        `EOF`,
        `chmod 600 "$kubeconfig"`,
        `echo "KUBECONFIG=$kubeconfig" >> "$GITHUB_ENV"`,
        `kubectl auth can-i patch deployments --namespace "$NAMESPACE"`,
      ),
    },
  ],
  registry: ghcrRegistrySteps,
  prepare: (ctx, svc) => [
    {
      id: `previous-${svc.key}`,
      name: `Record the ${svc.key} revision serving now and write this run's kustomization`,
      env: { DEPLOYMENT: deploymentName(ctx, svc) },
      run: script(
        `revision=$(kubectl get deployment "$DEPLOYMENT" --output jsonpath='{.metadata.annotations.deployment\\.kubernetes\\.io/revision}' 2> /dev/null || echo none)`,
        `echo "revision=$revision" >> "$GITHUB_OUTPUT"`,
        ...releaseKustomization(ctx, "k8s/release", `../overlays/${overlayFor(ctx.environment)}`),
      ),
    },
  ],
  snapshot: (ctx) => [
    {
      id: "snapshot",
      name: "pg_dump the database before deploying (a Job from the suspended dump CronJob, waited for)",
      "timeout-minutes": 30,
      run: script(
        `job="predeploy-dump-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `kubectl create job "$job" --from "cronjob/${ctx.options.name}-db-dump"`,
        ...waitForJob("$job", 1500),
        `echo "job=$job" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  migrate: (ctx) => [
    {
      id: "migrate",
      name: "Run migrations as a Job with the new image; a failed Job fails the deploy",
      "timeout-minutes": 20,
      run: script(
        ...releaseKustomization(ctx, "k8s/release-migrate", "../migrate", "-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"),
        `kubectl apply -k k8s/release-migrate`,
        `job="${ctx.options.name}-migrate-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        ...waitForJob("$job", 900),
      ),
    },
  ],
  deploy: (ctx, svc) => [
    {
      id: `deploy-${svc.key}`,
      name: `Apply the ${overlayFor(ctx.environment)} overlay and wait for the ${svc.key} rollout`,
      "timeout-minutes": 15,
      env: { DEPLOYMENT: deploymentName(ctx, svc) },
      run: script(`kubectl apply -k k8s/release`, `kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m`),
    },
  ],
  shift: () => [],
  rollback: (ctx, svc) => [
    {
      name: `Roll ${svc.key} back to the previous ReplicaSet`,
      env: { DEPLOYMENT: deploymentName(ctx, svc), PREVIOUS: `\${{ steps.previous-${svc.key}.outputs.revision }}` },
      run: script(
        `if [ "$PREVIOUS" = "none" ]; then echo "::warning::No earlier revision of $DEPLOYMENT to roll back to"; exit 0; fi`,
        `kubectl rollout undo "deployment/$DEPLOYMENT" --to-revision "$PREVIOUS"`,
        `kubectl rollout status "deployment/$DEPLOYMENT" --timeout 10m`,
        `echo "::warning::Rolled $DEPLOYMENT back to revision $PREVIOUS"`,
      ),
    },
  ],
  files: (options) => [kubeCredentialScript(options)],
  runbook: kubernetesRunbook,
  settings: () => ({ vars: ["K8S_API_SERVER", "K8S_CA_DATA", "K8S_OIDC_AUDIENCE", "API_URL", "WEB_URL"], secrets: [] }),
};
