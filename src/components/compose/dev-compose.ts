import type { BaselineOptions } from "../../options/index.js";
import { appHealthcheck, backendDependencies, backendEnvironment, buildsByRole, frontendEnvironment, withAppVariables } from "./app-services.js";
import { nonEmpty } from "./non-empty.js";
import type { ComposeFile, ComposeService } from "./compose-model.js";
import { DB_SERVICE, MINIO_SERVICE, minioService, postgresService, REDIS_SERVICE, redisService, usesPostgres } from "./data-services.js";

const NETWORK = "app";
const buildContext = (dir: string): string => (dir === "." ? "." : `./${dir}`);
// Ports are published on loopback only: a laptop on a shared network does not expose its database.
const local = (host: number, container: number): string => `127.0.0.1:${host}:${container}`;

/** docker-compose.yml: the whole stack on one machine, built from the repository's Dockerfiles. */
export function buildDevCompose(options: BaselineOptions): ComposeFile {
  const services: Record<string, ComposeService> = {};
  const volumes: Record<string, Record<string, never>> = {};
  const { backend, frontend } = buildsByRole(options);
  if (backend) {
    services.backend = {
      build: { context: buildContext(backend.context), dockerfile: backend.dockerfile },
      ...nonEmpty("environment", withAppVariables(options, "backend", backendEnvironment(options, DB_SERVICE))),
      ports: [local(backend.port, backend.port)],
      ...nonEmpty("depends_on", backendDependencies(options, DB_SERVICE)),
      healthcheck: appHealthcheck(options, backend),
      networks: [NETWORK],
    };
  }
  if (frontend) {
    // Two services on one host port would collide; the frontend moves up by one.
    const hostPort = backend && backend.port === frontend.port ? frontend.port + 1 : frontend.port;
    services.frontend = {
      build: { context: buildContext(frontend.context), dockerfile: frontend.dockerfile },
      ...nonEmpty("environment", withAppVariables(options, "frontend", frontendEnvironment(options, backend))),
      ports: [local(hostPort, frontend.port)],
      ...(backend ? { depends_on: { backend: { condition: "service_healthy" as const } } } : {}),
      healthcheck: appHealthcheck(options, frontend),
      networks: [NETWORK],
    };
  }
  if (usesPostgres(options)) {
    services[DB_SERVICE] = { ...postgresService(options), ports: [local(5432, 5432)], networks: [NETWORK] };
    volumes["db-data"] = {};
  }
  if (options.cache === "redis") {
    services[REDIS_SERVICE] = { ...redisService(), ports: [local(6379, 6379)], networks: [NETWORK] };
    volumes["redis-data"] = {};
  }
  if (options.objectStorage === "minio") {
    services[MINIO_SERVICE] = { ...minioService(), ports: [local(9000, 9000), local(9001, 9001)], networks: [NETWORK] };
    volumes["minio-data"] = {};
  }
  return {
    name: options.name,
    services,
    ...(Object.keys(volumes).length > 0 ? { volumes } : {}),
    networks: { [NETWORK]: {} },
  };
}
