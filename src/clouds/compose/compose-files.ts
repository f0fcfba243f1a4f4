import type { BaselineOptions } from "../../options/index.js";

/**
 * Compose files the host runs, in order: compose.prod.yml (src/components/compose/) and the edge in
 * front of it, the tunnel override compose.tunnel.yml (src/components/deploy/tunnel.ts) or, with
 * `edge.tunnel: false`, compose.caddy.yml (src/components/deploy/caddy.ts). All are generated; there is no compose.yml.
 */
export const composeFiles = (options: BaselineOptions): readonly string[] => [
  "compose.prod.yml",
  options.edge.tunnel ? "compose.tunnel.yml" : "compose.caddy.yml",
];

/** `docker compose -f compose.prod.yml -f compose.tunnel.yml` */
export const composeCommand = (options: BaselineOptions): string => `docker compose ${composeFiles(options).map((f) => `-f ${f}`).join(" ")}`;

/** Folders the deploy copies to the server next to the compose files (configs they mount, scripts). */
export const composeDirs = (options: BaselineOptions): readonly string[] => [...(options.edge.tunnel ? ["cloudflared"] : []), "deploy", "scripts"];
