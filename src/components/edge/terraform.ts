import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { edgeHosts, type EdgeHost } from "./hosts.js";
import { backupBucket } from "../backup/index.js";
import { backupCloud, hasPiece, type BackupCloud } from "./plan.js";

/** AWS managed rule groups on the CloudFront web ACL, after the rate rule: broad, low false-positive sets. */
const AWS_MANAGED_RULE_GROUPS = ["AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"];

/** Budget alerts at 80 % and 100 %, on actual and on forecast spend, as each cloud spells them. */
const BUDGET_ALERTS = [80, 100].flatMap((percent) =>
  (["actual", "forecast"] as const).map((basis) => ({
    percent,
    fraction: percent / 100,
    type: basis === "actual" ? "ACTUAL" : "FORECASTED",
    gcpBasis: basis === "actual" ? "CURRENT_SPEND" : "FORECASTED_SPEND",
    azureType: basis === "actual" ? "Actual" : "Forecasted",
  })),
);

/** A Cloudflare rules-language string literal. */
const cfString = (value: string): string => JSON.stringify(value);

/** Cloudflare expressions for the production names (the self-hosted target has one environment). */
function cloudflareExpressions(hosts: readonly EdgeHost[]): { hostExpression: string; cacheExpression: string } {
  const production = hosts.filter((h) => h.environment === "production");
  const hostExpression = `http.host in {${production.map((h) => cfString(h.host)).join(" ")}}`;
  const cached = production.flatMap((h) => h.staticPaths.map((p) => `(http.host eq ${cfString(h.host)} and starts_with(http.request.uri.path, ${cfString(p.replace(/\*$/, ""))}))`));
  return { hostExpression, cacheExpression: cached.length > 0 ? cached.join(" or ") : "false" };
}

