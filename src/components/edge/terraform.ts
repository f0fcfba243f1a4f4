import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { edgeHosts, type EdgeHost } from "./hosts.js";
import { hasPiece } from "./plan.js";

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
  const monthly = options.budget.monthly;
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
    budget:
      monthly === false
        ? undefined
        : { monthly, units: String(Math.ceil(monthly)), currency: options.budget.currency, alertEmails: budgetEmails(options), notifications: BUDGET_ALERTS },
    hostExpression: cf.hostExpression.replace(/"/g, '\\"'),
    cacheExpression: cf.cacheExpression.replace(/"/g, '\\"'),
  };
}

/** Tags (labels on GCP) every resource carries: the project, the tool, and the user's costTags. */
const costTags = (options: BaselineOptions): Record<string, string> => ({ project: options.name, "managed-by": "terraform", ...options.costTags });

/** Who budget alerts mail by default: budget.alertEmails, else the alerting address. */
const budgetEmails = (options: BaselineOptions): string[] =>
  options.budget.alertEmails.length > 0 ? options.budget.alertEmails : options.notifications.email ? [options.notifications.email] : [];

const TEMPLATES: Readonly<Record<BaselineOptions["cloud"], readonly (readonly [string, string, "edge" | "always"])[]>> = {
  "aws-ecs": [
    ["aws-ecs/edge.tf.hbs", "infra/edge.tf", "edge"],
    ["aws-ecs/module-edge.tf.hbs", "infra/modules/environment/edge.tf", "edge"],
    ["aws-ecs/costs.tf.hbs", "infra/costs.tf", "always"],
  ],
  "gcp-cloud-run": [
    ["gcp-cloud-run/edge.tf.hbs", "infra/edge.tf", "edge"],
    ["gcp-cloud-run/costs.tf.hbs", "infra/costs.tf", "always"],
  ],
  "azure-container-apps": [
    ["azure-container-apps/edge.tf.hbs", "infra/edge.tf", "edge"],
    ["azure-container-apps/costs.tf.hbs", "infra/costs.tf", "always"],
  ],
  kubernetes: [],
  compose: [["compose/edge.tf.hbs", "infra/edge.tf", "edge"]],
};

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
    .map(([template, path]) => ({
      kind: "text",
      path,
      component: "infrastructure",
      comment: "hash",
      // Block helpers leave blank lines behind; terraform fmt allows at most one in a row.
      text: renderTemplate(`terraform/edge/${template}`, ctx).replace(/\n{3,}/g, "\n\n"),
    }));
}
