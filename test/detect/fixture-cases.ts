import type { BaselineConfig } from "../../src/options/index.js";

/** What detection must propose for each fixture repository in test/fixtures/detect/<case>/. */
export interface FixtureCase {
  readonly config: BaselineConfig;
  /** Option key → the file its evidence must name. */
  readonly evidence?: Readonly<Record<string, string>>;
  /** Every warning, in order; a case without this list must produce none. */
  readonly warnings?: readonly RegExp[];
}

const none = { database: "none", cache: "none", objectStorage: "none" } as const;

export const FIXTURE_CASES: Readonly<Record<string, FixtureCase>> = {
  "django-next-compose": {
    config: {
      name: "django-next-compose",
      backend: { kind: "django", dir: "backend", version: "3.12", packageManager: "pip", port: 8000 },
      frontend: { kind: "nextjs", dir: "frontend", packageManager: "npm", nodeVersion: "20" },
      database: "postgres",
      cache: "redis",
      objectStorage: "minio",
    },
    evidence: {
      "backend.kind": "backend/manage.py",
      "backend.dir": "backend/requirements.txt",
      "backend.version": "backend/.python-version",
      "backend.port": "backend/Dockerfile",
      "frontend.kind": "frontend/package.json",
      "frontend.packageManager": "frontend/package-lock.json",
      "frontend.nodeVersion": "frontend/.nvmrc",
      database: "backend/config/settings.py",
      objectStorage: "docker-compose.yml",
    },
  },
  "django-manage-below-root": {
    config: {
      name: "django-manage-below-root",
      backend: { kind: "django", dir: "backend", version: "3.10", packageManager: "poetry" },
      frontend: { kind: "none" },
      ...none,
      database: "postgis",
    },
    evidence: {
      "backend.kind": "backend/src/manage.py",
      "backend.dir": "backend/pyproject.toml",
      "backend.version": "backend/pyproject.toml",
      "backend.packageManager": "backend/poetry.lock",
      database: "backend/src/portal/settings.py",
    },
  },
  "fastapi-uv-workspace": {
    config: {
      name: "acme-platform",
      backend: { kind: "fastapi", dir: "packages/api", version: "3.12", packageManager: "uv" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
    evidence: { name: "pyproject.toml", "backend.packageManager": "uv.lock", "backend.version": ".python-version", database: "packages/api/pyproject.toml" },
  },
  "nest-next-turborepo": {
    config: {
      name: "acme",
      backend: { kind: "nestjs", dir: "apps/api", context: ".", version: "20", packageManager: "pnpm", orm: "typeorm" },
      frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "pnpm", nodeVersion: "20" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
    evidence: {
      "backend.kind": "apps/api/package.json",
      "backend.packageManager": "package.json",
      "backend.context": "package.json",
      "backend.orm": "apps/api/package.json",
      "frontend.nodeVersion": ".nvmrc",
    },
  },
  "express-yarn-berry": {
    config: {
      name: "orders-service",
      backend: { kind: "express", dir: ".", version: "20", packageManager: "yarn", port: 8080 },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
    evidence: { "backend.version": "Dockerfile", "backend.packageManager": "package.json", cache: "package.json" },
  },
  "fastapi-no-dependencies": {
    config: {
      name: "fastapi-no-dependencies",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: "frontend", packageManager: "npm" },
      ...none,
    },
    evidence: { "frontend.kind": "frontend/package.json" },
    warnings: [/^backend\/app\/api\.py imports FastAPI, but backend\/ declares no dependencies .*proposes no backend/],
  },
  "react-vite-express-mock": {
    config: {
      name: "field-notes",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm" },
      ...none,
    },
    evidence: { "frontend.kind": "package.json", "frontend.packageManager": "package-lock.json" },
    warnings: [/^package\.json depends on express next to react and vite \(a dev, mock or static server\); it was not proposed as a separate backend$/],
  },
  "react-vite-bun": {
    config: {
      name: "pixel-board",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "bun", nodeVersion: "22" },
      ...none,
    },
    evidence: { "frontend.packageManager": "bun.lockb", "frontend.nodeVersion": ".node-version" },
  },
  "cookiecutter-django": {
    config: {
      name: "cookiecutter-django",
      backend: { kind: "django", dir: ".", version: "3.12", packageManager: "pip" },
      frontend: { kind: "none" },
      database: "postgres",
      cache: "redis",
      objectStorage: "s3",
    },
    evidence: {
      "backend.version": "compose/local/django/Dockerfile",
      "backend.packageManager": "requirements/base.txt",
      database: "config/settings/base.py",
      objectStorage: "config/settings/production.py",
    },
  },
  "fastapi-poetry-app": {
    config: {
      name: "weather-api",
      backend: { kind: "fastapi", dir: ".", version: "3.11", packageManager: "poetry" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      objectStorage: "s3",
    },
    evidence: { "backend.packageManager": "poetry.lock", name: "pyproject.toml" },
  },
  "pipfile-and-requirements": {
    config: {
      name: "pipfile-and-requirements",
      backend: { kind: "django", dir: ".", version: "3.11", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
    },
    evidence: { "backend.version": "runtime.txt", "backend.packageManager": "requirements.txt" },
  },
  "pipfile-mongo": {
    config: {
      name: "pipfile-mongo",
      backend: { kind: "fastapi", dir: ".", version: "3.10", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
    },
    evidence: { "backend.version": "Pipfile" },
    warnings: [/pipenv is not supported/, /MongoDB is not supported .*Pipfile depends on pymongo.*database is left none/],
  },
  "committed-node-modules-venv": {
    config: {
      name: "dashboard",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm" },
      ...none,
    },
  },
  "express-mongoose": {
    config: {
      name: "notes-api",
      backend: { kind: "express", dir: ".", packageManager: "npm" },
      frontend: { kind: "none" },
      ...none,
    },
    warnings: [/^MongoDB is not supported .*package\.json depends on mongoose.*database is left none \(never faked as Postgres\)/],
  },
  "nothing-recognisable": {
    config: { name: "nothing-recognisable", backend: { kind: "none" }, frontend: { kind: "none" }, ...none },
    warnings: [/^Nothing recognisable was found/],
  },
  "broken-package-json": {
    config: {
      name: "broken-package-json",
      backend: { kind: "express", dir: "api", packageManager: "npm" },
      frontend: { kind: "none" },
      ...none,
    },
    warnings: [/^apps\/web\/package\.json is not valid JSON/],
  },
  "two-backends": {
    config: {
      name: "two-backends",
      backend: { kind: "django", dir: "backend", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
    warnings: [/^Found 2 backends \(django in backend\/, fastapi in services\/worker\/\); proposing django in backend\//],
  },
  "api-fastapi-web-vite-postgis": {
    config: {
      name: "api-fastapi-web-vite-postgis",
      backend: { kind: "fastapi", dir: "api", version: "3.11", packageManager: "pip", port: 8001 },
      frontend: { kind: "react-vite", dir: "web", packageManager: "yarn" },
      ...none,
      database: "postgis",
    },
    evidence: { database: "docker-compose.yaml", "backend.version": "api/Dockerfile", "frontend.packageManager": "web/yarn.lock" },
  },
  "server-client-npm-workspaces": {
    config: {
      name: "shopfront",
      backend: { kind: "express", dir: "server", context: ".", version: "20", packageManager: "npm" },
      frontend: { kind: "react-vite", dir: "client", context: ".", packageManager: "npm" },
      ...none,
      database: "postgres",
      objectStorage: "s3",
    },
    evidence: { "backend.packageManager": "package-lock.json", "backend.version": "server/package.json", objectStorage: "server/package.json" },
  },
  "src-backend-uv": {
    config: {
      name: "src-backend-uv",
      backend: { kind: "django", dir: "src/backend", version: "3.11", packageManager: "uv" },
      frontend: { kind: "nextjs", dir: "src/frontend", packageManager: "pnpm" },
      ...none,
      database: "postgres",
    },
    evidence: { "backend.packageManager": "src/backend/uv.lock", "frontend.packageManager": "src/frontend/pnpm-lock.yaml" },
  },
  "apps-backend-split-requirements": {
    config: {
      name: "atlas",
      backend: { kind: "django", dir: "apps/backend", version: "3.11", packageManager: "pip" },
      frontend: { kind: "nextjs", dir: "apps/frontend", context: ".", packageManager: "npm", nodeVersion: "20" },
      ...none,
      database: "postgres",
    },
    evidence: {
      "backend.version": "apps/backend/runtime.txt",
      "backend.packageManager": "apps/backend/requirements/base.txt",
      database: "apps/backend/requirements/base.txt",
      "frontend.packageManager": "package-lock.json",
    },
  },
  "nested-platform-folder": {
    config: {
      name: "nested-platform-folder",
      backend: { kind: "fastapi", dir: "platform/api", version: "3.12", packageManager: "pip" },
      frontend: { kind: "nextjs", dir: "platform/web", nodeVersion: "20" },
      ...none,
      database: "postgres",
    },
    evidence: { "frontend.nodeVersion": "platform/web/package.json" },
  },
  "django-sqlite-dj-database-url": {
    config: {
      name: "django-sqlite-dj-database-url",
      backend: { kind: "django", dir: ".", version: "3.12", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
      database: "sqlite",
    },
    evidence: { database: "mysite/settings.py" },
  },
  "django-mysql": {
    config: { name: "django-mysql", backend: { kind: "django", dir: ".", packageManager: "pip" }, frontend: { kind: "none" }, ...none },
    warnings: [/^MySQL is not supported .*shop\/settings\.py/],
  },
  "next-prisma-postgres": {
    config: {
      name: "saas-starter",
      backend: { kind: "none" },
      frontend: { kind: "nextjs", dir: ".", packageManager: "pnpm", nodeVersion: "20" },
      ...none,
      database: "postgres",
    },
    evidence: { database: "prisma/schema.prisma", "frontend.nodeVersion": ".tool-versions" },
  },
  "express-drizzle-bun": {
    config: { name: "links-api", backend: { kind: "express", dir: ".", packageManager: "bun" }, frontend: { kind: "none" }, ...none, database: "postgres" },
    evidence: { "backend.packageManager": "bun.lock" },
  },
  "nest-volta-npm": {
    config: { name: "billing", backend: { kind: "nestjs", dir: ".", version: "18", packageManager: "npm", orm: "typeorm" }, frontend: { kind: "none" }, ...none },
    evidence: { "backend.kind": "package.json", "backend.version": "package.json" },
    warnings: [/^Node\.js 18 \(from package\.json\) reached end-of-life/],
  },
  "fastapi-minio-compose": {
    config: {
      name: "fastapi-minio-compose",
      backend: { kind: "fastapi", dir: ".", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
      cache: "redis",
      objectStorage: "minio",
    },
    evidence: { objectStorage: "compose.yaml", cache: "compose.yaml" },
  },
  "django-vite-assets": {
    config: {
      name: "django-vite-assets",
      backend: { kind: "django", dir: ".", packageManager: "pip" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm" },
      ...none,
    },
    warnings: [/share the repository root/],
  },
  "flask-unsupported": {
    config: { name: "flask-unsupported", backend: { kind: "none" }, frontend: { kind: "none" }, ...none },
    warnings: [/^Flask backend \(requirements\.txt\) is not supported by the baseline/],
  },
  "fastapi-dockerfile-arg": {
    config: {
      name: "fastapi-dockerfile-arg",
      backend: { kind: "fastapi", dir: ".", version: "3.13", packageManager: "pip", port: 9000 },
      frontend: { kind: "none" },
      ...none,
    },
    evidence: { "backend.version": "Dockerfile", "backend.port": "Dockerfile" },
  },
  "django-celery-redis-extra": {
    config: {
      name: "newsroom",
      backend: { kind: "django", dir: ".", version: "3.10", packageManager: "pip" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
  },
  "examples-are-not-the-app": {
    config: { name: "django-money-field", backend: { kind: "none" }, frontend: { kind: "none" }, ...none },
    warnings: [
      /^pyproject\.toml depends on django but has no manage\.py, wsgi\.py or asgi\.py: it looks like a reusable Django package/,
      /^Only example, test or docs backends were found \(fastapi in docs\/, django in examples\/shop\/\)/,
      /^Only example, test or docs frontends were found \(nextjs in examples\/next-demo\/\)/,
    ],
  },
  "nx-integrated": {
    config: {
      name: "fleet",
      backend: { kind: "nestjs", dir: "apps/api", context: ".", version: "20", packageManager: "npm", port: 3333 },
      frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "npm", nodeVersion: "20" },
      ...none,
      database: "postgres",
    },
    evidence: {
      "backend.kind": "apps/api/src/app/app.module.ts",
      "backend.port": "apps/api/Dockerfile",
      "frontend.dir": "apps/web/next.config.js",
      "frontend.packageManager": "package-lock.json",
    },
  },
  "node-library-cli": {
    config: {
      name: "release-notes",
      backend: { kind: "none" },
      frontend: { kind: "none" },
      library: { kind: "node", dir: ".", packageManager: "pnpm", nodeVersion: "22" },
      ...none,
    },
    evidence: { "library.kind": "package.json", "library.packageManager": "pnpm-lock.yaml", "library.nodeVersion": ".nvmrc" },
  },
  "broken-toml-and-yaml": {
    config: { name: "broken-toml-and-yaml", backend: { kind: "fastapi", dir: ".", packageManager: "pip" }, frontend: { kind: "none" }, ...none },
    warnings: [/^pyproject\.toml is not valid TOML/, /^docker-compose\.yml is not valid YAML/],
  },
};
