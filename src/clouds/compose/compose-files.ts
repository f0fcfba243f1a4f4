/**
 * Compose files the host runs, in order: compose.prod.yml (src/components/compose/) and the tunnel
 * override compose.tunnel.yml (src/components/deploy/tunnel.ts). Both are generated; there is no compose.yml.
 */
export const COMPOSE_FILES = ["compose.prod.yml", "compose.tunnel.yml"] as const;

/** `docker compose -f compose.prod.yml -f compose.tunnel.yml` */
export const composeCommand = (): string => `docker compose ${COMPOSE_FILES.map((f) => `-f ${f}`).join(" ")}`;
