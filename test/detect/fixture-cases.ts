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
      backend: {
        kind: "django",
        dir: "backend",
        version: "3.12",
        packageManager: "pip",
        port: 8000,
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "nextjs", dir: "frontend", packageManager: "npm", nodeVersion: "20", nextOutput: "standalone" },
      database: "postgres",
      cache: "redis",
      objectStorage: "minio",
      deploy: { healthPath: "/healthz/" },
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
      "backend.appDir": "backend/manage.py",
      "backend.settingsModule": "backend/config/wsgi.py",
      // WSGI_APPLICATION in single quotes.
      "backend.app": "backend/config/settings.py",
      "backend.server": "backend/requirements.txt",
      "deploy.healthPath": "backend/config/urls.py",
      "frontend.nextOutput": "frontend/next.config.mjs",
    },
  },
  "django-manage-below-root": {
    config: {
      name: "django-manage-below-root",
      // manage.py sits in backend/src/: that folder is the import root, and migrations run there.
      backend: {
        kind: "django",
        dir: "backend",
        version: "3.10",
        packageManager: "poetry",
        appDir: "src",
        migrationsDir: "src",
        settingsModule: "portal.settings",
        app: "portal.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      ...none,
      database: "postgis",
      deploy: { healthPath: "/health/" },
    },
    evidence: {
      "backend.kind": "backend/src/manage.py",
      "backend.dir": "backend/pyproject.toml",
      "backend.version": "backend/pyproject.toml",
      "backend.packageManager": "backend/poetry.lock",
      database: "backend/src/portal/settings.py",
      "backend.appDir": "backend/src/manage.py",
      "backend.migrationsDir": "backend/src/manage.py",
      "backend.settingsModule": "backend/src/portal/wsgi.py",
      // No WSGI_APPLICATION: the package that holds wsgi.py.
      "backend.app": "backend/src/portal/wsgi.py",
      "backend.server": "backend/pyproject.toml",
      "deploy.healthPath": "backend/src/portal/urls.py",
    },
  },
  "fastapi-uv-workspace": {
    config: {
      name: "acme-platform",
      backend: {
        kind: "fastapi",
        dir: "packages/api",
        version: "3.12",
        packageManager: "uv",
        app: "acme_api.main:app",
        appDir: "src",
        migrationsDir: "src",
        // fastapi[standard] brings uvicorn.
        server: "uvicorn",
      },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
      deploy: { healthPath: "/health" },
    },
    evidence: {
      name: "pyproject.toml",
      "backend.packageManager": "uv.lock",
      "backend.version": ".python-version",
      database: "packages/api/pyproject.toml",
      "backend.app": "packages/api/src/acme_api/main.py",
      "backend.appDir": "packages/api/src/acme_api/main.py",
      "backend.server": "packages/api/pyproject.toml",
      "deploy.healthPath": "packages/api/src/acme_api/main.py",
    },
  },
  "nest-next-turborepo": {
    config: {
      name: "acme",
      backend: {
        kind: "nestjs",
        dir: "apps/api",
        context: ".",
        version: "20",
        packageManager: "pnpm",
        orm: "typeorm",
        start: ["node", "dist/main"],
        buildScript: "build",
        port: 3001,
      },
      frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "pnpm", nodeVersion: "20", nextOutput: "default" },
      ...none,
      database: "postgres",
      cache: "redis",
      // HealthController under setGlobalPrefix("api").
      deploy: { healthPath: "/api/health" },
    },
    evidence: {
      "backend.kind": "apps/api/package.json",
      "backend.packageManager": "package.json",
      // The lockfile decides where dependencies install from; the packageManager field, the pnpm version.
      "backend.context": "pnpm-lock.yaml",
      "backend.pnpmVersion": "package.json",
      "frontend.pnpmVersion": "package.json",
      "backend.orm": "apps/api/package.json",
      "frontend.nodeVersion": ".nvmrc",
      "backend.start": "apps/api/package.json",
      "backend.buildScript": "apps/api/package.json",
      "backend.port": "apps/api/src/main.ts",
      "deploy.healthPath": "apps/api/src/health/health.controller.ts",
      "frontend.nextOutput": "apps/web/next.config.js",
    },
  },
  "express-yarn-berry": {
    config: {
      name: "orders-service",
      backend: { kind: "express", dir: ".", version: "20", packageManager: "yarn", port: 8080, start: ["node", "src/server.js"], buildScript: false },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
      deploy: { healthPath: "/healthz" },
    },
    evidence: {
      "backend.version": "Dockerfile",
      "backend.packageManager": "package.json",
      cache: "package.json",
      // The Dockerfile's EXPOSE wins over the code's PORT default (also 8080).
      "backend.port": "Dockerfile",
      "backend.start": "package.json",
      "deploy.healthPath": "src/server.js",
    },
  },
  "fastapi-no-dependencies": {
    config: {
      name: "fastapi-no-dependencies",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: "frontend", packageManager: "npm", outDir: "dist" },
      ...none,
    },
    evidence: { "frontend.kind": "frontend/package.json", "frontend.outDir": "frontend/package.json" },
    warnings: [/^backend\/app\/api\.py imports FastAPI, but backend\/ declares no dependencies .*proposes no backend/],
  },
  "react-vite-express-mock": {
    config: {
      name: "field-notes",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm", outDir: "dist" },
      ...none,
    },
    evidence: { "frontend.kind": "package.json", "frontend.packageManager": "package-lock.json" },
    warnings: [/^package\.json depends on express next to react and vite \(a dev, mock or static server\); it was not proposed as a separate backend$/],
  },
  "react-vite-bun": {
    config: {
      name: "pixel-board",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "bun", nodeVersion: "22", outDir: "build" },
      ...none,
    },
    evidence: { "frontend.packageManager": "bun.lockb", "frontend.nodeVersion": ".node-version", "frontend.outDir": "vite.config.ts" },
  },
  "cookiecutter-django": {
    config: {
      name: "cookiecutter-django",
      backend: {
        kind: "django",
        dir: ".",
        version: "3.12",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        // wsgi.py defaults to the production module (manage.py to local).
        settingsModule: "config.settings.production",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      database: "postgres",
      cache: "redis",
      objectStorage: "s3",
      // No health route in config/urls.py: no deploy.healthPath.
    },
    evidence: {
      "backend.version": "compose/local/django/Dockerfile",
      "backend.packageManager": "requirements/base.txt",
      database: "config/settings/base.py",
      objectStorage: "config/settings/production.py",
      "backend.settingsModule": "config/wsgi.py",
      // production.py does `from .base import *`; base.py sets WSGI_APPLICATION.
      "backend.app": "config/settings/base.py",
      "backend.server": "requirements/production.txt",
    },
  },
  "fastapi-poetry-app": {
    config: {
      name: "weather-api",
      // app/db/manage.py is an Alembic helper, not Django.
      backend: { kind: "fastapi", dir: ".", version: "3.11", packageManager: "poetry", app: "app.main:app", appDir: ".", migrationsDir: ".", server: "uvicorn" },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      objectStorage: "s3",
      deploy: { healthPath: "/health" },
    },
    evidence: {
      "backend.packageManager": "poetry.lock",
      name: "pyproject.toml",
      "backend.app": "app/main.py",
      "backend.server": "pyproject.toml",
      "deploy.healthPath": "app/main.py",
    },
  },
  "pipfile-and-requirements": {
    config: {
      name: "pipfile-and-requirements",
      backend: {
        kind: "django",
        dir: ".",
        version: "3.11",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
        // settings.py reads os.environ["SECRET_KEY"]: CI gets a throwaway value for it.
        importEnv: ["SECRET_KEY"],
      },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
    },
    evidence: {
      "backend.version": "runtime.txt",
      "backend.packageManager": "requirements.txt",
      "backend.settingsModule": "config/wsgi.py",
      "backend.app": "config/settings.py",
      "backend.server": "requirements.txt",
    },
    warnings: [/^requirements\.txt does not declare gunicorn: the backend image adds gunicorn==[\d.]+\./],
  },
  "pipfile-mongo": {
    config: {
      name: "pipfile-mongo",
      backend: { kind: "fastapi", dir: ".", version: "3.10", packageManager: "pip", app: "main:app", appDir: ".", migrationsDir: ".", server: "uvicorn" },
      frontend: { kind: "none" },
      ...none,
      deploy: { healthPath: "/ping" },
    },
    evidence: { "backend.version": "Pipfile", "backend.app": "main.py", "backend.server": "Pipfile", "deploy.healthPath": "main.py" },
    warnings: [/pipenv is not supported/, /MongoDB is not supported .*Pipfile depends on pymongo.*database is left none/],
  },
  "committed-node-modules-venv": {
    config: {
      name: "dashboard",
      backend: { kind: "none" },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm", outDir: "dist" },
      ...none,
    },
  },
  "express-mongoose": {
    config: {
      name: "notes-api",
      backend: { kind: "express", dir: ".", packageManager: "npm", start: ["node", "server.js"], buildScript: false, port: 5000 },
      frontend: { kind: "none" },
      ...none,
      deploy: { healthPath: "/api/health" },
    },
    evidence: { "backend.start": "package.json", "backend.port": "server.js", "deploy.healthPath": "server.js" },
    warnings: [/^MongoDB is not supported .*package\.json depends on mongoose.*database is left none \(never faked as Postgres\)/],
  },
  "nothing-recognisable": {
    config: { name: "nothing-recognisable", backend: { kind: "none" }, frontend: { kind: "none" }, ...none },
    // main.go is a Go service: named as unsupported, never guessed.
    warnings: [/^Go backend \(go\.mod\) is not supported by the baseline .*the baseline generates nothing for it\.$/],
  },
  "broken-package-json": {
    config: {
      name: "broken-package-json",
      backend: { kind: "express", dir: "api", packageManager: "npm", start: ["node", "src/index.js"], buildScript: false, port: 4000 },
      frontend: { kind: "none" },
      ...none,
      deploy: { healthPath: "/up" },
    },
    evidence: { "backend.start": "api/package.json", "backend.port": "api/src/index.js", "deploy.healthPath": "api/src/index.js" },
    warnings: [/^apps\/web\/package\.json is not valid JSON/],
  },
  "two-backends": {
    config: {
      name: "two-backends",
      backend: {
        kind: "django",
        dir: "backend",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
    },
    evidence: { "backend.app": "backend/config/settings.py", "backend.server": "backend/requirements.txt" },
    warnings: [/^Found 2 backends \(django in backend\/, fastapi in services\/worker\/\); proposing django in backend\//],
  },
  "api-fastapi-web-vite-postgis": {
    config: {
      name: "api-fastapi-web-vite-postgis",
      backend: {
        kind: "fastapi",
        dir: "api",
        version: "3.11",
        packageManager: "pip",
        port: 8001,
        app: "app.main:app",
        appDir: ".",
        migrationsDir: ".",
        server: "uvicorn",
      },
      frontend: { kind: "react-vite", dir: "web", packageManager: "yarn", outDir: "dist" },
      ...none,
      database: "postgis",
      deploy: { healthPath: "/healthz" },
    },
    evidence: {
      database: "docker-compose.yaml",
      "backend.version": "api/Dockerfile",
      "frontend.packageManager": "web/yarn.lock",
      "backend.app": "api/app/main.py",
      "backend.migrationsDir": "api/alembic.ini",
      "backend.server": "api/requirements.txt",
      "deploy.healthPath": "api/app/main.py",
      "frontend.outDir": "web/vite.config.js",
    },
  },
  "server-client-npm-workspaces": {
    config: {
      name: "shopfront",
      backend: {
        kind: "express",
        dir: "server",
        context: ".",
        version: "20",
        packageManager: "npm",
        // No start script: main index.js is what `node .` runs.
        start: ["node", "index.js"],
        buildScript: false,
        port: 5000,
      },
      frontend: { kind: "react-vite", dir: "client", context: ".", packageManager: "npm", outDir: "dist" },
      ...none,
      database: "postgres",
      objectStorage: "s3",
      deploy: { healthPath: "/health" },
    },
    evidence: {
      "backend.packageManager": "package-lock.json",
      "backend.version": "server/package.json",
      objectStorage: "server/package.json",
      "backend.start": "server/package.json",
      "backend.port": "server/index.js",
      "deploy.healthPath": "server/index.js",
    },
  },
  "src-backend-uv": {
    config: {
      name: "src-backend-uv",
      backend: {
        kind: "django",
        dir: "src/backend",
        version: "3.11",
        packageManager: "uv",
        appDir: ".",
        migrationsDir: ".",
        // A settings package (base, production): wsgi.py's config.settings resolves to its production module.
        settingsModule: "config.settings.production",
        app: "config.wsgi:application",
        server: "gunicorn",
        importEnv: ["DJANGO_SECRET_KEY"],
      },
      frontend: { kind: "nextjs", dir: "src/frontend", packageManager: "pnpm", pnpmVersion: "9.15.9", nextOutput: "export", outDir: "out" },
      ...none,
      database: "postgres",
      deploy: { healthPath: "/ready" },
    },
    evidence: {
      "backend.packageManager": "src/backend/uv.lock",
      "frontend.packageManager": "src/frontend/pnpm-lock.yaml",
      "frontend.pnpmVersion": "src/frontend/pnpm-lock.yaml",
      "backend.settingsModule": "src/backend/config/settings/production.py",
      "backend.app": "src/backend/config/settings/base.py",
      "deploy.healthPath": "src/backend/config/urls.py",
      "frontend.nextOutput": "src/frontend/next.config.mjs",
    },
  },
  "apps-backend-split-requirements": {
    config: {
      name: "atlas",
      backend: {
        kind: "django",
        dir: "apps/backend",
        version: "3.11",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "nextjs", dir: "apps/frontend", context: ".", packageManager: "npm", nodeVersion: "20", nextOutput: "standalone" },
      ...none,
      database: "postgres",
      // django-health-check's URLs, mounted with include("health_check.urls").
      deploy: { healthPath: "/health-check/" },
    },
    evidence: {
      "backend.version": "apps/backend/runtime.txt",
      "backend.packageManager": "apps/backend/requirements/base.txt",
      database: "apps/backend/requirements/base.txt",
      "frontend.packageManager": "package-lock.json",
      // gunicorn is only in the production requirements.
      "backend.server": "apps/backend/requirements/prod.txt",
      "deploy.healthPath": "apps/backend/config/urls.py",
      "frontend.nextOutput": "apps/frontend/next.config.js",
    },
    // output: process.env.NEXT_OUTPUT ?? "standalone"
    warnings: [/^apps\/frontend\/next\.config\.js chooses output with `process\.env\.NEXT_OUTPUT`; unset in the image build, it is "standalone"\. Set frontend\.nextOutput/],
  },
  "nested-platform-folder": {
    config: {
      name: "nested-platform-folder",
      backend: {
        kind: "fastapi",
        dir: "platform/api",
        version: "3.12",
        packageManager: "pip",
        app: "app.main:create_app",
        appFactory: true,
        appDir: ".",
        migrationsDir: ".",
        server: "uvicorn",
      },
      frontend: { kind: "nextjs", dir: "platform/web", nodeVersion: "20", nextOutput: "default" },
      ...none,
      database: "postgres",
      deploy: { healthPath: "/livez" },
    },
    evidence: {
      "frontend.nodeVersion": "platform/web/package.json",
      "backend.app": "platform/api/app/main.py",
      "backend.appFactory": "platform/api/app/main.py",
      "deploy.healthPath": "platform/api/app/main.py",
    },
  },
  "django-sqlite-dj-database-url": {
    config: {
      name: "django-sqlite-dj-database-url",
      backend: {
        kind: "django",
        dir: ".",
        version: "3.12",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "mysite.settings",
        app: "mysite.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      ...none,
      database: "sqlite",
    },
    evidence: { database: "mysite/settings.py", "backend.settingsModule": "mysite/wsgi.py", "backend.app": "mysite/wsgi.py", "backend.server": "requirements.txt" },
    warnings: [/^requirements\.txt does not declare gunicorn: the backend image adds gunicorn==[\d.]+\./],
  },
  "django-mysql": {
    config: {
      name: "django-mysql",
      backend: {
        kind: "django",
        dir: ".",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "shop.settings",
        app: "shop.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      ...none,
    },
    evidence: { "backend.settingsModule": "shop/wsgi.py", "backend.app": "shop/settings.py" },
    warnings: [/^requirements\.txt does not declare gunicorn/, /^MySQL is not supported .*shop\/settings\.py/],
  },
  "next-prisma-postgres": {
    config: {
      name: "saas-starter",
      backend: { kind: "none" },
      frontend: { kind: "nextjs", dir: ".", packageManager: "pnpm", pnpmVersion: "9.15.9", nodeVersion: "20", nextOutput: "default" },
      ...none,
      database: "postgres",
    },
    evidence: { database: "prisma/schema.prisma", "frontend.nodeVersion": ".tool-versions", "frontend.nextOutput": "next.config.mjs" },
  },
  "express-drizzle-bun": {
    config: {
      name: "links-api",
      // bun installs; node runs the compiled output.
      backend: { kind: "express", dir: ".", packageManager: "bun", start: ["node", "dist/index.js"], buildScript: "build", port: 3000 },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      deploy: { healthPath: "/health" },
    },
    evidence: { "backend.packageManager": "bun.lock", "backend.start": "package.json", "backend.buildScript": "package.json", "backend.port": "src/index.ts" },
  },
  "nest-volta-npm": {
    config: {
      name: "billing",
      backend: {
        kind: "nestjs",
        dir: ".",
        version: "18",
        packageManager: "npm",
        orm: "typeorm",
        // data-source.ts beside src/ makes tsc keep src/ in the output; start is a dev command.
        start: ["node", "dist/src/main.js"],
        buildScript: "build",
        port: 3000,
      },
      frontend: { kind: "none" },
      ...none,
      deploy: { healthPath: "/healthz" },
    },
    evidence: {
      "backend.kind": "package.json",
      "backend.version": "package.json",
      "backend.start": "tsconfig.build.json",
      "backend.port": "src/main.ts",
      "deploy.healthPath": "src/health/health.controller.ts",
    },
    warnings: [/^Node\.js 18 \(from package\.json\) reached end-of-life/],
  },
  "fastapi-minio-compose": {
    config: {
      name: "fastapi-minio-compose",
      backend: { kind: "fastapi", dir: ".", packageManager: "pip", app: "main:app", appDir: ".", migrationsDir: ".", server: "uvicorn" },
      frontend: { kind: "none" },
      ...none,
      cache: "redis",
      objectStorage: "minio",
      // Only GET / is routed: no health path, the probe asks for /.
    },
    evidence: { objectStorage: "compose.yaml", cache: "compose.yaml", "backend.app": "main.py", "backend.server": "requirements.txt" },
  },
  "django-vite-assets": {
    config: {
      name: "django-vite-assets",
      backend: {
        kind: "django",
        dir: ".",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "react-vite", dir: ".", packageManager: "npm", outDir: "static/dist" },
      ...none,
    },
    evidence: { "backend.app": "config/settings.py", "frontend.outDir": "vite.config.js" },
    warnings: [/share the repository root/],
  },
  "flask-unsupported": {
    config: { name: "flask-unsupported", backend: { kind: "none" }, frontend: { kind: "none" }, ...none },
    warnings: [/^Flask backend \(requirements\.txt\) is not supported by the baseline/],
  },
  "fastapi-dockerfile-arg": {
    config: {
      name: "fastapi-dockerfile-arg",
      backend: { kind: "fastapi", dir: ".", version: "3.13", packageManager: "pip", port: 9000, app: "main:app", appDir: ".", migrationsDir: ".", server: "uvicorn" },
      frontend: { kind: "none" },
      ...none,
      deploy: { healthPath: "/up" },
    },
    evidence: { "backend.version": "Dockerfile", "backend.port": "Dockerfile", "backend.app": "main.py", "deploy.healthPath": "main.py" },
  },
  "django-celery-redis-extra": {
    config: {
      name: "newsroom",
      backend: {
        kind: "django",
        dir: ".",
        version: "3.10",
        packageManager: "pip",
        appDir: ".",
        migrationsDir: ".",
        settingsModule: "config.settings",
        app: "config.wsgi:application",
        server: "gunicorn",
      },
      frontend: { kind: "none" },
      ...none,
      database: "postgres",
      cache: "redis",
      deploy: { healthPath: "/health/" },
    },
    evidence: { "backend.settingsModule": "config/wsgi.py", "backend.server": "pyproject.toml", "deploy.healthPath": "config/urls.py" },
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
      // Nx builds apps/api with its own targets (project.json): no start or build script is guessed.
      backend: { kind: "nestjs", dir: "apps/api", context: ".", version: "20", packageManager: "npm", port: 3333 },
      frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "npm", nodeVersion: "20", nextOutput: "standalone" },
      ...none,
      database: "postgres",
    },
    evidence: {
      "backend.kind": "apps/api/src/app/app.module.ts",
      "backend.port": "apps/api/Dockerfile",
      "frontend.dir": "apps/web/next.config.js",
      "frontend.packageManager": "package-lock.json",
      "frontend.nextOutput": "apps/web/next.config.js",
    },
    warnings: [/^apps\/api\/project\.json makes apps\/api\/ an Nx project: .*set backend\.buildScript and backend\.start/],
  },
  "node-library-cli": {
    config: {
      name: "release-notes",
      backend: { kind: "none" },
      frontend: { kind: "none" },
      library: { kind: "node", dir: ".", packageManager: "pnpm", pnpmVersion: "9.15.9", nodeVersion: "22" },
      ...none,
    },
    evidence: { "library.kind": "package.json", "library.packageManager": "pnpm-lock.yaml", "library.pnpmVersion": "pnpm-lock.yaml", "library.nodeVersion": ".nvmrc" },
  },
  "broken-toml-and-yaml": {
    // Deliberately broken and minimal: no app code, no server declared.
    config: { name: "broken-toml-and-yaml", backend: { kind: "fastapi", dir: ".", packageManager: "pip", server: "uvicorn" }, frontend: { kind: "none" }, ...none },
    evidence: { "backend.server": "requirements.txt" },
    warnings: [
      /^pyproject\.toml is not valid TOML/,
      /^No FastAPI app object .* was found in the repository root; set backend\.app/,
      // The skipped pyproject.toml is not named: requirements.txt declares fastapi.
      /^requirements\.txt does not declare uvicorn: the backend image adds uvicorn==[\d.]+\./,
      /^docker-compose\.yml is not valid YAML/,
    ],
  },
};
