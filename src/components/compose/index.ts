import { composeCommand } from "../../clouds/compose/compose-files.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { imageBuilds } from "../docker/image-builds.js";
import { buildDevCompose } from "./dev-compose.js";
import { envExample } from "./env-example.js";
import { composeLogFiles } from "../logs/compose-logs.js";
import { PROD_COMPOSE_EXTENSIONS } from "./extensions.js";
import { buildProdCompose, selfHostedEdge } from "./prod-compose.js";

export type { ComposeAddition, ComposeFile, ComposeService, ComposeHealthcheck } from "./compose-model.js";
export { buildDevCompose } from "./dev-compose.js";
export { buildProdCompose, mergeAddition, behindEdge, selfHostedEdge, EDGE_NETWORK, DATA_NETWORK, PROXY_SERVICE, PROXY_PORT } from "./prod-compose.js";
export { envVars, required, type EnvVar } from "./env-vars.js";
export { PROD_COMPOSE_EXTENSIONS, type ProdComposeExtension } from "./extensions.js";

const COMPONENT = "compose";

function prodHeader(options: BaselineOptions): string {
  switch (selfHostedEdge(options)) {
    case "tunnel":
      return `Single-host production behind the Cloudflare tunnel: ${composeCommand(options)} up -d. Needs .env. No port is published.`;
    case "caddy":
      return `Single-host production behind Caddy (automatic HTTPS): ${composeCommand(options)} up -d. Needs .env. Only Caddy publishes ports.`;
    default:
      return "Single-host production: docker compose -f compose.prod.yml up -d. Needs .env, deploy/nginx/certs/{fullchain,privkey}.pem.";
  }
}

/** docker-compose.yml (development), compose.prod.yml (single-host production, with Loki and Vector for its logs) and .env.example. */
export const compose: Component = {
  name: COMPONENT,
  description: "Compose files for development and single-host production, with healthchecks, pgbouncer, a TLS proxy, and Vector shipping logs to Loki.",
  render: (options) => {
    if (imageBuilds(options).length === 0) return [];
    const additions = PROD_COMPOSE_EXTENSIONS.map((extend) => extend(options)).filter((a) => a !== undefined);
    const files: FileModel[] = [
      {
        kind: "yaml",
        path: "docker-compose.yml",
        component: COMPONENT,
        headerComment: "Development stack: docker compose up --build. Secrets come from .env (see .env.example).",
        data: buildDevCompose(options),
      },
      {
        kind: "yaml",
        path: "compose.prod.yml",
        component: COMPONENT,
        headerComment: prodHeader(options),
        data: buildProdCompose(options, additions),
      },
      ...composeLogFiles(options, COMPONENT),
    ];
    const env = envExample(options);
    if (env) files.push(env);
    return files;
  },
};
