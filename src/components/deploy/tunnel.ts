import { serviceTargets } from "../../clouds/index.js";
import { composeService } from "../../clouds/compose/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { pinnedImage } from "../docker/base-images.js";
import { blueGreenServices, switchPort } from "./switch.js";

/** cloudflared release with the `tunnel ready` health command (2024.12+), by tag and digest (src/data/base-images.json). */
export const CLOUDFLARED_IMAGE = pinnedImage("cloudflare/cloudflared:2026.3.0");

/**
 * `compose.tunnel.yml`: the only way in to the self-hosted target is an outbound Cloudflare tunnel.
 * No service publishes a port; the token comes from `.env` (CLOUDFLARE_TUNNEL_TOKEN).
 */
export function tunnelCompose(options: BaselineOptions): FileModel {
  const blueGreen = options.deploy.strategy === "blue-green";
  // Blue-green: cloudflared talks to the switch, which forwards to the live colour.
  const targets = blueGreen ? ["switch"] : serviceTargets(options).map((s) => composeService(s).service);
  return {
    kind: "yaml",
    path: "compose.tunnel.yml",
    component: "deploy",
    headerComment: "Cloudflare tunnel for the self-hosted target: docker compose -f compose.prod.yml -f compose.tunnel.yml up -d",
    data: {
      services: {
        cloudflared: {
          image: CLOUDFLARED_IMAGE,
          command: ["tunnel", "--no-autoupdate", "--config", "/etc/cloudflared/config.yml", "--metrics", "127.0.0.1:2000", "run"],
          environment: { TUNNEL_TOKEN: "${CLOUDFLARE_TUNNEL_TOKEN:?set CLOUDFLARE_TUNNEL_TOKEN in .env}" },
          volumes: ["./cloudflared/config.yml:/etc/cloudflared/config.yml:ro"],
          depends_on: Object.fromEntries(targets.map((t) => [t, { condition: "service_healthy" }])),
          healthcheck: {
            test: ["CMD", "cloudflared", "tunnel", "--metrics", "127.0.0.1:2000", "ready"],
            interval: "30s",
            timeout: "5s",
            retries: 3,
            start_period: "20s",
          },
          // compose.prod.yml's public-side network, where the apps listen.
          networks: ["edge"],
          restart: "unless-stopped",
          read_only: true,
          cap_drop: ["ALL"],
          security_opt: ["no-new-privileges:true"],
          deploy: { resources: { limits: { cpus: "0.50", memory: "128M" } } },
          logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } },
        },
        ...(blueGreen ? blueGreenServices(options) : {}),
      },
    },
  };
}

/** `cloudflared/config.yml`: ingress rules for the frontend and the API, everything else 404. */
export function tunnelConfig(options: BaselineOptions): FileModel {
  const targets = serviceTargets(options);
  const origin = (key: "api" | "web") => {
    const t = targets.find((s) => s.key === key);
    if (!t) return undefined;
    return options.deploy.strategy === "blue-green" ? `http://switch:${switchPort(t)}` : `http://${composeService(t).service}:${t.port}`;
  };
  const api = origin("api");
  const web = origin("web");
  const ingress: Record<string, string>[] = [];
  const domain = options.deploy.domain;
  if (domain) {
    if (api) ingress.push({ hostname: web ? `api.${domain}` : domain, service: api });
    if (web) ingress.push({ hostname: domain, service: web });
  } else {
    // No domain chosen: route by path on whatever hostname the tunnel's DNS route gives it.
    if (api && web) ingress.push({ path: `^/(api/|${options.deploy.healthPath.slice(1)}$)`, service: api }, { service: web });
    else if (api ?? web) ingress.push({ service: (api ?? web)! });
  }
  if (domain || ingress.length === 0) ingress.push({ service: "http_status:404" });
  return {
    kind: "yaml",
    path: "cloudflared/config.yml",
    component: "deploy",
    headerComment: "Ingress of the Cloudflare tunnel (compose.tunnel.yml). The tunnel token comes from CLOUDFLARE_TUNNEL_TOKEN.",
    data: { "no-autoupdate": true, ingress },
  };
}