/** What the edge and cost templates read; strings inside HCL strings are escaped for HCL. */
function edgeTerraformContext(options: BaselineOptions) {
  // Keys padded as terraform fmt aligns the `=` of consecutive lines.
  const width = Math.max(0, ...edgeHosts(options).map((h) => h.id.length + 2));
  const hosts = edgeHosts(options).map((h) => ({ ...h, quotedId: `"${h.id}"`.padEnd(width) }));
  const cdn = hasPiece(options, "cdn");
  const waf = hasPiece(options, "rate limit");
  const api = serviceTargets(options).find((s) => s.key === "api");
  const cf = cloudflareExpressions(hosts);
  return {
    name: options.name,
    domain: options.deploy.domain ?? "",
    dnsZone: options.edge.dnsZone ?? "",
    // Cloud DNS zone resource names cannot contain dots; this is the usual name, overridable in the variable.
    dnsZoneResource: (options.edge.dnsZone ?? "").replace(/\./g, "-"),
    compactName: options.name.replace(/[^a-z0-9]/g, "").slice(0, 12),
    hosts,
    services: serviceTargets(options),
    defaultKey: hosts.some((h) => h.key === "web") ? "web" : (api?.key ?? "web"),
    cdn,
    waf,
    cdnWaf: cdn && waf,
    rateLimit: options.edge.rateLimit,
    managedRuleGroups: AWS_MANAGED_RULE_GROUPS.map((rule, i) => ({ rule, priority: i + 2 })),
    costTagsHcl: `{ ${Object.entries(costTags(options)).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(", ")} }`,
    budget: budgetContext(options, "target"),
    hostExpression: cf.hostExpression.replace(/"/g, '\\"'),
    cacheExpression: cf.cacheExpression.replace(/"/g, '\\"'),
  };
}

/** Who reads a budget's alerts: the cloud target's stack has its on-call channel; compose's backup-costs.tf has only the addresses. */
type BudgetConsumer = "target" | "compose-backup";

/**
 * How each cloud's budget (templates/terraform/edge/<cloud>/budget.tf.hbs, one per cloud) is wired into the
 * stack that includes it: the cloud target's infra/costs.tf, or compose's infra/backup-costs.tf.
 */
const BUDGET_WIRING: Readonly<Record<BackupCloud, Readonly<Record<BudgetConsumer, Record<string, string | boolean>>>>> = {
  "aws-ecs": {
    target: { emails: "length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alarm_email]", emailsDescription: "Who budget alerts mail; empty: alarm_email.", onCall: true, requireEmail: false },
    "compose-backup": { emails: "var.budget_alert_emails", emailsDescription: "Who budget alerts mail.", onCall: false, requireEmail: true },
  },
  "gcp-cloud-run": {
    target: { channels: "concat([google_monitoring_notification_channel.email.id], [for c in google_monitoring_notification_channel.budget : c.id])", scoped: false },
    // No channel of its own: the billing account's admins are mailed too (disable_default_iam_recipients false).
    "compose-backup": { channels: "[for c in google_monitoring_notification_channel.budget : c.id]", scoped: true },
  },
  "azure-container-apps": {
    target: {
      resourceGroups: "azurerm_resource_group.env",
      scopeComment: "Each environment's resource group has the monthly budget",
      emails: "length(var.budget_alert_emails) > 0 ? var.budget_alert_emails : [var.alert_email]",
      emailsDescription: "Who budget alerts mail; empty: alert_email.",
      onCall: true,
      requireEmail: false,
      scoped: false,
    },
    "compose-backup": {
      resourceGroups: "{ backups = data.azurerm_resource_group.backups }",
      scopeComment: "The backup storage account's resource group has the monthly budget, for what carries the project tag",
      emails: "var.budget_alert_emails",
      emailsDescription: "Who budget alerts mail.",
      onCall: false,
      requireEmail: true,
      scoped: true,
    },
  },
};

/** The budget a cloud's budget.tf.hbs renders, or undefined with `budget.monthly: false`. */
function budgetContext(options: BaselineOptions, consumer: BudgetConsumer, cloud: BackupCloud = options.cloud as BackupCloud) {
  const monthly = options.budget.monthly;
  if (monthly === false) return undefined;
  return {
    monthly,
    units: String(Math.ceil(monthly)),
    currency: options.budget.currency,
    alertEmails: budgetEmails(options),
    notifications: BUDGET_ALERTS,
    ...BUDGET_WIRING[cloud]?.[consumer],
  };
}

/** Tags (labels on GCP) every resource carries: the project, the tool, and the user's costTags. */
const costTags = (options: BaselineOptions): Record<string, string> => ({ project: options.name, "managed-by": "terraform", ...options.costTags });

/** Who budget alerts mail by default: budget.alertEmails, else the alerting address. */
const budgetEmails = (options: BaselineOptions): string[] =>
  options.budget.alertEmails.length > 0 ? options.budget.alertEmails : options.notifications.email ? [options.notifications.email] : [];

/** Template(s) → output path, per cloud; a file of several templates is their concatenation. */
const TEMPLATES: Readonly<Record<BaselineOptions["cloud"], readonly (readonly [readonly string[], string, "edge" | "always"])[]>> = {
  "aws-ecs": [
    [["aws-ecs/edge.tf.hbs"], "infra/edge.tf", "edge"],
    [["aws-ecs/module-edge.tf.hbs"], "infra/modules/environment/edge.tf", "edge"],
    [["aws-ecs/costs.tf.hbs", "aws-ecs/budget.tf.hbs"], "infra/costs.tf", "always"],
  ],
  "gcp-cloud-run": [
    [["gcp-cloud-run/edge.tf.hbs"], "infra/edge.tf", "edge"],
    [["gcp-cloud-run/costs.tf.hbs", "gcp-cloud-run/budget.tf.hbs"], "infra/costs.tf", "always"],
  ],
  "azure-container-apps": [
    [["azure-container-apps/edge.tf.hbs"], "infra/edge.tf", "edge"],
    [["azure-container-apps/costs.tf.hbs", "azure-container-apps/budget.tf.hbs"], "infra/costs.tf", "always"],
  ],
  kubernetes: [],
  compose: [[["compose/edge.tf.hbs"], "infra/edge.tf", "edge"]],
};

/** Renders templates/terraform/edge/<template>…, joined; the budget part only when there is a budget. */
function renderEdgeTemplates(templates: readonly string[], ctx: { budget?: unknown }): string {
  return templates
    .filter((t) => !t.endsWith("/budget.tf.hbs") || ctx.budget)
    .map((t) => renderTemplate(`terraform/edge/${t}`, ctx))
    .join("")
    // Block helpers leave blank lines behind; terraform fmt allows at most one in a row.
    .replace(/\n{3,}/g, "\n\n");
}

/**
 * The edge and cost Terraform files, part of the infrastructure skeleton they extend (its versions.tf
 * reads the cost tags, so both are excluded together): edge.tf only with a
 * certificate to serve (compose: with the tunnel and its domain), costs.tf always (tags; the budget inside is opt-out).
 */
export function edgeTerraform(options: BaselineOptions): FileModel[] {
  if (serviceTargets(options).length === 0) return [];
  const ctx = edgeTerraformContext(options);
  // compose: the Cloudflare rules act only on traffic Cloudflare proxies, i.e. through the tunnel.
  const withEdge = options.cloud === "compose" ? options.edge.tunnel && Boolean(options.deploy.domain) && (ctx.cdn || ctx.waf) : hasPiece(options, "certificate");
  return TEMPLATES[options.cloud]
    .filter(([, , part]) => part === "always" || withEdge)
    .map(([templates, path]) => ({ kind: "text", path, component: "infrastructure", comment: "hash", text: renderEdgeTemplates(templates, ctx) }));
}

export const BACKUP_COSTS_PATH = "infra/backup-costs.tf";

/**
 * compose with its dumps in a cloud's object store (backup.target s3, gcs or azure-blob): that storage is
 * the self-hosted server's variable cost. infra/backup-costs.tf adopts the bucket to tag it, and budgets it
 * with the same budget.tf.hbs the cloud target uses, wired to the backup stack.
 */
export function backupCostsTerraform(options: BaselineOptions): FileModel[] {
  const cloud = backupCloud(options);
  if (!cloud || serviceTargets(options).length === 0) return [];
  const ctx = {
    ...edgeTerraformContext(options),
    bucket: backupBucket(options),
    region: options.deploy.region ?? "us-east-1",
    budget: budgetContext(options, "compose-backup", cloud),
  };
  const text = renderEdgeTemplates([`compose/backup-costs-${cloud}.tf.hbs`, `${cloud}/budget.tf.hbs`], ctx);
  return [{ kind: "text", path: BACKUP_COSTS_PATH, component: "infrastructure", comment: "hash", text }];
}
