import { healthyBelow } from "../docker/health-probe.js";
import { deployContext, type CloudStrategy, type DeployContext, type ServiceTarget } from "../../clouds/index.js";
import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";
import type { Job, Permissions, Step } from "../../workflows/model.js";
import { checkoutStep } from "../../workflows/steps.js";
import { startupGuard } from "../app-config/startup-guard.js";

/** `${{ vars.X }}` of the GitHub environment the job runs in. */
const v = (name: string): string => `\${{ vars.${name} }}`;

/** Polls the public URL of a service until healthy or the deadline passes (scripts/wait_for_health.sh). */
function healthStep(svc: ServiceTarget, phase: string, label: string): Step {
  return {
    id: `health-${svc.key}-${phase}`,
    name: `Poll ${svc.key} ${svc.healthPath} until healthy (${label})`,
    "timeout-minutes": 10,
    env: { HEALTH_URL: `\${{ vars.${svc.urlVar} }}${svc.healthPath}`, HEALTHY_BELOW: String(healthyBelow(svc.probe)), DEADLINE_SECONDS: "300" },
    run: "bash scripts/wait_for_health.sh\n",
  };
}

/** Deploy, traffic and health steps of one service for the chosen strategy. */
function releaseSteps(cloud: CloudStrategy, ctx: DeployContext, svc: ServiceTarget): Step[] {
  const steps: Step[] = [...cloud.deploy(ctx, svc)];
  switch (ctx.options.deploy.strategy) {
    case "rolling":
      steps.push(healthStep(svc, "rollout", "rolled out"));
      break;
    case "canary":
      steps.push(...cloud.shift(ctx, svc, 10), healthStep(svc, "canary", "canary at 10%"), ...cloud.shift(ctx, svc, 100), healthStep(svc, "full", "all traffic"));
      break;
    case "blue-green":
      steps.push(...cloud.shift(ctx, svc, 100), healthStep(svc, "switched", "switched"));
      break;
  }
  return steps;
}

/** A step ran (passed or failed) — the only case where there is something to roll back. */
const ran = (id: string): string => `steps.${id}.outcome == 'success' || steps.${id}.outcome == 'failure'`;

export function deployJob(options: BaselineOptions, cloud: CloudStrategy, environment: Environment): Job {
  const ctx = deployContext(options, environment);
  const steps: Step[] = [checkoutStep(), ...cloud.login(ctx)];
  // Before anything changes: a required variable left empty stops the deploy here.
  const guard = startupGuard(ctx);
  if (guard) steps.push(guard);
  for (const svc of ctx.services) steps.push(...cloud.prepare(ctx, svc));
  if (ctx.hasDatabase) steps.push(...cloud.snapshot(ctx));
  if (ctx.migrator) steps.push(...cloud.migrate(ctx, ctx.migrator));
  for (const svc of ctx.services) steps.push(...releaseSteps(cloud, ctx, svc));
  for (const svc of ctx.services) {
    steps.push(
      ...cloud.rollback(ctx, svc).map((step, i) => ({
        ...step,
        id: `rollback-${svc.key}${i === 0 ? "" : `-${i}`}`,
        if: `\${{ failure() && (${ran(`deploy-${svc.key}`)}) }}`,
      })),
    );
  }
  const images: Record<string, string> = {};
  for (const svc of ctx.services) {
    images[`IMAGE_${svc.key.toUpperCase()}`] = `\${{ needs.build.outputs.registry }}/${svc.image}:\${{ github.sha }}`;
  }
  const permissions: Permissions = { contents: "read", ...cloud.deployPermissions };
  const publicUrl = ctx.services.some((s) => s.key === "web") ? v("WEB_URL") : v("API_URL");
  return {
    name: `Deploy to ${environment}`,
    "runs-on": "ubuntu-latest",
    needs: environment === "production" ? ["build", "deploy-staging"] : ["build"],
    // Production waits here for a required reviewer (set on the GitHub environment; see infra/github.tf).
    environment: { name: environment, url: publicUrl },
    permissions,
    concurrency: { group: `deploy-${environment}`, "cancel-in-progress": false },
    "timeout-minutes": 90,
    env: { ...cloud.env(ctx), ...images },
    steps,
  };
}
