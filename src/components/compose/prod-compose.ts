import type { BaselineOptions } from "../../options/index.js";
import { pinnedImage } from "../docker/base-images.js";
import { layoutContext } from "../docker/docker-strategy.js";
import { appHealthcheck, backendDependencies, backendEnvironment, buildsByRole, frontendEnvironment, withAppVariables } from "./app-services.js";
import { nonEmpty } from "./non-empty.js";
import type { ComposeAddition, ComposeFile, ComposeResources, ComposeService } from "./compose-model.js";
import {
  DB_SERVICE,
  healthcheck,
  MINIO_SERVICE,
  minioService,
  PGBOUNCER_SERVICE,
  pgbouncerService,
  postgresService,
  REDIS_SERVICE,
  redisService,
  usesPostgres,
} from "./data-services.js";
import { required } from "./env-vars.js";
import { STATIC_CACHE_ROOT, staticCacheHost } from "../edge/static-cache.js";

/** Public side: the proxy and the apps. */
export const EDGE_NETWORK = "edge";
/** Data side, internal (no route out): apps, pgbouncer, database, cache, object storage. */
export const DATA_NETWORK = "data";
export const PROXY_SERVICE = "proxy";
/** The proxy's cache of the static paths; a new named volume starts with the image's folder, owned by nginx's uid 101. */
export const PROXY_CACHE_VOLUME = "proxy-cache";
/** Port the proxy listens on inside the container (plain HTTP; 8443 is its TLS port when it publishes). */
export const PROXY_PORT = 8080;
/** Port the proxy answers its own health probe on, inside the container. */
export const PROXY_HEALTH = `http://127.0.0.1:${PROXY_PORT}/nginx-health`;

/**
 * What terminates TLS in front of the self-hosted target (`cloud: compose`): the Cloudflare tunnel
 * (compose.tunnel.yml, the default) or Caddy on 80/443 (compose.caddy.yml, `edge.tunnel: false`).
 * Elsewhere compose.prod.yml is a standalone host with its own certificates.
 */
export const selfHostedEdge = (options: BaselineOptions): "tunnel" | "caddy" | undefined =>
  options.cloud !== "compose" ? undefined : options.edge.tunnel ? "tunnel" : "caddy";

/** Behind either edge the proxy publishes no port and serves plain HTTP on the internal network. */
export const behindEdge = (options: BaselineOptions): boolean => selfHostedEdge(options) !== undefined;

export const limits = (cpus: string, memory: string): { resources: ComposeResources } => ({
  resources: { limits: { cpus, memory }, reservations: { memory } },
});

// Fresh objects each call: a shared object would be written as a YAML anchor and alias.

/**
 * What every long-running production service gets: restart, bounded logs. The compose labels go into
 * each json-file line, so Vector (deploy/logs/vector.yml) can name the service without the Docker socket.
 */
export const runtime = (): Partial<ComposeService> => ({
  restart: "unless-stopped",
  logging: { driver: "json-file", options: { "max-size": "10m", "max-file": "3", labels: "com.docker.compose.project,com.docker.compose.service" } },
});

/** No capabilities and no privilege escalation. */
const unprivileged = (): Partial<ComposeService> => ({ cap_drop: ["ALL"], security_opt: ["no-new-privileges:true"] });

/** Application containers: read-only root filesystem on top of that. */
export const lockedDown = (): Partial<ComposeService> => ({ read_only: true, ...unprivileged() });

/**
 * compose.prod.yml as data. Other components extend it through `additions` (e.g. the self-hosted
 * target's tunnel service) instead of editing the rendered YAML.
 */
