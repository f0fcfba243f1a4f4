import { composeCommand } from "../../clouds/compose/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { pinnedImage } from "../docker/base-images.js";
import { EDGE_NETWORK, PROXY_PORT, PROXY_SERVICE } from "../compose/index.js";
import { edgeHosts } from "../edge/hosts.js";
import { blueGreenOverrides } from "./switch.js";

export const CADDY_IMAGE = pinnedImage("caddy:2.11.4-alpine");
export const CADDYFILE_PATH = "deploy/caddy/Caddyfile";
/** Caddy's admin API, loopback only; the healthcheck asks it. */
export const CADDY_ADMIN = "localhost:2019";

/** The production names, as the tunnel serves them: <domain>, and api.<domain> when there is both. */
const productionHosts = (options: BaselineOptions): string[] => edgeHosts(options).filter((h) => h.environment === "production").map((h) => h.host);

/**
 * `compose.caddy.yml` (`edge.tunnel: false`): Caddy publishes 80/443 and forwards to compose.prod.yml's
 * proxy on the edge network. Certificates and the ACME account live in named volumes, so a restart
 * or a new image does not ask Let's Encrypt again (and does not run into its rate limits).
 */
export function caddyCompose(options: BaselineOptions): FileModel {
  return {
    kind: "yaml",
    path: "compose.caddy.yml",
    component: "deploy",
    headerComment: `Caddy with automatic HTTPS for the self-hosted target: ${composeCommand(options)} up -d`,
    data: {
      services: {
        caddy: {
          image: CADDY_IMAGE,
          // 443/udp: HTTP/3, which Caddy serves by default.
          ports: ["80:80", "443:443", "443:443/udp"],
          volumes: [`./${CADDYFILE_PATH}:/etc/caddy/Caddyfile:ro`, "caddy_data:/data", "caddy_config:/config"],
          depends_on: { [PROXY_SERVICE]: { condition: "service_healthy" } },
          healthcheck: {
            test: ["CMD", "curl", "--fail", "--silent", "--output", "/dev/null", `http://${CADDY_ADMIN}/config/`],
            interval: "30s",
            timeout: "5s",
            retries: 3,
            start_period: "20s",
          },
          networks: [EDGE_NETWORK],
          restart: "unless-stopped",
          read_only: true,
          tmpfs: ["/tmp"],
          // The image's caddy binary carries cap_net_bind_service as a file capability, so exec fails
          // without it in the bounding set; it runs as the image's root with nothing else.
          cap_drop: ["ALL"],
          cap_add: ["NET_BIND_SERVICE"],
          security_opt: ["no-new-privileges:true"],
          deploy: { resources: { limits: { cpus: "0.50", memory: "256M" } } },
          logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } },
        },
        ...blueGreenOverrides(options),
      },
      volumes: { caddy_data: {}, caddy_config: {} },
    },
  };
}

/** `deploy/caddy/Caddyfile`: the production names, the ACME account address, the proxy upstream. */
export function caddyfile(options: BaselineOptions): FileModel {
  return {
    kind: "text",
    path: CADDYFILE_PATH,
    component: "deploy",
    comment: "hash",
    text: renderTemplate("deploy/Caddyfile.hbs", {
      hosts: productionHosts(options),
      acmeEmail: options.edge.acmeEmail ?? options.notifications.email,
      admin: CADDY_ADMIN,
      upstream: `${PROXY_SERVICE}:${PROXY_PORT}`,
    }),
  };
}
