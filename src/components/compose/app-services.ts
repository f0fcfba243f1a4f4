import type { BaselineOptions } from "../../options/index.js";
import { healthcheckArgv } from "../docker/health-probe.js";
import { imageBuilds, type ImageBuild } from "../docker/image-builds.js";
import type { ComposeService } from "./compose-model.js";
import { DB_SERVICE, healthcheck, MINIO_SERVICE, REDIS_SERVICE, usesPostgres } from "./data-services.js";
import { appComposeEnvironment } from "../app-config/compose-env.js";
import { required } from "./env-vars.js";

/** Environment the backend reads, pointing at the given database host (db in dev, pgbouncer in prod). */
export function backendEnvironment(options: BaselineOptions, databaseHost: string): Record<string, string> {
  const env: Record<string, string> = {};
  if (usesPostgres(options)) {
    env.DATABASE_URL = `postgresql://${required("POSTGRES_USER")}:${required("POSTGRES_PASSWORD")}@${databaseHost}:5432/${required("POSTGRES_DB")}`;
  }
  if (options.cache === "redis") env.REDIS_URL = `redis://:${required("REDIS_PASSWORD")}@${REDIS_SERVICE}:6379/0`;
  if (options.objectStorage === "minio") {
    env.S3_ENDPOINT_URL = `http://${MINIO_SERVICE}:9000`;
    env.AWS_ACCESS_KEY_ID = required("MINIO_ROOT_USER");
    env.AWS_SECRET_ACCESS_KEY = required("MINIO_ROOT_PASSWORD");
  }
  if (options.objectStorage !== "none") env.S3_BUCKET = required("S3_BUCKET");
  if (options.backend.kind === "django") {
    env.DJANGO_SECRET_KEY = required("DJANGO_SECRET_KEY");
    env.DJANGO_ALLOWED_HOSTS = required("DJANGO_ALLOWED_HOSTS");
  }
  return env;
}

/** The baseline's own wiring, then every variable the app reads that it does not already set (from `.env`). */
export function withAppVariables(options: BaselineOptions, service: "backend" | "frontend", wired: Record<string, string>): Record<string, string> {
  return { ...wired, ...appComposeEnvironment(options, service, new Set(Object.keys(wired))) };
}

/** Services the backend waits for, healthy. */
export function backendDependencies(options: BaselineOptions, databaseService: string): Record<string, { condition: "service_healthy" }> {
  const deps: Record<string, { condition: "service_healthy" }> = {};
  if (usesPostgres(options)) deps[databaseService] = { condition: "service_healthy" };
  if (options.cache === "redis") deps[REDIS_SERVICE] = { condition: "service_healthy" };
  if (options.objectStorage === "minio") deps[MINIO_SERVICE] = { condition: "service_healthy" };
  return deps;
}

/** The same probe as the image's HEALTHCHECK, stated in compose so depends_on can rely on it. */
export function appHealthcheck(options: BaselineOptions, build: ImageBuild): ReturnType<typeof healthcheck> {
  const runtime = build.strategy.probeRuntime(options);
  const argv = healthcheckArgv(runtime, build.port, build.probe);
  return runtime === "busybox" ? healthcheck(["CMD", ...argv]) : healthcheck(["CMD", ...argv], runtime === "python" ? "30s" : "20s");
}

export function frontendEnvironment(options: BaselineOptions, backend: ImageBuild | undefined): Record<string, string> {
  // Next.js server components call the API over the compose network, not through the browser.
  return options.frontend.kind === "nextjs" && backend ? { API_URL: `http://backend:${backend.port}` } : {};
}

export function buildsByRole(options: BaselineOptions): { backend?: ImageBuild; frontend?: ImageBuild } {
  const builds = imageBuilds(options);
  return { backend: builds.find((b) => b.role === "backend"), frontend: builds.find((b) => b.role === "frontend") };
}

export { DB_SERVICE };
