import type { BaselineOptions } from "../../options/index.js";

/** One variable of `.env`: compose reads it, `.env.example` documents it. */
export interface EnvVar {
  readonly name: string;
  readonly description: string;
  /** Example value written to `.env.example`; secrets have none. */
  readonly example: string;
  readonly secret: boolean;
  readonly section: string;
}

const usesPostgres = (o: BaselineOptions): boolean => o.database === "postgres" || o.database === "postgis";

/** Every variable the compose files interpolate, grouped by what needs it. */
export function envVars(options: BaselineOptions): EnvVar[] {
  const vars: EnvVar[] = [];
  const add = (section: string, name: string, description: string, example: string, secret = false) =>
    vars.push({ section, name, description, example, secret });
  if (usesPostgres(options)) {
    add("PostgreSQL", "POSTGRES_USER", "Role the application connects as (created on first start).", options.name.replace(/-/g, "_"));
    add("PostgreSQL", "POSTGRES_PASSWORD", "Password of POSTGRES_USER. URL-safe characters only: it is part of DATABASE_URL.", "", true);
    add("PostgreSQL", "POSTGRES_DB", "Database created on first start.", options.name.replace(/-/g, "_"));
  }
  if (options.cache === "redis") {
    add("Redis", "REDIS_PASSWORD", "Password Redis requires (requirepass). URL-safe characters only: it is part of REDIS_URL.", "", true);
  }
  if (options.objectStorage === "minio") {
    add("MinIO", "MINIO_ROOT_USER", "MinIO administrator name; the app uses it in development.", "minioadmin");
    add("MinIO", "MINIO_ROOT_PASSWORD", "MinIO administrator password, at least 8 characters.", "", true);
  }
  // The bucket is the application's setting: only a backend reads it.
  if (options.objectStorage !== "none" && options.backend.kind !== "none") {
    add("Object storage", "S3_BUCKET", "Bucket the application stores files in.", options.name);
  }
  if (options.backend.kind === "django") {
    add("Django", "DJANGO_SECRET_KEY", "Django SECRET_KEY: signs sessions and tokens.", "", true);
    add("Django", "DJANGO_ALLOWED_HOSTS", "Comma-separated ALLOWED_HOSTS; keep 127.0.0.1 for the container healthcheck.", "localhost,127.0.0.1");
  }
  if (options.backend.kind !== "none") {
    add("Production images (compose.prod.yml)", "BACKEND_IMAGE", "Backend image to run, by tag or digest (CI pushes it to GHCR).", `ghcr.io/your-org/${options.name}-backend:latest`);
  }
  if (options.frontend.kind !== "none") {
    add("Production images (compose.prod.yml)", "FRONTEND_IMAGE", "Frontend image to run, by tag or digest (CI pushes it to GHCR).", `ghcr.io/your-org/${options.name}-frontend:latest`);
  }
  return vars;
}

/** `${NAME:?…}`: compose refuses to start when the variable is unset or empty, instead of running with a blank secret. */
export function required(name: string): string {
  return `\${${name}:?set ${name} in .env}`;
}
