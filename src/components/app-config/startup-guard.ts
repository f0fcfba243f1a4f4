import { resourcePrefix, script } from "../../clouds/services.js";
import type { DeployContext, Step } from "../../clouds/types.js";
import { keyVaultName } from "./secret-store.js";
import { plainValue, runtimeVariables, serviceOfTarget, type AppVariable } from "./variables.js";

/**
 * How each target tells whether a secret has a value, without reading it: `secret_is_set NAME`
 * succeeds when the platform's secret store holds a value for NAME in this environment.
 */
function secretCheck(ctx: DeployContext): { env: Record<string, string>; lines: string[] } {
  const prefix = resourcePrefix(ctx);
  switch (ctx.options.cloud) {
    case "aws-ecs":
      // Secrets Manager secrets that Terraform created empty have no version until someone sets one.
      return {
        env: { SECRET_PREFIX: prefix },
        lines: [`secret_is_set() { [ "$(aws secretsmanager list-secret-version-ids --secret-id "$SECRET_PREFIX/$1" --query 'length(Versions)' --output text 2>/dev/null || echo 0)" -gt 0 ]; }`],
      };
    case "gcp-cloud-run":
      return {
        env: { SECRET_PREFIX: prefix },
        lines: [`secret_is_set() { [ -n "$(gcloud secrets versions list "$SECRET_PREFIX-$1" --filter=state:ENABLED --limit=1 --format='value(name)' 2>/dev/null)" ]; }`],
      };
    case "azure-container-apps":
      return {
        env: { KEY_VAULT: keyVaultName(ctx.options, ctx.environment) },
        lines: [
          `secret_is_set() {`,
          `  local name`,
          `  name=$(printf '%s' "$1" | tr '[:upper:]_' '[:lower:]-')`,
          `  [ "$(az keyvault secret list-versions --vault-name "$KEY_VAULT" --name "$name" --query 'length([?attributes.enabled])' --output tsv 2>/dev/null || echo 0)" -gt 0 ]`,
          `}`,
        ],
      };
    case "kubernetes":
      // The ExternalSecret's target: the key exists, non-empty, once the store holds it.
      return {
        env: { SYNC_TARGET: `${ctx.options.name}-secrets` },
        lines: [`secret_is_set() { [ -n "$(kubectl get secret "$SYNC_TARGET" --namespace "$NAMESPACE" --output "jsonpath={.data.$1}" 2>/dev/null)" ]; }`],
      };
    case "compose":
      // compose.prod.yml reads every value from the server's .env; look there, never printing a value.
      return {
        env: {},
        lines: [
          `secret_is_set() {`,
          `  # shellcheck disable=SC2029 # DEPLOY_DIR and the name expand here on purpose.`,
          `  ssh -o StrictHostKeyChecking=yes -o BatchMode=yes "$DEPLOY_USER@$DEPLOY_HOST" "grep -Eq '^$1=.+' '$DEPLOY_DIR/.env'"`,
          `}`,
        ],
      };
  }
}

/** What the guard checks in one environment: required plain values (known at generation), and secrets in the store. */
export function guardedVariables(ctx: DeployContext): { plain: AppVariable[]; secrets: AppVariable[] } {
  const vars = ctx.services.flatMap((s) => runtimeVariables(ctx.options, serviceOfTarget(s.key)));
  const unique = [...new Map(vars.map((v) => [v.name, v])).values()];
  // compose.prod.yml interpolates everything from the server's .env: only required ones must be there.
  // Elsewhere a referenced secret with no value stops the platform from starting the container at all.
  if (ctx.options.cloud === "compose") return { plain: [], secrets: unique.filter((v) => v.required) };
  return { plain: unique.filter((v) => !v.secret && v.required), secrets: unique.filter((v) => v.secret) };
}

/**
 * The startup guard: fails the deploy before anything changes when a required variable is empty in
 * this environment, naming each one, so the app never starts half-configured. Undefined when the apps
 * read no variables.
 */
export function startupGuard(ctx: DeployContext): Step | undefined {
  const { plain, secrets } = guardedVariables(ctx);
  if (plain.length === 0 && secrets.length === 0) return undefined;
  const check = secretCheck(ctx);
  const env: Record<string, string> = { ...check.env, DEPLOY_ENVIRONMENT: ctx.environment };
  for (const v of plain) env[v.name] = plainValue(ctx.options, ctx.environment, v);
  if (plain.length > 0) env.REQUIRED_PLAIN = plain.map((v) => v.name).join(" ");
  if (secrets.length > 0) env.REQUIRED_SECRETS = secrets.map((v) => v.name).join(" ");
  return {
    id: "startup-guard",
    name: "Startup guard: every required variable has a value in this environment",
    env,
    run: script(
      ...check.lines,
      `missing=""`,
      `for name in \${REQUIRED_PLAIN:-}; do`,
      `  if [ -z "\${!name:-}" ]; then missing="$missing $name"; fi`,
      `done`,
      `for name in \${REQUIRED_SECRETS:-}; do`,
      `  if ! secret_is_set "$name"; then missing="$missing $name"; fi`,
      `done`,
      `if [ -n "$missing" ]; then`,
      `  echo "::error::Empty in $DEPLOY_ENVIRONMENT:$missing. Nothing was deployed; set them (docs/configuration.md) and re-run."`,
      `  exit 1`,
      `fi`,
      `echo "All required configuration is set in $DEPLOY_ENVIRONMENT."`,
    ),
  };
}
