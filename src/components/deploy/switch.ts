import { serviceTargets, type ServiceTarget } from "../../clouds/index.js";
import { composeService } from "../../clouds/compose/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import { buildProdCompose, PROXY_SERVICE, type ComposeService } from "../compose/index.js";
import { pinnedImage } from "../docker/base-images.js";

/** Port the switch listens on for a service's traffic. */
export const switchPort = (svc: Pick<ServiceTarget, "key">): number => (svc.key === "api" ? 8081 : 8082);
export const SWITCH_CONF_PATH = "deploy/switch/nginx.conf";

/** The upstream file deploy_remote.sh writes for one service and colour (same format, tested against nginx -t). */
export function upstreamConf(svc: ServiceTarget, colour: "blue" | "green"): string {
  const host = colour === "blue" ? composeService(svc).service : `${composeService(svc).service}-green`;
  return `upstream ${svc.key}_live {\n    server ${host}:${svc.port};\n}\n`;
}

export function switchConfig(options: BaselineOptions): FileModel {
  const services = serviceTargets(options).map((s) => ({ key: s.key, switchPort: switchPort(s) }));
  return { kind: "text", path: SWITCH_CONF_PATH, component: "deploy", comment: "hash", text: renderTemplate("deploy/switch-nginx.conf.hbs", { name: options.name, services }) };
}

/**
 * Services the edge override (compose.tunnel.yml or compose.caddy.yml) adds for blue-green: the switch, and a green copy of each app service
 * of compose.prod.yml (same settings, its own image variable), so either colour can take traffic.
 */
export function blueGreenServices(options: BaselineOptions): Record<string, ComposeService> {
  const prod = buildProdCompose(options).services;
  const services: Record<string, ComposeService> = {};
  const targets = serviceTargets(options);
  for (const svc of targets) {
    const { service, imageVar } = composeService(svc);
    const blue = prod[service];
    if (!blue) throw new Error(`compose.prod.yml has no ${service} service`);
    services[`${service}-green`] = { ...blue, image: `\${${imageVar}_GREEN:-\${${imageVar}}}` };
  }
  services.switch = {
    image: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
    volumes: [`./${SWITCH_CONF_PATH}:/etc/nginx/nginx.conf:ro`, "./state/switch:/etc/nginx/live:ro"],
    depends_on: Object.fromEntries(targets.map((s) => [composeService(s).service, { condition: "service_healthy" as const }])),
    healthcheck: { test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/switch-health"], interval: "10s", timeout: "3s", retries: 3, start_period: "5s" },
    networks: ["edge"],
    restart: "unless-stopped",
    read_only: true,
    cap_drop: ["ALL"],
    security_opt: ["no-new-privileges:true"],
    tmpfs: ["/tmp"],
    deploy: { resources: { limits: { cpus: "0.25", memory: "64M" } } },
    logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3" } },
  };
  return services;
}

/** Blue-green only: the switch and green services, and the proxy waiting for the switch; else nothing. */
export function blueGreenOverrides(options: BaselineOptions): Record<string, ComposeService | Pick<ComposeService, "depends_on">> {
  if (options.deploy.strategy !== "blue-green") return {};
  return { ...blueGreenServices(options), [PROXY_SERVICE]: { depends_on: { switch: { condition: "service_healthy" } } } };
}
