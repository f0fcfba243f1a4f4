import { CLOUD_STRATEGIES, serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { guardedVariables } from "./startup-guard.js";
import { secretStore } from "./secret-store.js";
import { describeVariable, plainValue, variablesOf, wiredPlain, type AppVariable } from "./variables.js";
import type { Environment } from "../../clouds/types.js";
import { LOG_RETENTION_DAYS } from "../logs/loki-config.js";

/** Where the platform keeps logs, for how long, per target. */
const LOG_SHIPPING: Readonly<Record<BaselineOptions["cloud"], string>> = {
  "aws-ecs": "ECS ships them with the `awslogs` driver to CloudWatch Logs (`/ecs/<name>-<environment>`, kept 30 days).",
  "gcp-cloud-run": "Cloud Run sends them to Cloud Logging; a sink routes the services' logs to the `<name>-logs` bucket, kept 90 days (infra/logging.tf).",
  "azure-container-apps": "Container Apps sends them to the environment's Log Analytics workspace (`ContainerAppConsoleLogs_CL`, kept 30 days).",
  kubernetes: `A Vector DaemonSet ships the pods' stdout to Loki (k8s/logging, applied once: \`kubectl apply -k k8s/logging\`), kept ${LOG_RETENTION_DAYS} days.`,
  compose: `Vector ships every container's json-file log to Loki (compose.prod.yml, deploy/logs/), kept ${LOG_RETENTION_DAYS} days; Docker itself keeps only 10 MB × 3 per container.`,
};

/** A value as the docs show it: `secret store`, the value, or `unset`. */
function cell(options: BaselineOptions, environment: Environment, v: AppVariable): string {
  if (v.secret) return "secret store";
  const wired = wiredPlain(options, environment, [v]).length > 0;
  if (!wired) return "unset";
  const value = plainValue(options, environment, v);
  return value === "" ? "**missing**" : `\`${value.replace(/\|/g, "\\|")}\``;
}

/** docs/configuration.md: the variables × environments table, where values live, rotation, the guard, logs. */
export function configurationDoc(options: BaselineOptions): FileModel | undefined {
  const services = serviceTargets(options);
  const vars = [...variablesOf(options, "backend"), ...variablesOf(options, "frontend")];
  if (services.length === 0 || vars.length === 0) return undefined;
  const cloud = CLOUD_STRATEGIES[options.cloud];
  const settings = cloud.settings(options);
  const staging = secretStore(options, "staging");
  const production = secretStore(options, "production");
  const ctx = { options, environment: "production" as const, services, hasDatabase: false };
  const rows = vars.map((v) => ({
    name: v.name,
    service: v.service,
    need: v.required ? "yes" : v.default !== undefined ? `no (default \`${v.default}\`)` : "no",
    secret: v.secret ? "yes" : "no",
    stage: v.stage === "build" ? "build" : "run",
    staging: v.stage === "build" ? cell(options, "production", v) : cell(options, "staging", v),
    production: cell(options, "production", v),
    readAt: v.readAt.map((at) => `\`${at}\``).join(", ") || describeVariable(v),
  }));
  return {
    kind: "text",
    path: "docs/configuration.md",
    component: "configuration",
    comment: "html",
    text: renderTemplate("docs/configuration.md.hbs", {
      cloudTitle: cloud.title,
      rows,
      staging,
      production,
      stagingPrefix: `${options.name}-staging`,
      productionPrefix: `${options.name}-production`,
      buildVariables: [...new Set(vars.filter((v) => v.stage === "build").map((v) => v.name))],
      githubVars: settings.vars,
      githubSecrets: settings.secrets,
      checksAllSecrets: options.cloud !== "compose" && guardedVariables(ctx).secrets.some((v) => !v.required),
      logShipping: LOG_SHIPPING[options.cloud],
      logTail: cloud.runbook(options).logs,
      logQuery: cloud.runbook(options).logQuery,
      django: options.backend.kind === "django",
      fastapi: options.backend.kind === "fastapi",
      node: ["express", "nestjs"].includes(options.backend.kind) || options.frontend.kind === "nextjs",
    }),
  };
}
