import type { BaselineOptions } from "../../options/index.js";
import type { RunStep, ServiceContainer } from "../../workflows/model.js";
import { runStep } from "../../workflows/steps.js";
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
/** What CI gives the app's own required variables: fixed values, and names whose values each run generates. */
export interface AppCiEnv {
  readonly env: Readonly<Record<string, string>>;
  /** Secrets the settings require (a secret key): a random value per run, never a literal in the workflow. */
  readonly generated: readonly string[];
}

const isDatabaseUrl = (name: string): boolean => /DATABASE_URL|_DB_URL$/.test(name);

/**
 * The variables Django's settings require at import (backend.importEnv), so CI can import them: a
 * database URL points at the job's database (SQLite where there is none); the rest get random values.
 * The image job also gives what the deploy always gives Django: a secret key and the hosts it is called on.
 */
export function appCiEnv(options: BaselineOptions, image = false): AppCiEnv {
  if (options.backend.kind !== "django") return { env: {}, generated: [] };
  const required = options.backend.importEnv ?? [];
  const env: Record<string, string> = {};
  for (const name of required.filter(isDatabaseUrl)) env[name] = serviceEnv(options).DATABASE_URL ?? "sqlite:///ci.sqlite3";
  const generated = new Set(required.filter((name) => !isDatabaseUrl(name)));
  if (image) {
    generated.add("DJANGO_SECRET_KEY");
    // The HEALTHCHECK calls 127.0.0.1 and k6 calls localhost.
    env.DJANGO_ALLOWED_HOSTS = "localhost,127.0.0.1";
  }
  return { env, generated: [...generated].sort() };
}

/** One step that gives each generated variable a random value for the rest of the job (through GITHUB_ENV). */
export function throwawaySecretsStep(names: readonly string[]): RunStep[] {
  if (names.length === 0) return [];
  return [
    runStep(
      "throwaway-secrets",
      "Random values for the secrets the app requires at import (this run only)",
      // One redirect for the group (shellcheck SC2129).
      ["{", ...names.map((name) => `  echo "${name}=$(openssl rand -hex 32)"`), '} >> "$GITHUB_ENV"'].join("\n"),
    ),
  ];
}

export function serviceEnv(options: BaselineOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (options.database === "postgres" || options.database === "postgis") env.DATABASE_URL = `postgresql://postgres@localhost:5432/${DATABASE}`;
  if (options.cache === "redis") env.REDIS_URL = "redis://localhost:6379/0";
  return env;
}
