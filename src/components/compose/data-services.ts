import type { BaselineOptions } from "../../options/index.js";
import { databaseImage, pinnedImage } from "../docker/base-images.js";
import { postgresCommand } from "../database-guidance/settings.js";
import type { ComposeHealthcheck, ComposeService } from "./compose-model.js";
import { required } from "./env-vars.js";

export const DB_SERVICE = "db";
export const REDIS_SERVICE = "redis";
export const MINIO_SERVICE = "minio";
export const PGBOUNCER_SERVICE = "pgbouncer";

export function healthcheck(test: readonly string[], startPeriod = "10s"): ComposeHealthcheck {
  return { test, interval: "10s", timeout: "5s", retries: 5, start_period: startPeriod };
}

export const usesPostgres = (o: BaselineOptions): boolean => o.database === "postgres" || o.database === "postgis";

/** PostgreSQL or PostGIS with the baseline's timeouts and slow-query logging as server flags. */
export function postgresService(options: BaselineOptions): ComposeService {
  return {
    image: databaseImage(options),
    command: postgresCommand(),
    environment: {
      POSTGRES_USER: required("POSTGRES_USER"),
      POSTGRES_PASSWORD: required("POSTGRES_PASSWORD"),
      POSTGRES_DB: required("POSTGRES_DB"),
    },
    volumes: ["db-data:/var/lib/postgresql/data"],
    // $$ reaches the container as $, so the check reads the container's own environment.
    healthcheck: healthcheck(["CMD-SHELL", 'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"'], "20s"),
    stop_grace_period: "30s",
  };
}

export function redisService(): ComposeService {
  return {
    image: pinnedImage("redis:7-alpine"),
    command: ["redis-server", "--requirepass", required("REDIS_PASSWORD")],
    // redis-cli reads the password from REDISCLI_AUTH, so it never shows in the process list.
    environment: { REDISCLI_AUTH: required("REDIS_PASSWORD") },
    volumes: ["redis-data:/data"],
    healthcheck: healthcheck(["CMD-SHELL", "redis-cli ping | grep -q PONG"]),
  };
}

export function minioService(): ComposeService {
  return {
    image: pinnedImage("quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"),
    command: ["server", "/data", "--console-address", ":9001"],
    environment: { MINIO_ROOT_USER: required("MINIO_ROOT_USER"), MINIO_ROOT_PASSWORD: required("MINIO_ROOT_PASSWORD") },
    volumes: ["minio-data:/data"],
    healthcheck: healthcheck(["CMD", "mc", "ready", "local"]),
  };
}

/** pgbouncer in front of PostgreSQL; the image writes userlist.txt from DB_USER/DB_PASSWORD at start. */
export function pgbouncerService(): ComposeService {
  return {
    image: pinnedImage("edoburu/pgbouncer:v1.25.1-p0"),
    environment: {
      DB_USER: required("POSTGRES_USER"),
      DB_PASSWORD: required("POSTGRES_PASSWORD"),
      AUTH_TYPE: "scram-sha-256",
    },
    volumes: ["./deploy/pgbouncer/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro"],
    depends_on: { [DB_SERVICE]: { condition: "service_healthy" } },
    healthcheck: healthcheck(["CMD", "pg_isready", "-h", "127.0.0.1", "-p", "5432"]),
  };
}
