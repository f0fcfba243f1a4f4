import { serviceTargets } from "../../clouds/index.js";
import { composeCommand } from "../../clouds/compose/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { pinnedImage } from "../docker/base-images.js";
import { EDGE_NETWORK, PROXY_PORT, PROXY_SERVICE } from "../compose/index.js";
import { blueGreenOverrides } from "./switch.js";

/** cloudflared release with the `tunnel ready` health command (2024.12+), by tag and digest (src/data/base-images.json). */
export const CLOUDFLARED_IMAGE = pinnedImage("cloudflare/cloudflared:2026.3.0");

/**
 * `compose.tunnel.yml`: the only way in to the self-hosted target is an outbound Cloudflare tunnel.
 * cloudflared reaches compose.prod.yml's proxy on the internal edge network; no service publishes a
 * port. The token comes from `.env` (CLOUDFLARE_TUNNEL_TOKEN).
 */
export function tunnelCompose(options: BaselineOptions): FileModel {
  return {
    kind: "yaml",
    path: "compose.tunnel.yml",
    component: "deploy",
    headerComment: `Cloudflare tunnel for the self-hosted target: ${composeCommand(options)} up -d`,
    data: {
      services: {
        cloudflared: {
          image: CLOUDFLARED_IMAGE,
          command: ["tunnel", "--no-autoupdate", "--config", "/etc/cloudflared/config.yml", "--metrics", "127.0.0.1:2000", "run"],
          environment: { TUNNEL_TOKEN: "${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}" },
          volumes: ["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],
          depends_on: { [PROXY_SERVICE]: { condition: "service_healthy" } },
          healthcheck: {
            test: ["CMD", "cloudflared", "tunnel", "--metrics", "127.0.0.1:2000", "ready"],
            interval: "30s",
            timeout: "5s",
            retries: 3,
            start_period: "20s",
          },
          // compose.prod.yml's public-side network, where the proxy listens.
          networks: [EDGE_NETWORK],
          restart: "unless-stopped",
          read_only: true,
          cap_drop: ["ALL"],
          security_opt: ["no-new-privileges:true"],
          deploy: { resources: { limits: { cpus: "0.50", memory: "128M" } } },
          logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } },
        },
        // Blue-green: the proxy forwards to the switch, which forwards to the live colour.
        ...blueGreenOverrides(options),
      },
    },
  };
}

/**
 * `cloudflared/config.yml`: every public hostname goes to the proxy, which routes by path (and sends
 * api.<domain> to the backend); anything else is 404.
 */
export function tunnelConfig(options: BaselineOptions): FileModel {
  const origin = `http://${PROXY_SERVICE}:${PROXY_PORT}`;
  const domain = options.deploy.domain;
  const both = serviceTargets(options).length === 2;
  // No domain chosen: whatever hostname the tunnel's DNS route gives it.
  const ingress: Record<string, string>[] = domain
    ? [...(both ? [{ hostname: `api.${domain}`, service: origin }] : []), { hostname: domain, service: origin }, { service: "http_status:404" }]
    : [{ service: origin }];
  return {
    kind: "yaml",
    path: "cloudflared/config.yml",
    component: "deploy",
    headerComment: "Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",
    data: { "no-autoupdate": true, ingress },
  };
}
