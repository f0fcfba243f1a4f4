/** What each dependency, image or settings line says about the services an app needs. */

export type ServiceValue =
  | { readonly key: "database"; readonly value: "postgis" | "postgres" | "sqlite" }
  | { readonly key: "cache"; readonly value: "redis" }
  | { readonly key: "objectStorage"; readonly value: "minio" | "s3" }
  /** A service the baseline has no pieces for (MongoDB, MySQL, GCS …): reported, never mapped. */
  | { readonly key: "unsupported"; readonly value: string };

export interface ServiceSignal {
  readonly signal: ServiceValue;
  readonly file: string;
  readonly reason: string;
}

const db = (value: "postgis" | "postgres" | "sqlite"): ServiceValue => ({ key: "database", value });
const redis: ServiceValue = { key: "cache", value: "redis" };
const s3: ServiceValue = { key: "objectStorage", value: "s3" };
const minio: ServiceValue = { key: "objectStorage", value: "minio" };
const unsupported = (value: string): ServiceValue => ({ key: "unsupported", value });

/** Python distributions (PEP 503 names). */
export const PYTHON_DEPENDENCIES: Readonly<Record<string, ServiceValue>> = {
  psycopg: db("postgres"), "psycopg-binary": db("postgres"), "psycopg-c": db("postgres"), "psycopg-pool": db("postgres"),
  psycopg2: db("postgres"), "psycopg2-binary": db("postgres"), asyncpg: db("postgres"), pg8000: db("postgres"),
  aiopg: db("postgres"), geoalchemy2: db("postgis"), "django-postgres-extra": db("postgres"), aiosqlite: db("sqlite"),
  redis: redis, "django-redis": redis, hiredis: redis, aioredis: redis, "channels-redis": redis, "django-rq": redis,
  rq: redis, arq: redis, "django-cacheops": redis, "redis-om": redis,
  boto3: s3, "django-storages": s3, aioboto3: s3, aiobotocore: s3, s3fs: s3, minio: minio,
  pymongo: unsupported("MongoDB"), motor: unsupported("MongoDB"), mongoengine: unsupported("MongoDB"),
  beanie: unsupported("MongoDB"), djongo: unsupported("MongoDB"), odmantic: unsupported("MongoDB"),
  "django-mongodb-backend": unsupported("MongoDB"), mysqlclient: unsupported("MySQL"), pymysql: unsupported("MySQL"),
  aiomysql: unsupported("MySQL"), "mysql-connector-python": unsupported("MySQL"), asyncmy: unsupported("MySQL"),
  "google-cloud-storage": unsupported("Google Cloud Storage"), "azure-storage-blob": unsupported("Azure Blob Storage"),
};

/** Extras that name a service: celery[redis], sqlalchemy[asyncio,postgresql_asyncpg], django-storages[s3]. */
export function pythonExtraSignal(name: string, extras: readonly string[]): ServiceValue | undefined {
  if (extras.some((e) => e === "redis" || e === "hiredis")) return redis;
  if (extras.some((e) => e.startsWith("postgres") || e === "psycopg" || e === "psycopg2" || e === "asyncpg")) return db("postgres");
  if (name === "django-storages" && extras.some((e) => e === "google")) return unsupported("Google Cloud Storage");
  if (name === "django-storages" && extras.some((e) => e === "azure")) return unsupported("Azure Blob Storage");
  return undefined;
}

/** npm packages. ORMs (typeorm, prisma, drizzle, sequelize, knex) say nothing alone: the driver decides. */
export const NODE_DEPENDENCIES: Readonly<Record<string, ServiceValue>> = {
  pg: db("postgres"), postgres: db("postgres"), "pg-promise": db("postgres"), "@neondatabase/serverless": db("postgres"),
  "@vercel/postgres": db("postgres"), slonik: db("postgres"), "@prisma/adapter-pg": db("postgres"),
  sqlite3: db("sqlite"), "better-sqlite3": db("sqlite"),
  redis: redis, ioredis: redis, bullmq: redis, bull: redis, "@nestjs/bull": redis, "@nestjs/bullmq": redis,
  "@redis/client": redis, "connect-redis": redis, "cache-manager-redis-store": redis, "cache-manager-ioredis": redis,
  "@keyv/redis": redis, "rate-limit-redis": redis,
  "@aws-sdk/client-s3": s3, "@aws-sdk/lib-storage": s3, "@aws-sdk/s3-request-presigner": s3, "multer-s3": s3, minio: minio,
  mongoose: unsupported("MongoDB"), mongodb: unsupported("MongoDB"), "@nestjs/mongoose": unsupported("MongoDB"),
  "@typegoose/typegoose": unsupported("MongoDB"), mysql: unsupported("MySQL"), mysql2: unsupported("MySQL"),
  "@google-cloud/storage": unsupported("Google Cloud Storage"), "@azure/storage-blob": unsupported("Azure Blob Storage"),
};

/** Container images (last path segment, or the whole path for a few vendors) in compose files and Dockerfiles. */
export function imageSignal(path: string, name: string): ServiceValue | undefined {
  if (path.includes("postgis")) return db("postgis");
  if (/^(postgres|postgresql|timescaledb(-ha)?|pgvector)$/.test(name)) return db("postgres");
  if (/^(redis|redis-stack|redis-stack-server|valkey|keydb)$/.test(name)) return redis;
  if (name === "minio") return minio;
  if (/^mongo(db)?(-.*)?$/.test(name) && name !== "mongo-express") return unsupported("MongoDB");
  if (name === "mysql" || name === "mariadb") return unsupported(name === "mysql" ? "MySQL" : "MariaDB");
  return undefined;
}

/** Compose service names that say what they run when the image is built locally. */
export function serviceNameSignal(name: string): ServiceValue | undefined {
  return imageSignal(name.toLowerCase(), name.toLowerCase());
}

/** Lines of Django settings, pydantic settings and .env examples. */
export const TEXT_PATTERNS: readonly [RegExp, ServiceValue, string][] = [
  [/django\.contrib\.gis\.db\.backends\.postgis/, db("postgis"), "uses the PostGIS database engine"],
  [/django\.db\.backends\.postgresql/, db("postgres"), "uses the PostgreSQL database engine"],
  [/\bpostgis:\/\//, db("postgis"), "has a postgis:// database URL"],
  [/\bpostgres(ql)?(\+\w+)?:\/\//, db("postgres"), "has a PostgreSQL database URL"],
  [/django\.db\.backends\.sqlite3/, db("sqlite"), "uses the SQLite database engine"],
  [/\bsqlite(\+\w+)?:\/\//, db("sqlite"), "has a SQLite database URL"],
  [/django\.db\.backends\.mysql|\bmysql(\+\w+)?:\/\//, unsupported("MySQL"), "uses MySQL"],
  [/\bmongodb(\+srv)?:\/\/|django_mongodb_backend|djongo/, unsupported("MongoDB"), "uses MongoDB"],
  [/\brediss?:\/\/|django_redis|RedisCache/, redis, "configures Redis"],
  [/\bminio\b/i, minio, "points at MinIO"],
  [/storages\.backends\.s3|S3Boto3Storage|\bS3Storage\b/, s3, "stores files with django-storages' S3 backend"],
];
