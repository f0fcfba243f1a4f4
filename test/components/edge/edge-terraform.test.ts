import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { HAS_TERRAFORM, terraformFmtDiff } from "../../helpers/terraform-fmt.js";
import { infrastructure } from "../../../src/components/infrastructure/index.js";
import { CLOUDS, parseOptions, type BaselineOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

type Hcl = Record<string, any>;

const options = (cloud: BaselineOptions["cloud"], extra: Record<string, unknown> = {}) =>
  parseOptions({
    name: "shop",
    cloud,
    database: "postgres",
    backend: { kind: "django" },
    frontend: { kind: "nextjs", dir: "web" },
    notifications: { email: "ops@example.org" },
    costTags: { team: "checkout" },
    ...extra,
  });
const withDomain = (cloud: BaselineOptions["cloud"], extra: Record<string, unknown> = {}) =>
  options(cloud, { deploy: { domain: "shop.example.org" }, edge: { dnsZone: "example.org" }, ...extra });

/** Every rendered Terraform file, parsed as HCL (terraform is not installed; hcl2json is HashiCorp's parser). */
async function parsed(o: BaselineOptions): Promise<Map<string, Hcl>> {
  const out = new Map<string, Hcl>();
  for (const f of renderFiles(infrastructure.render(o), o)) out.set(f.path, (await parse(f.path, f.content)) as Hcl);
  return out;
}
/** Resources of all files by type and name (a type can appear in several files). */
function resources(files: Map<string, Hcl>): Hcl {
  const all: Hcl = {};
  for (const f of files.values()) for (const [type, named] of Object.entries(f.resource ?? {})) all[type] = { ...all[type], ...(named as Hcl) };
  return all;
}


describe("edge and cost Terraform", () => {
  it.skipIf(!HAS_TERRAFORM)("terraform fmt -check finds nothing to change, for every cloud with a domain and zone", () => {
    const sets = CLOUDS.flatMap((cloud) => [withDomain(cloud), withDomain(cloud, { edge: { dnsZone: "example.org", cdn: false, waf: false }, budget: { monthly: false } })]);
    const r = terraformFmtDiff(sets.map((o) => renderFiles(infrastructure.render(o), o).map((f) => [f.path, f.content] as const)));
    expect(r.status, r.output).toBe(0);
  });

  it("parses for every cloud, with and without a domain, with budget on and off", async () => {
    for (const cloud of CLOUDS) {
      for (const o of [options(cloud), withDomain(cloud), withDomain(cloud, { budget: { monthly: false }, edge: { dnsZone: "example.org", cdn: false, waf: false } })]) {
        const files = await parsed(o);
        expect(files.has("infra/edge.tf"), `${cloud} ${o.deploy.domain}`).toBe(Boolean(o.deploy.domain) && !(cloud === "kubernetes") && !(cloud === "compose" && !o.edge.cdn && !o.edge.waf));
      }
    }
  }, 60_000);

  it("aws-ecs: DNS-validated ACM certificate wired into the listeners, DaysToExpiry alarm, CloudFront HTTPS-only with long static TTLs, WAF on CloudFront", async () => {
    const files = await parsed(withDomain("aws-ecs", { edge: { dnsZone: "example.org", rateLimit: 1500 } }));
    const r = resources(files);
    expect(r.aws_acm_certificate.alb[0]).toMatchObject({ domain_name: "shop.example.org", subject_alternative_names: ["*.shop.example.org"], validation_method: "DNS" });
    expect(r.aws_route53_record.certificate_validation[0].zone_id).toBe("${data.aws_route53_zone.edge.zone_id}");
    expect(files.get("infra/main.tf")!.module.production[0].certificate_arn).toBe("${aws_acm_certificate_validation.alb.certificate_arn}");
    expect(files.get("infra/variables.tf")!.variable.certificate_arn).toBeUndefined();
    const alarm = r.aws_cloudwatch_metric_alarm.certificate_expiry[0];
    expect([alarm.namespace, alarm.metric_name, alarm.threshold, alarm.comparison_operator]).toEqual(["AWS/CertificateManager", "DaysToExpiry", 14, "LessThanThreshold"]);
    const cdn = r.aws_cloudfront_distribution.edge[0];
    expect(cdn.viewer_certificate[0].minimum_protocol_version).toBe("TLSv1.2_2021");
    expect(cdn.default_cache_behavior[0].viewer_protocol_policy).toBe("redirect-to-https");
    expect(cdn.origin[0].custom_origin_config[0]).toMatchObject({ origin_protocol_policy: "https-only", origin_ssl_protocols: ["TLSv1.2"] });
    expect(cdn.web_acl_id).toBe("${aws_wafv2_web_acl.edge.arn}");
    expect(r.aws_cloudfront_cache_policy.static[0]).toMatchObject({ min_ttl: 86400, max_ttl: 31536000 });
    expect(files.get("infra/edge.tf")!.locals[0].edge_hosts["production-web"].static_paths).toEqual(["/_next/static/*"]);
    const acl = r.aws_wafv2_web_acl.edge[0];
    expect(acl.scope).toBe("CLOUDFRONT");
    expect(acl.rule[0].statement[0].rate_based_statement[0].limit).toBe(1500);
    expect(acl.rule.slice(1).map((x: Hcl) => x.statement[0].managed_rule_group_statement[0].name)).toContain("AWSManagedRulesCommonRuleSet");
    // Behind CloudFront the load balancer's own rate rule counts the client's address, not the edge's.
    const albAcl = files.get("infra/modules/environment/main.tf")!.resource.aws_wafv2_web_acl.this[0];
    expect(albAcl.rule[1].statement[0].rate_based_statement[0]).toMatchObject({ limit: 1500, aggregate_key_type: "FORWARDED_IP" });
    // The DDoS runbook's block list matches the client CloudFront saw, which CloudFront appends last.
    expect(albAcl.rule[0].statement[0].ip_set_reference_statement[0].ip_set_forwarded_ip_config[0]).toEqual({ header_name: "X-Forwarded-For", fallback_behavior: "NO_MATCH", position: "LAST" });
    // ... and only CloudFront reaches it, so the edge WAF cannot be bypassed.
    const albIngress = files.get("infra/modules/environment/main.tf")!.resource.aws_security_group.alb[0].ingress;
    expect(albIngress).toEqual([expect.objectContaining({ from_port: 443, prefix_list_ids: ["${data.aws_ec2_managed_prefix_list.cloudfront.id}"] })]);
  });

  it("aws-ecs without a zone keeps var.certificate_arn and the load balancer's per-IP rate rule", async () => {
    const files = await parsed(options("aws-ecs", { deploy: { domain: "shop.example.org" } }));
    expect(files.has("infra/edge.tf")).toBe(false);
    expect(files.get("infra/main.tf")!.module.production[0].certificate_arn).toBe("${var.certificate_arn}");
    expect(files.get("infra/modules/environment/main.tf")!.resource.aws_wafv2_web_acl.this[0].rule[1].statement[0].rate_based_statement[0].aggregate_key_type).toBe("IP");
    expect(files.get("infra/modules/environment/main.tf")!.resource.aws_security_group.alb[0].ingress.map((i: Hcl) => i.cidr_blocks)).toEqual([["0.0.0.0/0"], ["0.0.0.0/0"]]);
  });

  it("budgets alert at 80 % and 100 % on actual and forecast spend; cost tags reach every provider", async () => {
    const aws = await parsed(withDomain("aws-ecs", { budget: { monthly: 250, currency: "EUR", alertEmails: ["finance@example.org"] } }));
    const budget = resources(aws).aws_budgets_budget.monthly[0];
    expect([budget.limit_amount, budget.limit_unit, budget.time_unit]).toEqual(["250", "EUR", "MONTHLY"]);
    expect(budget.notification.map((n: Hcl) => `${n.notification_type} ${n.threshold}`).sort()).toEqual(["ACTUAL 100", "ACTUAL 80", "FORECASTED 100", "FORECASTED 80"]);
    expect(aws.get("infra/costs.tf")!.variable.budget_alert_emails[0].default).toEqual(["finance@example.org"]);
    expect(aws.get("infra/costs.tf")!.locals[0].cost_tags).toEqual({ project: "shop", "managed-by": "terraform", team: "checkout" });
    expect(aws.get("infra/versions.tf")!.provider.aws[0].default_tags[0].tags).toBe("${local.cost_tags}");

    const gcp = await parsed(withDomain("gcp-cloud-run", { budget: { monthly: 99.5 } }));
    const gb = resources(gcp).google_billing_budget.monthly[0];
    expect(gb.amount[0].specified_amount[0].units).toBe("100");
    expect(gb.threshold_rule.map((t: Hcl) => `${t.spend_basis} ${t.threshold_percent}`).sort()).toEqual(["CURRENT_SPEND 0.8", "CURRENT_SPEND 1", "FORECASTED_SPEND 0.8", "FORECASTED_SPEND 1"]);
    expect(gcp.get("infra/versions.tf")!.provider.google[0].default_labels).toBe("${local.cost_labels}");

    const az = await parsed(withDomain("azure-container-apps"));
    const ab = resources(az).azurerm_consumption_budget_resource_group.monthly[0];
    expect(ab.notification.map((n: Hcl) => `${n.threshold_type} ${n.threshold}`).sort()).toEqual(["Actual 100", "Actual 80", "Forecasted 100", "Forecasted 80"]);
    expect(resources(az).azurerm_resource_group.env[0].tags).toBe("${local.cost_tags}");
    expect(resources(az).azurerm_resource_group_policy_assignment.inherit_tag[0].policy_definition_id).toMatch(/cd3aa116-8754-49c9-a813-ad46512ece54$/);
  });

  it("budget.monthly false removes the budget, never the tags", async () => {
    for (const cloud of ["aws-ecs", "gcp-cloud-run", "azure-container-apps"] as const) {
      const r = resources(await parsed(options(cloud, { budget: { monthly: false } })));
      expect(Object.keys(r).filter((k) => k.includes("budget")), cloud).toEqual([]);
      const tags = (await parsed(options(cloud, { budget: { monthly: false } }))).get("infra/costs.tf")!.locals[0];
      expect(tags.cost_tags ?? tags.cost_labels, cloud).toMatchObject({ project: "shop", team: "checkout" });
    }
  });

  it("gcp: managed certificate for every name, TLS 1.2 policy, Cloud CDN and Cloud Armor on the backends, expiry alert", async () => {
    const r = resources(await parsed(withDomain("gcp-cloud-run", { edge: { dnsZone: "example.org", rateLimit: 900 } })));
    expect(r.google_compute_managed_ssl_certificate.edge[0].managed[0].domains).toBe("${[for h in local.edge_hosts : h.host]}");
    expect(r.google_compute_ssl_policy.edge[0].min_tls_version).toBe("TLS_1_2");
    const backend = r.google_compute_backend_service.edge[0];
    expect([backend.enable_cdn, backend.cdn_policy[0].cache_mode, backend.security_policy]).toEqual([true, "CACHE_ALL_STATIC", "${google_compute_security_policy.edge.id}"]);
    expect(r.google_compute_security_policy.edge[0].rule[0].rate_limit_options[0].rate_limit_threshold[0].count).toBe(900);
    expect(r.google_monitoring_alert_policy.certificate_expiry[0].conditions[0].condition_threshold[0].threshold_value).toBe(14);
    expect(r.google_dns_record_set.edge[0].rrdatas).toEqual(["${google_compute_global_address.edge.address}"]);
  });

  it("azure: Front Door managed certificates (TLS 1.2), static caching, WAF rate limit, expiry test", async () => {
    const r = resources(await parsed(withDomain("azure-container-apps")));
    expect(r.azurerm_cdn_frontdoor_custom_domain.edge[0].tls[0]).toEqual({ certificate_type: "ManagedCertificate", minimum_tls_version: "TLS12" });
    expect(r.azurerm_cdn_frontdoor_route.static[0].cache[0].query_string_caching_behavior).toBe("IgnoreQueryString");
    const rule = r.azurerm_cdn_frontdoor_firewall_policy.edge[0].custom_rule[0];
    expect([rule.type, rule.rate_limit_duration_in_minutes, rule.rate_limit_threshold]).toEqual(["RateLimitRule", 5, 2000]);
    expect(r.azurerm_application_insights_standard_web_test.certificate[0].validation_rules[0].ssl_cert_remaining_lifetime).toBe(14);
  });

  it("compose: Cloudflare cache rule for the static paths and a rate-limit rule, as valid expressions", async () => {
    const r = resources(await parsed(withDomain("compose")));
    const cache = r.cloudflare_ruleset.cache[0];
    expect(cache.phase).toBe("http_request_cache_settings");
    expect(cache.rules[0].expression).toBe('(http.host eq "api.shop.example.org" and starts_with(http.request.uri.path, "/static/")) or (http.host eq "shop.example.org" and starts_with(http.request.uri.path, "/_next/static/"))');
    const limit = r.cloudflare_ruleset.rate_limit[0].rules[0];
    expect([limit.ratelimit[0].period, limit.ratelimit[0].requests_per_period, limit.expression]).toEqual([300, 2000, 'http.host in {"api.shop.example.org" "shop.example.org"}']);
  });
});

describe("compose: budget and cost tags for the backup bucket's cloud (infra/backup-costs.tf)", () => {
  const BACKUPS = [
    ["s3", "aws-ecs"],
    ["gcs", "gcp-cloud-run"],
    ["azure-blob", "azure-container-apps"],
  ] as const;
  const compose = (target: string, extra: Record<string, unknown> = {}) => options("compose", { backup: { target }, ...extra });

  it.skipIf(!HAS_TERRAFORM)("terraform fmt -check finds nothing to change, budget on and off", () => {
    const sets = BACKUPS.flatMap(([target]) => [compose(target), compose(target, { budget: { monthly: false } }), compose(target, { notifications: {} })]);
    const r = terraformFmtDiff(sets.map((o) => renderFiles(infrastructure.render(o), o).map((f) => [f.path, f.content] as const)));
    expect(r.status, r.output).toBe(0);
  });

  it.each(BACKUPS)("backup.target %s: the %s budget (80 and 100 percent, actual and forecast) and the cost tags on the adopted bucket", async (target, cloud) => {
    const files = await parsed(compose(target, { budget: { monthly: 20, alertEmails: ["finance@example.org"] } }));
    const costs = files.get("infra/backup-costs.tf")!;
    const r = resources(files);
    const tags = (costs.locals[0].cost_tags ?? costs.locals[0].cost_labels) as Record<string, string>;
    expect(tags).toEqual({ project: "shop", "managed-by": "terraform", team: "checkout" });
    expect(costs.variable.budget_alert_emails?.[0].default ?? r.google_monitoring_notification_channel.budget[0].for_each).toEqual(
      cloud === "gcp-cloud-run" ? '${toset(["finance@example.org"])}' : ["finance@example.org"],
    );
    const required = Object.keys(files.get("infra/versions.tf")!.terraform[0].required_providers[0]);
    if (cloud === "aws-ecs") {
      const b = r.aws_budgets_budget.monthly[0];
      expect(b.notification.map((n: Hcl) => `${n.notification_type} ${n.threshold}`).sort()).toEqual(["ACTUAL 100", "ACTUAL 80", "FORECASTED 100", "FORECASTED 80"]);
      expect(b.notification.map((n: Hcl) => n.subscriber_email_addresses)).toEqual(Array(4).fill("${var.budget_alert_emails}"));
      expect(b.cost_filter[0].values).toEqual(["user:project$shop"]);
      expect(costs.provider.aws[0].default_tags[0].tags).toBe("${local.cost_tags}");
      expect(costs.import[0]).toMatchObject({ to: "${aws_s3_bucket.backups}", id: "shop-backups" });
      expect(r.aws_s3_bucket.backups[0].lifecycle[0].prevent_destroy).toBe(true);
      expect(required).toContain("aws");
    } else if (cloud === "gcp-cloud-run") {
      const b = r.google_billing_budget.monthly[0];
      expect(b.threshold_rule.map((t: Hcl) => `${t.spend_basis} ${t.threshold_percent}`).sort()).toEqual(["CURRENT_SPEND 0.8", "CURRENT_SPEND 1", "FORECASTED_SPEND 0.8", "FORECASTED_SPEND 1"]);
      expect(b.budget_filter[0].labels).toEqual({ project: "shop" });
      expect(costs.provider.google[0].default_labels).toBe("${local.cost_labels}");
      expect(costs.import[0]).toMatchObject({ to: "${google_storage_bucket.backups}", id: "shop-backups" });
      expect(required).toContain("google");
    } else {
      const b = r.azurerm_consumption_budget_resource_group.monthly[0];
      expect(b.notification.map((n: Hcl) => `${n.threshold_type} ${n.threshold}`).sort()).toEqual(["Actual 100", "Actual 80", "Forecasted 100", "Forecasted 80"]);
      expect(b.for_each).toEqual({ backups: "${data.azurerm_resource_group.backups}" });
      expect(b.filter[0].tag[0]).toEqual({ name: "project", values: ["shop"] });
      expect(r.azapi_update_resource.backup_tags[0].body.tags).toBe("${merge(data.azurerm_storage_account.backups.tags, local.cost_tags)}");
      expect(required).toEqual(expect.arrayContaining(["azurerm", "azapi"]));
    }
  });

  it("one budget template per cloud: the compose budget is the cloud target's, wired to the backup stack", async () => {
    for (const [target, cloud] of BACKUPS) {
      const ours = resources(await parsed(compose(target)));
      const theirs = resources(await parsed(options(cloud)));
      for (const type of Object.keys(ours).filter((k) => /budget/.test(k))) {
        const strip = (b: Hcl) => JSON.stringify(b, (k, v) => (["subscriber_email_addresses", "subscriber_sns_topic_arns", "contact_emails", "contact_groups", "monitoring_notification_channels", "for_each", "filter", "budget_filter"].includes(k) ? undefined : v));
        expect(strip(ours[type].monthly[0]), `${target} ${type}`).toBe(strip(theirs[type].monthly[0]));
      }
    }
  });

  it("budget.monthly false keeps the tags; local, minio and none backups get no file", async () => {
    for (const [target] of BACKUPS) {
      const r = resources(await parsed(compose(target, { budget: { monthly: false } })));
      expect(Object.keys(r).filter((k) => k.includes("budget")), target).toEqual([]);
      expect(Object.keys(r).some((k) => /aws_s3_bucket|google_storage_bucket|azapi_update_resource/.test(k)), target).toBe(true);
    }
    for (const target of ["local", "minio", "none"]) {
      const files = await parsed(compose(target));
      expect(files.has("infra/backup-costs.tf"), target).toBe(false);
      expect(Object.keys(files.get("infra/versions.tf")!.terraform[0].required_providers[0]).sort(), target).toEqual(["cloudflare", "github", "random"]);
    }
  });
});
