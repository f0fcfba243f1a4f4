import { describe, expect, it } from "vitest";
import { detectFromSnapshot, filesToRead, type Detection, type RepoSnapshot } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";

/** A snapshot as the GitHub rollout builds it: every path, contents only for what filesToRead asked. */
function snapshot(tree: Record<string, string>, name?: string): RepoSnapshot {
  const paths = Object.keys(tree);
  const wanted = new Set(filesToRead(paths));
  const files = new Map(Object.entries(tree).filter(([path]) => wanted.has(path)));
  return name === undefined ? { paths, files } : { paths, files, name };
}

const pkg = (deps: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: "x", ...extra, dependencies: deps });

function evidenceFor(detection: Detection, key: string) {
  return detection.evidence.find((e) => e.key === key);
}

describe("detectFromSnapshot", () => {
  it("ignores node_modules and virtualenvs even when a listing hands over their contents", () => {
    const detection = detectFromSnapshot({
      paths: ["README.md", "node_modules/express/package.json", ".venv/lib/python3.12/site-packages/django/manage.py"],
      files: new Map([["node_modules/express/package.json", pkg({ express: "4" })]]),
    });
    expect(detection.config.backend).toEqual({ kind: "none" });
    expect(detection.config.frontend).toEqual({ kind: "none" });
  });

  it("prefers @nestjs/core over express in the same package", () => {
    const d = detectFromSnapshot(snapshot({ "package.json": pkg({ express: "4", "@nestjs/core": "10" }) }));
    expect(d.config.backend).toMatchObject({ kind: "nestjs", dir: "." });
  });

  it("treats express next to next as a custom Next.js server, not a second app", () => {
    const d = detectFromSnapshot(snapshot({ "package.json": pkg({ next: "14", express: "4", react: "18" }) }));
    expect(d.config.backend).toEqual({ kind: "none" });
    expect(d.config.frontend).toMatchObject({ kind: "nextjs" });
    expect(d.warnings.join("\n")).toMatch(/custom Next\.js server/);
  });

  it("takes the package manager from the nearest packageManager field or lockfile", () => {
    const d = detectFromSnapshot(
      snapshot({
        "package.json": pkg({}, { packageManager: "yarn@1.22.22" }),
        "yarn.lock": "",
        "web/package.json": pkg({ next: "14" }),
        "web/pnpm-lock.yaml": "",
      }),
    );
    expect(d.config.frontend).toMatchObject({ kind: "nextjs", dir: "web", packageManager: "pnpm" });
    expect(evidenceFor(d, "frontend.packageManager")?.file).toBe("web/pnpm-lock.yaml");
  });

  it("finds apps by their config files when a hoisted root package.json declares the frameworks", () => {
    const d = detectFromSnapshot(
      snapshot({
        "package.json": pkg({ next: "14", "@nestjs/core": "10", react: "18" }, { packageManager: "pnpm@10.6.1" }),
        "pnpm-workspace.yaml": "packages: ['apps/*']\n",
        "apps/backend/package.json": JSON.stringify({ name: "backend", scripts: { build: "nest build", start: "nest start" } }),
        "apps/backend/src/app.module.ts": "",
        "apps/frontend/package.json": JSON.stringify({ name: "frontend" }),
        "apps/frontend/next.config.js": "",
      }),
    );
    expect(d.config.backend).toMatchObject({ kind: "nestjs", dir: "apps/backend", packageManager: "pnpm" });
    expect(d.config.frontend).toMatchObject({ kind: "nextjs", dir: "apps/frontend", packageManager: "pnpm" });
    expect(evidenceFor(d, "frontend.kind")?.reason).toBe("apps/frontend/next.config.js marks a Next.js app, and package.json declares next");
    expect(d.warnings).toEqual([]);
  });

  it("gives a library no services, even when its tests use a database driver", () => {
    const d = detectFromSnapshot(
      snapshot({ "package.json": JSON.stringify({ name: "pg-utils", scripts: { build: "tsc" }, devDependencies: { pg: "8", ioredis: "5" } }) }),
    );
    expect(d.config).toMatchObject({ library: { kind: "node", dir: "." }, database: "none", cache: "none" });
    expect(evidenceFor(d, "database")?.reason).toBe("no backend or frontend was proposed, so no service is");
  });

  it("proposes no library for a package.json without a build script", () => {
    const d = detectFromSnapshot(snapshot({ "package.json": JSON.stringify({ name: "docs", scripts: { lint: "markdownlint ." } }) }));
    expect(d.config).not.toHaveProperty("library");
    expect(d.warnings).toEqual([expect.stringMatching(/^Nothing recognisable/)]);
  });

  it("keeps a private app that exports types, and reads role words in folder names", () => {
    const d = detectFromSnapshot(
      snapshot({
        "pnpm-lock.yaml": "",
        "apps/nestjs-backend/package.json": JSON.stringify({ private: true, exports: { ".": "./dist" }, scripts: { build: "nest build" }, dependencies: { "@nestjs/core": "10" } }),
        "apps/nextjs-app/package.json": pkg({ next: "14", react: "18" }, { private: true }),
        "plugins/package.json": pkg({ next: "14" }, { private: true }),
        "packages/ui/package.json": pkg({ react: "18", vite: "5" }, { exports: "./index.js" }),
      }),
    );
    expect(d.config.backend).toMatchObject({ kind: "nestjs", dir: "apps/nestjs-backend" });
    expect(d.config.frontend).toMatchObject({ kind: "nextjs", dir: "apps/nextjs-app" });
    expect(d.warnings).toEqual([expect.stringMatching(/^Found 2 frontends \(nextjs in apps\/nextjs-app\/, nextjs in plugins\/\)/)]);
  });

  it("never proposes apps in hidden folders or test fixtures, and mentions only examples", () => {
    const tree: Record<string, string> = {
      "package.json": JSON.stringify({ name: "tool", scripts: { build: "tsc" } }),
      ".tmp/copy/frontend/package.json": pkg({ next: "14" }),
      "examples/demo/package.json": pkg({ next: "14" }),
    };
    for (const n of [1, 2, 3, 4, 5, 6]) tree[`test/fixtures/case${n}/package.json`] = pkg({ express: "4" });
    const d = detectFromSnapshot(snapshot(tree));
    expect(d.config).toMatchObject({ backend: { kind: "none" }, frontend: { kind: "none" }, library: { kind: "node", dir: "." } });
    expect(d.warnings).toEqual([
      "Only example, test or docs frontends were found (nextjs in .tmp/copy/frontend/, nextjs in examples/demo/); none was proposed. " +
        "Set frontend.kind and frontend.dir if one of them is the app.",
    ]);
  });

  it("warns about lockfiles of several package managers in one folder", () => {
    const d = detectFromSnapshot(snapshot({ "package.json": pkg({ express: "4" }), "yarn.lock": "", "package-lock.json": "" }));
    expect(d.config.backend).toMatchObject({ packageManager: "yarn" });
    expect(d.warnings.join("\n")).toMatch(/several package managers \(yarn\.lock, package-lock\.json\)/);
  });

  it("keeps Postgres when MongoDB is also used, and says the baseline leaves MongoDB alone", () => {
    const d = detectFromSnapshot(snapshot({ "package.json": pkg({ express: "4", pg: "8", mongodb: "6" }) }));
    expect(d.config.database).toBe("postgres");
    expect(d.warnings.join("\n")).toMatch(/MongoDB is not supported .*the baseline leaves it to you/);
  });

  it("never maps MongoDB to Postgres, whatever the ORM", () => {
    const d = detectFromSnapshot(
      snapshot({
        "package.json": pkg({ "@nestjs/core": "10", "@nestjs/mongoose": "10", mongoose: "8", prisma: "5" }),
        "prisma/schema.prisma": 'datasource db {\n  provider = "mongodb"\n  url = env("DATABASE_URL")\n}\n',
      }),
    );
    expect(d.config.database).toBe("none");
    expect(d.warnings.filter((w) => w.includes("MongoDB"))).toHaveLength(1);
  });

  it("needs a Postgres driver before an ORM means Postgres", () => {
    const withoutDriver = detectFromSnapshot(snapshot({ "package.json": pkg({ express: "4", typeorm: "0.3", "drizzle-orm": "0.31" }) }));
    expect(withoutDriver.config.database).toBe("none");
    const withDriver = detectFromSnapshot(snapshot({ "package.json": pkg({ express: "4", typeorm: "0.3", pg: "8" }) }));
    expect(withDriver.config.database).toBe("postgres");
  });

  it("picks PostGIS over Postgres and SQLite when split settings disagree", () => {
    const d = detectFromSnapshot(
      snapshot({
        "manage.py": "",
        "requirements.txt": "django\npsycopg\n",
        "config/settings/local.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}',
        "config/settings/production.py": 'DATABASES = {"default": env.db(default="postgis://db/app")}',
      }),
    );
    expect(d.config.database).toBe("postgis");
    expect(evidenceFor(d, "database")?.file).toBe("config/settings/production.py");
  });

  it("reads geoalchemy2 as PostGIS and a commented-out engine as nothing", () => {
    const d = detectFromSnapshot(
      snapshot({
        "requirements.txt": "fastapi\nuvicorn\nGeoAlchemy2==0.15\n",
        "app/settings.py": "# ENGINE = 'django.db.backends.mysql'\n",
        "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
      }),
    );
    expect(d.config.database).toBe("postgis");
    expect(d.warnings).toEqual([]);
  });

  it("does not take celery alone for Redis (it may use RabbitMQ)", () => {
    const alone = detectFromSnapshot(snapshot({ "manage.py": "", "requirements.txt": "django\ncelery\n" }));
    expect(alone.config.cache).toBe("none");
    const broker = detectFromSnapshot(
      snapshot({ "manage.py": "", "requirements.txt": "django\ncelery\n", "app/settings.py": 'CELERY_BROKER_URL = "redis://redis:6379/0"' }),
    );
    expect(broker.config.cache).toBe("redis");
  });

  it("tells Django projects from reusable Django packages and other manage.py files", () => {
    const library = detectFromSnapshot(snapshot({ "pyproject.toml": '[project]\nname = "django-widgets"\ndependencies = ["django>=4.2"]\n' }));
    expect(library.config.backend).toEqual({ kind: "none" });
    expect(library.warnings).toEqual([expect.stringMatching(/looks like a reusable Django package/)]);
    const wsgi = detectFromSnapshot(snapshot({ "requirements.txt": "django\n", "site/wsgi.py": "" }));
    expect(wsgi.config.backend).toMatchObject({ kind: "django", dir: "." });
    expect(evidenceFor(wsgi, "backend.kind")?.reason).toBe("requirements.txt depends on django and site/wsgi.py serves it");
    const flask = detectFromSnapshot(snapshot({ "requirements.txt": "flask\n", "manage.py": "from flask_script import Manager\n" }));
    expect(flask.config.backend).toEqual({ kind: "none" });
    const plain = detectFromSnapshot(snapshot({ "requirements.txt": "django\n", "manage.py": "from project.cli import main\nmain()\n" }));
    expect(plain.config.backend).toMatchObject({ kind: "django" });
  });

  it("detects from paths alone when no contents were fetched", () => {
    const d = detectFromSnapshot({ paths: ["src/manage.py", "uv.lock", "pyproject.toml"], files: new Map() });
    expect(d.config.backend).toMatchObject({ kind: "django", dir: ".", packageManager: "uv", appDir: "src", migrationsDir: "src" });
  });

  it("reports Vue, Create React App and Flask instead of guessing", () => {
    const d = detectFromSnapshot(
      snapshot({
        "web/package.json": pkg({ vue: "3", vite: "5" }),
        "legacy/package.json": pkg({ react: "18", "react-scripts": "5" }),
        "api/requirements.txt": "flask\n",
      }),
    );
    expect(d.config.frontend).toEqual({ kind: "none" });
    expect(d.config.backend).toEqual({ kind: "none" });
    const text = d.warnings.join("\n");
    expect(text).toMatch(/Create React App frontend \(legacy\/package\.json\) is not supported/);
    expect(text).toMatch(/Vue frontend \(web\/package\.json\) is not supported/);
    expect(text).toMatch(/Flask backend \(api\/requirements\.txt\) is not supported/);
  });

  it("does not take server-rendered Vite frameworks or webpack React apps for react-vite", () => {
    const d = detectFromSnapshot(
      snapshot({
        "apps/remix/package.json": pkg({ react: "19", "react-dom": "19", vite: "6", "@react-router/dev": "7" }),
        "apps/legacy/package.json": pkg({ react: "18", "react-dom": "18", webpack: "5" }),
      }),
    );
    expect(d.config.frontend).toEqual({ kind: "none" });
    expect(d.warnings.join("\n")).toMatch(/React Router framework-mode frontend \(apps\/remix\/package\.json\)/);
    expect(d.warnings.join("\n")).toMatch(/React built with webpack frontend \(apps\/legacy\/package\.json\)/);
  });

  it("takes React Router with ssr: false for a static Vite app", () => {
    const d = detectFromSnapshot(
      snapshot({
        "apps/web/package.json": pkg({ react: "19", "react-dom": "19", vite: "6", "@react-router/dev": "7" }),
        "apps/web/react-router.config.ts": 'export default {\n  appDirectory: "app",\n  ssr: false,\n} satisfies Config;\n',
      }),
    );
    expect(d.config.frontend).toMatchObject({ kind: "react-vite", dir: "apps/web" });
    expect(evidenceFor(d, "frontend.kind")?.file).toBe("apps/web/package.json");
    expect(evidenceFor(d, "frontend.kind")?.reason).toMatch(/apps\/web\/react-router\.config\.ts sets ssr: false/);
  });

  it("groups unsupported apps by framework and ignores the ones in examples/", () => {
    const tree: Record<string, string> = { "examples/svelte-demo/package.json": pkg({ svelte: "4" }) };
    for (const name of ["a", "b", "c", "d", "e"]) tree[`packages/${name}/package.json`] = pkg({ vue: "3" });
    const d = detectFromSnapshot(snapshot(tree));
    expect(d.warnings.filter((w) => w.includes("Vue"))).toEqual([
      "Vue frontends (packages/a/package.json, packages/b/package.json, packages/c/package.json and 2 more) are not supported " +
        "by the baseline (supported frontends: nextjs, react-vite); they were not proposed, and the baseline generates nothing for them.",
    ]);
    expect(d.warnings.join("\n")).not.toMatch(/Svelte/);
  });

  it("normalises the project name to the schema's pattern and skips generic names", () => {
    const scoped = detectFromSnapshot(snapshot({ "package.json": JSON.stringify({ name: "@Acme/Shop_API" }) }));
    expect(scoped.config.name).toBe("shop-api");
    const generic = detectFromSnapshot(snapshot({ "package.json": JSON.stringify({ name: "monorepo" }) }, "Billing Service"));
    expect(generic.config.name).toBe("billing-service");
    expect(evidenceFor(generic, "name")?.reason).toMatch(/folder name "Billing Service"/);
    const nameless = detectFromSnapshot(snapshot({ "package.json": JSON.stringify({ name: "!!!" }) }));
    expect(nameless.config.name).toBeUndefined();
    expect(parseOptions(nameless.config).name).toBe("app");
  });

  it("names a root Python project from pyproject.toml even when a package.json sits beside it", () => {
    const d = detectFromSnapshot(
      snapshot({
        "pyproject.toml": '[project]\nname = "Dispatch"\ndependencies = ["fastapi"]\n',
        "package.json": JSON.stringify({ name: "dispatch-e2e", devDependencies: { "@playwright/test": "1" } }),
        "src/dispatch/database/manage.py": "from alembic import command\n",
      }),
    );
    expect(d.config.name).toBe("dispatch");
    expect(d.config.backend).toMatchObject({ kind: "fastapi", dir: "." });
  });

  it("minio wins over boto3's S3 when compose runs MinIO", () => {
    const d = detectFromSnapshot(
      snapshot({ "requirements.txt": "fastapi\nboto3\n", "docker-compose.yml": "services:\n  s3:\n    image: bitnami/minio:2024\n" }),
    );
    expect(d.config.objectStorage).toBe("minio");
    const s3 = detectFromSnapshot(snapshot({ "requirements.txt": "fastapi\nboto3\n" }));
    expect(s3.config.objectStorage).toBe("s3");
    expect(evidenceFor(s3, "objectStorage")?.reason).toBe("requirements.txt depends on boto3");
  });

  it("reads compose images through ${VAR:-default} interpolation and service names", () => {
    const compose = (image: string) =>
      detectFromSnapshot(snapshot({ "requirements.txt": "fastapi\n", "compose.yaml": `services:\n  db:\n    image: "${image}"\n` }));
    expect(compose("${PG_IMAGE:-postgis/postgis:16-3.4}").config.database).toBe("postgis");
    expect(compose("postgres:${PG_VERSION:-16}-alpine").config.database).toBe("postgres");
    expect(compose("${REGISTRY}/acme/api:${TAG:?set TAG}").config.database).toBe("none");
    const byName = detectFromSnapshot(
      snapshot({ "requirements.txt": "fastapi\n", "docker-compose.yml": "services:\n  redis:\n    build: ./redis\n" }),
    );
    expect(byName.config.cache).toBe("redis");
  });

  it("takes the backend port from its own Dockerfile, never from the frontend's", () => {
    const base = { "manage.py": "", "requirements.txt": "django\n" };
    const frontendOnly = detectFromSnapshot(snapshot({ ...base, "Dockerfile.frontend": "FROM node:20-alpine\nEXPOSE 3000\n" }));
    expect(frontendOnly.config.backend).not.toHaveProperty("port");
    const variant = detectFromSnapshot(
      snapshot({ ...base, "Dockerfile.frontend": "FROM node:20\nEXPOSE 3000\n", "Dockerfile.prod": "FROM python:3.12-slim\nEXPOSE 8080\n" }),
    );
    expect(variant.config.backend).toMatchObject({ port: 8080 });
    expect(evidenceFor(variant, "backend.port")?.file).toBe("Dockerfile.prod");
  });

  it("says so when the declared Python is end-of-life", () => {
    const app = { "main.py": "from fastapi import FastAPI\napp = FastAPI()\n" };
    const d = detectFromSnapshot(snapshot({ "requirements.txt": "fastapi\nuvicorn\n", "runtime.txt": "python-3.8.10\n", ...app }));
    // Kept as declared, or moved to the nearest pinned base image: either way a warning names 3.8.
    expect(d.warnings).toEqual([expect.stringMatching(/^Python 3\.8 \(.*runtime\.txt\)/)]);
    const current = detectFromSnapshot(snapshot({ "requirements.txt": "fastapi\nuvicorn\n", "runtime.txt": "python-3.12.4\n", ...app }));
    expect(current.config.backend).toMatchObject({ version: "3.12" });
    expect(current.warnings).toEqual([]);
  });

  it("drops paths a Windows drive letter would make absolute", () => {
    const d = detectFromSnapshot({ paths: ["A: /manage.py", "C:/app/manage.py", "ok/manage.py"], files: new Map() });
    expect(d.config.backend).toMatchObject({ kind: "django", dir: "ok" });
  });

  it("is deterministic and JSON-serialisable", () => {
    const tree = {
      "backend/manage.py": "",
      "backend/requirements.txt": "django\n",
      "frontend/package.json": pkg({ next: "14" }),
    };
    const first = detectFromSnapshot(snapshot(tree));
    const again = detectFromSnapshot(snapshot(Object.fromEntries(Object.entries(tree).reverse())));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(() => parseOptions(first.config)).not.toThrow();
  });
});
