import { composeCommand } from "../../clouds/compose/compose-files.js";
import type { BaselineOptions } from "../../options/index.js";
import type { Runbook } from "../runbooks/runbook-content.js";
import { edgeHosts } from "./hosts.js";
import { CERT_RUNBOOK, CERT_WARN_DAYS } from "./monitoring.js";

interface CertCommands {
  readonly where: string;
  readonly state: string;
  readonly renew: string;
}

/** Where each target's certificate comes from, and the commands that show and restart its renewal. */
function certCommands(options: BaselineOptions, host: string): CertCommands {
  switch (options.cloud) {
    case "aws-ecs":
      return {
        where: "ACM (infra/edge.tf), DNS-validated in Route 53; CloudFront and the load balancers serve it",
        state: `aws acm list-certificates --certificate-statuses ISSUED PENDING_VALIDATION --query "CertificateSummaryList[?DomainName=='${options.deploy.domain ?? host}']" && aws acm describe-certificate --certificate-arn "$CERT_ARN" --query 'Certificate.{status:Status,renewal:RenewalSummary,notAfter:NotAfter}'`,
        renew: "terraform -chdir=infra apply -target=aws_route53_record.certificate_validation  # restores the validation records ACM renews with",
      };
    case "gcp-cloud-run":
      return {
        where: "a Google-managed certificate on the global load balancer (infra/edge.tf)",
        state: `gcloud compute ssl-certificates describe ${options.name}-edge --global --format='yaml(managed.status,managed.domainStatus,expireTime)'`,
        renew: `dig +short ${host}  # must be the load balancer's address; Google renews only names that resolve to it`,
      };
    case "azure-container-apps":
      return {
        where: "Front Door managed certificates on the custom domains (infra/edge.tf)",
        state: `az afd custom-domain list --profile-name ${options.name}-edge --resource-group ${options.name}-shared --query "[].{host:hostName,state:domainValidationState,tls:tlsSettings}"`,
        renew: `az afd custom-domain regenerate-validation-token --profile-name ${options.name}-edge --resource-group ${options.name}-shared --custom-domain-name ${host.replace(/\./g, "-")}  # then update the _dnsauth TXT record`,
      };
    case "kubernetes":
      return {
        where: "cert-manager: ClusterIssuer letsencrypt (k8s/cluster) and Certificate in each namespace (k8s/base)",
        state: `kubectl -n ${options.name}-prod describe certificate ${options.name} && kubectl -n ${options.name}-prod get certificaterequests,orders,challenges`,
        renew: `cmctl renew -n ${options.name}-prod ${options.name}  # or: kubectl -n ${options.name}-prod delete secret ${options.name}-tls`,
      };
    case "compose":
      if (!options.edge.tunnel) {
        return {
          where: "Caddy's automatic HTTPS (compose.caddy.yml, deploy/caddy/Caddyfile), stored in the caddy_data volume",
          state: `cd /srv/${options.name} && ${composeCommand(options)} logs --since 72h caddy | grep -Ei 'certificate|acme|tls' | tail -n 50`,
          renew: `cd /srv/${options.name} && ${composeCommand(options)} restart caddy  # Caddy retries renewal at start; ports 80 and 443 must reach the server from the internet`,
        };
      }
      return {
        where: "Cloudflare's edge certificate (Universal SSL); the tunnel needs no origin certificate",
        state: `curl --silent --header "Authorization: Bearer $CLOUDFLARE_API_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CLOUDFLARE_ZONE_ID/ssl/certificate_packs?status=all"`,
        renew: "# Check the zone's SSL/TLS > Edge Certificates page: the DNS records must stay proxied (orange cloud) for Cloudflare to renew.",
      };
  }
}

/** docs/runbooks/certificate-expiring.md (with a domain): the served certificate is close to, or past, its end. */
export function certificateRunbook(options: BaselineOptions, escalate: string[]): Runbook {
  const host = edgeHosts(options).find((h) => h.environment === "production")!.host;
  const cmd = certCommands(options, host);
  return {
    slug: CERT_RUNBOOK,
    title: "Certificate expiring or expired",
    purpose: `The certificate served at ${host} ends within ${CERT_WARN_DAYS} days, or has ended and browsers refuse the site. It comes from ${cmd.where} and should have renewed itself 30 days before the end.`,
    alerts: ["CertificateExpiringSoon", "CertificateExpired", ...(options.cloud === "kubernetes" ? ["CertManagerCertificateNotReady"] : []), "certificates (uptime.yml)"],
    alertSource: "monitoring/edge-alerts.yml, uptime.yml",
    severity: "warning while it is valid, critical once expired",
    confirm: [`\`echo | openssl s_client -connect ${host}:443 -servername ${host} 2>/dev/null | openssl x509 -noout -enddate -issuer\` shows the end date and issuer.`],
    diagnose: [
      { label: "Renewal state", command: cmd.state },
      { label: "What resolves for the name (renewal needs it to reach the edge)", command: `dig +short ${host}` },
    ],
    mitigate: [
      { label: "Restart the renewal", command: cmd.renew },
      { label: "Expired and renewal still blocked: serve a certificate issued by hand (certbot certonly --manual --preferred-challenges dns) at the edge, then fix renewal." },
    ],
    escalate,
    verify: ["The end date from the confirm step is more than 30 days away.", "CertificateExpiringSoon resolves; the next uptime.yml run passes its certificates job."],
    related: ["incident-response"],
  };
}
