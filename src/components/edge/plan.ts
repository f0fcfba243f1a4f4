import { hasDatabase, serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { staticPaths } from "./static-paths.js";

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
    cdn: "static-cache nginx Deployment the Ingress sends the static paths to: proxy_cache in front of the app, X-Cache-Status on each response (k8s/base)",
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
  cdn: "proxy_cache in the nginx proxy behind Caddy for the static paths, on the proxy-cache volume, X-Cache-Status on each response (deploy/nginx/nginx.conf)",
  "rate limit": "per-client limits in the nginx proxy behind Caddy (deploy/nginx/nginx.conf); no Cloudflare rule without the tunnel",
};

/** The cloud a self-hosted server's backups are billed in: its budget and tags are that cloud target's own (infra/backup-costs.tf). */
const BACKUP_CLOUD = { s3: "aws-ecs", gcs: "gcp-cloud-run", "azure-blob": "azure-container-apps" } as const;
export type BackupCloud = (typeof BACKUP_CLOUD)[keyof typeof BACKUP_CLOUD];

/** compose: the cloud whose object store holds the database dumps, the one variable cost of a self-hosted server. */
export function backupCloud(options: BaselineOptions): BackupCloud | undefined {
  if (options.cloud !== "compose" || !hasDatabase(options)) return undefined;
  const target = options.backup.target;
  return target in BACKUP_CLOUD ? BACKUP_CLOUD[target as keyof typeof BACKUP_CLOUD] : undefined;
}

/** What compose generates for the backup bucket's cloud, by backup.target. */
const COMPOSE_BACKUP: Readonly<Record<BackupCloud, Readonly<Record<"budget" | "cost tags", string>>>> = {
  "aws-ecs": {
    budget: "aws_budgets_budget on what carries the project tag (the backup bucket), actual and forecast alerts at 80 % and 100 % (infra/backup-costs.tf)",
    "cost tags": "provider default_tags on the adopted backup bucket, activated as cost-allocation tags (infra/backup-costs.tf)",
  },
  "gcp-cloud-run": {
    budget: "google_billing_budget on what carries the project label (the backup bucket), actual and forecast thresholds at 80 % and 100 % (infra/backup-costs.tf)",
    "cost tags": "provider default_labels on the adopted backup bucket (infra/backup-costs.tf)",
  },
  "azure-container-apps": {
    budget: "azurerm_consumption_budget_resource_group on the backup storage account's resource group, filtered on the project tag, actual and forecast notifications at 80 % and 100 % (infra/backup-costs.tf)",
    "cost tags": "tags on the adopted backup storage account (infra/backup-costs.tf)",
  },
};

/** Why compose has no budget or cost tags without cloud backup storage. */
function composeCostSkip(options: BaselineOptions): string {
  const where = !hasDatabase(options) ? "no database, so no backup storage" : `backup.target is ${options.backup.target}`;
  return `a self-hosted server has a fixed bill and ${where}: set a billing alert with the server's provider, or back up to s3, gcs or azure-blob (--backup) for a budget and tags on that storage (docs/costs.md)`;
}

/** Kubernetes and compose behind Caddy: the edge cache is an nginx in front of the app, for the static paths only. */
const nginxCached = (options: BaselineOptions): boolean => options.cloud === "kubernetes" || (options.cloud === "compose" && !options.edge.tunnel);
const NO_STATIC_PATHS = "the stack serves no static paths to cache (Next.js /_next/static/, Vite /assets/, Django /static/) (docs/cdn.md)";

/** Why a piece a target cannot express is skipped there (not a missing option). */
const NOT_ON_TARGET: Partial<Record<Cloud, Partial<Record<EdgePiece, (options: BaselineOptions) => string | undefined>>>> = {
  compose: {
    budget: (o) => (backupCloud(o) ? undefined : composeCostSkip(o)),
    "cost tags": (o) => (backupCloud(o) ? undefined : composeCostSkip(o)),
  },
};

/** What the edge and cost pieces generate for these options, or why each is skipped. */
export function edgePlan(options: BaselineOptions): EdgeStatus[] {
  if (serviceTargets(options).length === 0) return [];
  const cloud = options.cloud;
  const skip = (piece: EdgePiece): string | undefined => {
    const notHere = NOT_ON_TARGET[cloud]?.[piece]?.(options);
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
        // The nginx cache (static-cache.ts) holds only the static paths; CloudFront, Cloud CDN, Front Door and Cloudflare also front the rest.
        if (domain && nginxCached(options) && staticPaths(options).length === 0) return NO_STATIC_PATHS;
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
    const backup = backupCloud(options);
    const billed = backup && (piece === "budget" || piece === "cost tags") ? COMPOSE_BACKUP[backup][piece] : undefined;
    return { piece, what: direct ?? billed ?? WHAT[cloud][piece] };
  });
}

/** Whether a piece is generated. */
export const hasPiece = (options: BaselineOptions, piece: EdgePiece): boolean => edgePlan(options).some((s) => s.piece === piece && "what" in s);
