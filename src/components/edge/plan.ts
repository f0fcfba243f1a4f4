import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";

/** The six pieces issue 15 asks of every target. */
export const EDGE_PIECES = ["certificate", "expiry alert", "cdn", "rate limit", "budget", "cost tags"] as const;
export type EdgePiece = (typeof EDGE_PIECES)[number];

/** A piece is generated (`what` says how) or skipped (`reason` says why and how to turn it on). */
export type EdgeStatus = { readonly piece: EdgePiece; readonly what: string } | { readonly piece: EdgePiece; readonly reason: string };

const NO_DOMAIN = "no deploy.domain; set --domain (and --dns-zone) to turn it on";

type Cloud = BaselineOptions["cloud"];
/** What each target generates for each piece, when its preconditions hold. */
const WHAT: Readonly<Record<Cloud, Readonly<Record<EdgePiece, string>>>> = {
  "aws-ecs": {
    certificate: "ACM certificates validated in Route 53, renewed by ACM (infra/edge.tf)",
    "expiry alert": "blackbox probe_ssl_earliest_cert_expiry and uptime.yml; with --dns-zone, a CloudWatch alarm on ACM DaysToExpiry",
    cdn: "CloudFront in front of the load balancers, static paths cached long (infra/edge.tf)",
    "rate limit": "WAFv2 web ACL on CloudFront: rate-based rule and AWS managed rule groups (infra/edge.tf)",
    budget: "aws_budgets_budget, actual and forecast alerts at 80 % and 100 % (infra/costs.tf)",
    "cost tags": "provider default_tags, activated as cost-allocation tags (infra/versions.tf, infra/costs.tf)",
  },
  "gcp-cloud-run": {
    certificate: "Google-managed certificate on a global external load balancer (infra/edge.tf)",
    "expiry alert": "uptime check with an alert on time_until_ssl_cert_expires; blackbox probe; uptime.yml",
    cdn: "Cloud CDN on the load balancer's backends, static content cached (infra/edge.tf)",
    "rate limit": "Cloud Armor rate_based_ban policy on the backends (infra/edge.tf)",
    budget: "google_billing_budget, actual and forecast thresholds at 80 % and 100 % (infra/costs.tf)",
    "cost tags": "provider default_labels on every resource (infra/versions.tf, infra/costs.tf)",
  },
  "azure-container-apps": {
    certificate: "Front Door managed certificate on each custom domain (infra/edge.tf)",
    "expiry alert": "Application Insights standard test failing 14 days before expiry; blackbox probe; uptime.yml",
    cdn: "Front Door routes caching the static paths (infra/edge.tf)",
    "rate limit": "Front Door WAF policy with a rate-limit rule (infra/edge.tf)",
    budget: "azurerm_consumption_budget_resource_group per environment, actual and forecast notifications (infra/costs.tf)",
    "cost tags": "tags on the resource groups, inherited by every resource through Azure Policy (infra/costs.tf)",
  },
  kubernetes: {
    certificate: "cert-manager ClusterIssuer (Let's Encrypt) and Certificate, Ingress TLS (k8s/)",
    "expiry alert": "alert rules on probe_ssl_earliest_cert_expiry and cert-manager's expiry metric; uptime.yml",
    cdn: "",
    "rate limit": "ingress-nginx per-client limits on the Ingress (k8s/base)",
    budget: "Prometheus alert on OpenCost's cost metrics against budget.monthly (monitoring/edge-alerts.yml)",
    "cost tags": "cost-allocation labels on every workload and namespace (k8s/)",
  },
  compose: {
    certificate: "Cloudflare's edge certificate, renewed by Cloudflare; the tunnel needs no origin certificate",
    "expiry alert": "blackbox probe_ssl_earliest_cert_expiry; uptime.yml",
    cdn: "Cloudflare cache rule for the static paths (infra/edge.tf)",
    "rate limit": "Cloudflare rate-limiting rule (infra/edge.tf)",
    budget: "",
    "cost tags": "",
  },
};

/** compose with `edge.tunnel: false`: Caddy is the edge, and no Cloudflare proxy sits in front. */
const COMPOSE_DIRECT: Readonly<Partial<Record<EdgePiece, string>>> = {
  certificate: "Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS, kept in the caddy_data volume (compose.caddy.yml, deploy/caddy/Caddyfile)",
  "rate limit": "per-client limits in the nginx proxy behind Caddy (deploy/nginx/nginx.conf); no Cloudflare rule without the tunnel",
};
const COMPOSE_DIRECT_CDN = "no Cloudflare edge without the tunnel (edge.tunnel is false); the proxy sends static paths with long Cache-Control, put a CDN in front for more (docs/cdn.md)";

/** Why a piece a target cannot express is skipped there (not a missing option). */
const NOT_ON_TARGET: Partial<Record<Cloud, Partial<Record<EdgePiece, string>>>> = {
  kubernetes: { cdn: "the cluster's edge is not part of the baseline; put a CDN in front of the ingress (docs/cdn.md)" },
  compose: {
    budget: "a self-hosted server has a fixed bill; set a billing alert with its provider (docs/costs.md)",
    "cost tags": "one server, no cloud resources to tag (docs/costs.md)",
  },
};

/** What the edge and cost pieces generate for these options, or why each is skipped. */
export function edgePlan(options: BaselineOptions): EdgeStatus[] {
  if (serviceTargets(options).length === 0) return [];
  const cloud = options.cloud;
  const skip = (piece: EdgePiece): string | undefined => {
    const notHere = NOT_ON_TARGET[cloud]?.[piece];
    if (notHere) return notHere;
    const domain = options.deploy.domain;
    switch (piece) {
      case "expiry alert":
        return domain ? undefined : NO_DOMAIN;
      case "certificate":
        if (!domain) return NO_DOMAIN;
        if (cloud === "aws-ecs" && !options.edge.dnsZone) return "aws-ecs validates ACM certificates in Route 53; set --dns-zone (until then infra takes var.certificate_arn)";
        return undefined;
      case "cdn":
        if (!options.edge.cdn) return "edge.cdn is false";
        if (cloud === "compose" && !options.edge.tunnel && domain) return COMPOSE_DIRECT_CDN;
        return domain ? (cloud === "aws-ecs" && !options.edge.dnsZone ? "CloudFront needs the ACM certificate; set --dns-zone" : undefined) : NO_DOMAIN;
      case "rate limit":
        if (!options.edge.waf) return "edge.waf is false";
        return domain ? (cloud === "aws-ecs" && !options.edge.dnsZone ? "the CloudFront web ACL needs the ACM certificate; set --dns-zone (the load balancer's own rate rule stays)" : undefined) : NO_DOMAIN;
      case "budget":
        return options.budget.monthly === false ? "budget.monthly is false" : undefined;
      case "cost tags":
        return undefined;
    }
  };
  return EDGE_PIECES.map((piece) => {
    const reason = skip(piece);
    if (reason) return { piece, reason };
    const direct = cloud === "compose" && !options.edge.tunnel ? COMPOSE_DIRECT[piece] : undefined;
    return { piece, what: direct ?? WHAT[cloud][piece] };
  });
}

/** Whether a piece is generated. */
export const hasPiece = (options: BaselineOptions, piece: EdgePiece): boolean => edgePlan(options).some((s) => s.piece === piece && "what" in s);
