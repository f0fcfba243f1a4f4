import type { BaselineOptions } from "../../options/index.js";
import type { ServiceContainer } from "../../workflows/model.js";
import { databaseImage, pinnedImage } from "../docker/base-images.js";

// CI databases are throwaway: trust auth on a private job network means no password in the file.
const DATABASE = "app";

/** PostgreSQL/PostGIS and Redis containers for the job, each with a health check the runner waits on. */
export function serviceContainers(options: BaselineOptions): Record<string, ServiceContainer> {
  const services: Record<string, ServiceContainer> = {};
  if (options.database === "postgres" || options.database === "postgis") {
    services.postgres = {
      image: databaseImage(options),
      env: { POSTGRES_DB: DATABASE, POSTGRES_HOST_AUTH_METHOD: "trust" },
      ports: ["5432:5432"],
      options: "--health-cmd \"pg_isready -U postgres -d app\" --health-interval 5s --health-timeout 5s --health-retries 12",
    };
  }
  if (options.cache === "redis") {
    services.redis = {
      image: pinnedImage("redis:7-alpine"),
      ports: ["6379:6379"],
      options: "--health-cmd \"redis-cli ping\" --health-interval 5s --health-timeout 5s --health-retries 12",
    };
  }
  return services;
}

/** The URLs the application reads to reach those services (12-factor names). */
/**
 * Throwaway values for the variables Django's settings require at import (backend.importEnv), so
 * CI can import them; a database URL points at the job's database, or SQLite where there is none.
 */
export function importEnv(options: BaselineOptions): Record<string, string> {
  if (options.backend.kind !== "django") return {};
  const env: Record<string, string> = {};
  for (const name of options.backend.importEnv ?? []) {
    env[name] = /DATABASE_URL|_DB_URL$/.test(name) ? (serviceEnv(options).DATABASE_URL ?? "sqlite:///ci.sqlite3") : "ci-placeholder-not-a-secret";
  }
  return env;
}

export function serviceEnv(options: BaselineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (options.database === "postgres" || options.database === "postgis") env.DATABASE_URL = `postgres://postgres@localhost:5432/${DATABASE}`;
  if (options.cache === "redis") env.REDIS_URL = "redis://localhost:6379/0";
  return env;
}