export function buildProdCompose(options: BaselineOptions, additions: readonly ComposeAddition[] = []): ComposeFile {
  const services: Record<string, ComposeService> = {};
  const volumes: Record<string, Record<string, never>> = {};
  const { backend, frontend } = buildsByRole(options);
  const postgres = usesPostgres(options);
  const upstreams: Record<string, { condition: "service_healthy" }> = {};
  if (backend) {
    services.backend = {
      image: required("BACKEND_IMAGE"),
      ...nonEmpty("environment", withAppVariables(options, "backend", backendEnvironment(options, postgres ? PGBOUNCER_SERVICE : DB_SERVICE))),
      ...nonEmpty("depends_on", backendDependencies(options, PGBOUNCER_SERVICE)),
      healthcheck: appHealthcheck(options, backend),
      networks: [EDGE_NETWORK, DATA_NETWORK],
      ...runtime(),
      ...lockedDown(),
      tmpfs: ["/tmp"],
      deploy: limits("1.0", "512M"),
    };
    upstreams.backend = { condition: "service_healthy" };
  }
  if (frontend) {
    services.frontend = {
      image: required("FRONTEND_IMAGE"),
      ...nonEmpty("environment", withAppVariables(options, "frontend", frontendEnvironment(options, backend))),
      ...(backend ? { depends_on: { backend: { condition: "service_healthy" as const } } } : {}),
      healthcheck: appHealthcheck(options, frontend),
      networks: [EDGE_NETWORK],
      ...runtime(),
      ...lockedDown(),
      // Next.js writes its image and ISR caches under .next/cache.
      tmpfs: options.frontend.kind === "nextjs" ? ["/tmp", `/app/${layoutContext(frontend).inService(".next/cache")}`] : ["/tmp"],
      deploy: limits("0.5", "256M"),
    };
    upstreams.frontend = { condition: "service_healthy" };
  }
  // Behind Caddy the proxy is the edge cache (edge/static-cache.ts): a volume, as the root filesystem is read-only.
  const cache = staticCacheHost(options) === "compose-proxy";
  if (cache) volumes[PROXY_CACHE_VOLUME] = {};
  services[PROXY_SERVICE] = {
    image: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
    ...(behindEdge(options)
      ? { volumes: ["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro", ...(cache ? [`${PROXY_CACHE_VOLUME}:${STATIC_CACHE_ROOT}`] : [])] }
      : { ports: ["80:8080", "443:8443"], volumes: ["./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro", "./deploy/nginx/certs:/etc/nginx/certs:ro"] }),
    depends_on: upstreams,
    healthcheck: healthcheck(["CMD", "wget", "-q", "--spider", PROXY_HEALTH]),
    networks: [EDGE_NETWORK],
    ...runtime(),
    ...lockedDown(),
    tmpfs: ["/tmp"],
    deploy: limits("0.5", "128M"),
  };
  if (postgres) {
    services[DB_SERVICE] = { ...postgresService(options), networks: [DATA_NETWORK], ...runtime(), deploy: limits("1.0", "1G") };
    services[PGBOUNCER_SERVICE] = { ...pgbouncerService(), networks: [DATA_NETWORK], ...runtime(), ...unprivileged(), deploy: limits("0.25", "64M") };
    volumes["db-data"] = {};
  }
  if (options.cache === "redis") {
    services[REDIS_SERVICE] = { ...redisService(), networks: [DATA_NETWORK], ...runtime(), deploy: limits("0.5", "256M") };
    volumes["redis-data"] = {};
  }
  if (options.objectStorage === "minio") {
    services[MINIO_SERVICE] = { ...minioService(), networks: [DATA_NETWORK], ...runtime(), deploy: limits("0.5", "512M") };
    volumes["minio-data"] = {};
  }
  let file: ComposeFile = {
    name: options.name,
    services,
    ...(Object.keys(volumes).length > 0 ? { volumes } : {}),
    networks: { [EDGE_NETWORK]: {}, [DATA_NETWORK]: { internal: true } },
  };
  for (const addition of additions) file = mergeAddition(file, addition);
  return file;
}

/** Adds services, volumes and networks; a name already present is a programming error, not a merge. */
export function mergeAddition(file: ComposeFile, addition: ComposeAddition): ComposeFile {
  const merge = <T>(base: Readonly<Record<string, T>> | undefined, extra: Readonly<Record<string, T>> | undefined, what: string) => {
    for (const key of Object.keys(extra ?? {})) {
      if (base && key in base) throw new Error(`compose: ${what} "${key}" is already defined`);
    }
    return { ...base, ...extra };
  };
  const volumes = merge(file.volumes, addition.volumes, "volume");
  return {
    ...file,
    services: merge(file.services, addition.services, "service"),
    ...(Object.keys(volumes).length > 0 ? { volumes } : {}),
    networks: merge(file.networks, addition.networks, "network"),
  };
}
