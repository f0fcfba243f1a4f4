import type { BaselineOptions } from "../../options/index.js";
import { edgeHosts } from "./hosts.js";
import { hasPiece } from "./plan.js";

/** Let's Encrypt's production directory: trusted certificates, 90 days, renewed by cert-manager at 2/3 of their life. */
const LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory";
const CLUSTER_ISSUER = "letsencrypt";

/** Labels OpenCost and Kubecost group spend by: the project and the user's costTags (overlays add environment). */
export const costLabels = (options: BaselineOptions): Record<string, string> => ({ project: options.name, ...options.costTags });

/** The Secret the Ingress serves, which the Certificate keeps current. */
const tlsSecretName = (options: BaselineOptions): string => `${options.name}-tls`;

/**
 * The cluster-wide ACME issuer. HTTP-01 answers through the nginx ingress; DNS-01 writes TXT records
 * with a Cloudflare API token (Secret `cloudflare-api-token`; docs/tls.md shows other DNS providers).
 */
export function clusterIssuer(options: BaselineOptions) {
  const email = options.edge.acmeEmail ?? options.notifications.email;
  const solver =
    options.edge.challenge === "dns-01"
      ? { dns01: { cloudflare: { apiTokenSecretRef: { name: "cloudflare-api-token", key: "api-token" } } }, selector: { dnsZones: [options.edge.dnsZone!] } }
      : { http01: { ingress: { class: "nginx" } } };
  return {
    apiVersion: "cert-manager.io/v1",
    kind: "ClusterIssuer",
    metadata: { name: CLUSTER_ISSUER, labels: { "app.kubernetes.io/part-of": options.name, ...costLabels(options) } },
    spec: {
      acme: {
        server: LETS_ENCRYPT,
        ...(email ? { email } : {}),
        privateKeySecretRef: { name: `${CLUSTER_ISSUER}-account-key` },
        solvers: [solver],
      },
    },
  };
}

/** The Ingress's certificate: the production names, renewed 30 days before expiry. */
export function certificate(options: BaselineOptions, labels: Record<string, string>) {
  return {
    apiVersion: "cert-manager.io/v1",
    kind: "Certificate",
    metadata: { name: options.name, labels },
    spec: {
      secretName: tlsSecretName(options),
      issuerRef: { kind: "ClusterIssuer", name: CLUSTER_ISSUER },
      dnsNames: edgeHosts(options).filter((h) => h.environment === "production").map((h) => h.host),
      duration: "2160h",
      renewBefore: "720h",
      privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
    },
  };
}

/** Whether the cluster gets cert-manager objects. */
export const managesCertificates = (options: BaselineOptions): boolean => options.cloud === "kubernetes" && hasPiece(options, "certificate");
