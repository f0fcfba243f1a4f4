import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { docker } from "../../../src/components/docker/index.js";
import { BaselineError } from "../../../src/errors.js";
import { parseOptions, type BaselineConfig, type BaselineOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { checkDockerfile, runCommands } from "../../validators/dockerfile-rules.js";
import { shellcheckFindings } from "../../validators/shellcheck.js";
import { prettierFindings } from "../../validators/prettier-check.js";
import { execFileSync } from "node:child_process";
import pins from "../../../src/data/base-images.json" with { type: "json" };

const render = (config: BaselineConfig) => {
  const options: BaselineOptions = parseOptions(config);
  return renderFiles(docker.render(options), options);
};
const file = (files: ReturnType<typeof render>, path: string): string => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not rendered; got ${files.map((f) => f.path).join(", ")}`);
  return found.content;
};
const isDockerfile = (path: string): boolean => /(^|\/)Dockerfile(\.(backend|frontend))?$/.test(path);

const PYTHON_PMS = ["pip", "poetry", "uv"] as const;
const NODE_PMS = ["npm", "pnpm", "yarn", "bun"] as const;
const DATABASES = ["postgres", "postgis", "sqlite", "none"] as const;

/** Every backend × package manager × language version × database, and every frontend × package manager × Node version. */
function matrix(): BaselineConfig[] {
  const configs: BaselineConfig[] = [];
  for (const kind of ["django", "fastapi"] as const)
    for (const packageManager of PYTHON_PMS)
      for (const version of ["3.11", "3.12", "3.13"])
        for (const database of DATABASES) configs.push({ backend: { kind, dir: "api", packageManager, version }, database });
  for (const kind of ["express", "nestjs"] as const)
    for (const packageManager of NODE_PMS)
      for (const version of ["22", "24"]) configs.push({ backend: { kind, dir: "server", packageManager, version }, database: "postgres" });
  for (const kind of ["nextjs", "react-vite"] as const)
    for (const packageManager of NODE_PMS)
      for (const nodeVersion of ["22", "24"]) configs.push({ frontend: { kind, dir: "web", packageManager, nodeVersion } });
  for (const nextOutput of ["standalone", "default", "export"] as const)
    for (const packageManager of NODE_PMS) configs.push({ frontend: { kind: "nextjs", dir: "web", packageManager, nextOutput } });
  // Every Python server, WSGI and ASGI, with the app below the backend folder; and apps with a health route.
  for (const server of ["gunicorn", "uvicorn", "daphne"] as const)
    configs.push({ backend: { kind: "django", dir: "api", appDir: "src", app: "config.asgi:application", server }, deploy: { healthPath: "/healthz" } });
  configs.push({ backend: { kind: "fastapi", appDir: "src", migrationsDir: ".", app: "app.main:create_app", appFactory: true }, deploy: { healthPath: "/health" } });
  configs.push({ backend: { kind: "nestjs", start: ["node", "dist/src/main.js"] }, deploy: { healthPath: "/health" } });
  // Monorepos: the build context is the workspace root, the service lives in a package folder.
  for (const packageManager of NODE_PMS) {
    configs.push({ backend: { kind: "express", dir: "apps/api", context: ".", packageManager } });
    configs.push({ backend: { kind: "nestjs", dir: "apps/api", context: ".", packageManager } });
    configs.push({ frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager, nextOutput: "standalone" } });
    configs.push({ frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager } });
    configs.push({ frontend: { kind: "react-vite", dir: "packages/site", context: "packages", packageManager } });
  }
  return configs;
}

describe("docker component: every Dockerfile in the matrix passes the validators", () => {
  const configs = matrix();
  const dockerfiles = configs.flatMap((config) =>
    render(config)
      .filter((f) => isDockerfile(f.path))
      .map((f) => ({ label: `${JSON.stringify(config)} ${f.path}`, content: f.content })),
  );

  it("renders one Dockerfile per service across the matrix", () => {
    expect(dockerfiles).toHaveLength(configs.length);
  });

  it("has zero findings from the hardening rules (multi-stage, pins, non-root, healthcheck, no ADD, no secrets, apt hygiene, exec form)", () => {
    const findings = dockerfiles.flatMap((d) => checkDockerfile(d.content).map((f) => `${d.label}:${f.line} ${f.rule} ${f.message}`));
    expect(findings).toEqual([]);
  });

  it("has zero diagnostics from dockerfile-utils' validator", () => {
    const diagnostics = dockerfiles.flatMap((d) => validate(d.content).map((x) => `${d.label}:${x.range.start.line + 1} ${x.message}`));
    expect(diagnostics).toEqual([]);
  });

  it("has zero shellcheck findings in any RUN command (sh, as /bin/sh runs them)", async () => {
    const scripts = dockerfiles.flatMap((d) => runCommands(d.content).map((text) => ({ file: d.label, where: "RUN", text, shell: "sh" as const })));
    expect(scripts.length).toBeGreaterThan(dockerfiles.length * 2);
    expect(await shellcheckFindings(scripts)).toEqual([]);
  });

  it("has healthcheck programs that parse: Python for Python images, JavaScript for Node images", () => {
    const programs = new Set(dockerfiles.flatMap((d) => [...d.content.matchAll(/CMD \["(python|node)", "-[ce]", "((?:[^"\\]|\\.)*)"\]/g)].map((m) => `${m[1]}\t${JSON.parse(`"${m[2]}"`)}`)));
    expect(programs.size).toBeGreaterThan(2);
    for (const entry of programs) {
      const [lang, code] = entry.split("\t") as [string, string];
      if (lang === "node") expect(() => new Function(code), code).not.toThrow();
      else execFileSync("python3", ["-c", "import sys; compile(sys.argv[1], 'healthcheck', 'exec')", code]);
    }
  });

  it("pins every FROM and COPY --from image to an entry of src/data/base-images.json", () => {
    const pinned = new Set(Object.values(pins.images).map((p) => `${p.image}:${p.tag}@${p.digest}`));
    const refs = dockerfiles.flatMap((d) => [...d.content.matchAll(/^(?:FROM |COPY --from=)(\S+@sha256:\S+)/gm)].map((m) => m[1]!));
    expect(refs.length).toBeGreaterThan(dockerfiles.length);
    expect(refs.filter((r) => !pinned.has(r))).toEqual([]);
  });
});

describe("docker component: stack and package manager specifics", () => {
  it.each([
    ["pip", "COPY requirements.txt ./", "RUN pip install --no-cache-dir -r requirements.txt"],
    ["poetry", "COPY pyproject.toml poetry.lock ./", "RUN poetry install --only main --no-root --no-interaction --no-ansi"],
    ["uv", "COPY pyproject.toml uv.lock ./", "RUN uv sync --frozen --no-dev --no-install-project"],
  ] as const)("python with %s installs from its lockfile", (packageManager, copy, install) => {
    const text = file(render({ backend: { kind: "fastapi", packageManager } }), "Dockerfile");
    expect(text).toContain(copy);
    expect(text).toContain(install);
  });

  it.each([
    ["npm", "COPY package.json package-lock.json ./", "RUN npm ci --no-audit --no-fund"],
    ["pnpm", "RUN corepack enable pnpm", "RUN pnpm install --frozen-lockfile"],
    ["yarn", "RUN corepack enable yarn", "RUN yarn install --immutable"],
    ["bun", "COPY --from=oven/bun:1-alpine@sha256:", "RUN bun install --frozen-lockfile"],
  ] as const)("node with %s installs from its lockfile", (packageManager, setup, install) => {
    const text = file(render({ frontend: { kind: "nextjs", packageManager } }), "Dockerfile");
    expect(text).toContain(setup);
    expect(text).toContain(install);
  });

  it.each([
    [{ backend: { kind: "django" } }, '"gunicorn", "--bind", "0.0.0.0:8000"', '"config.wsgi:application"'],
    [{ backend: { kind: "django", app: "core.wsgi:application", appDir: "src" } }, "WORKDIR /app/src", '"core.wsgi:application"'],
    [{ backend: { kind: "django", app: "config.asgi:application", server: "daphne" } }, '"daphne", "--bind", "0.0.0.0", "--port", "8000"', "daphne==4.2.3"],
    [{ backend: { kind: "django", app: "config.asgi:application" } }, '"uvicorn_worker.UvicornWorker"', "uvicorn-worker=="],
    [{ backend: { kind: "django", settingsModule: "config.settings.production" } }, "DJANGO_SETTINGS_MODULE=config.settings.production", '"config.wsgi:application"'],
    [{ backend: { kind: "fastapi", appDir: "src", migrationsDir: ".", app: "app.main:create_app", appFactory: true } }, '"--chdir", "/app/src"', '"app.main:create_app()"'],
    [{ backend: { kind: "fastapi", server: "uvicorn", app: "main:app" } }, '"uvicorn", "--host", "0.0.0.0", "--port", "8000"', '"main:app"'],
    [{ backend: { kind: "fastapi" } }, '"--worker-class", "uvicorn_worker.UvicornWorker"', '"app.main:app"'],
    [{ backend: { kind: "express" } }, "ENV NODE_ENV=production", 'CMD ["node", "."]'],
    [{ backend: { kind: "nestjs" } }, "ENV NODE_ENV=production", 'CMD ["node", "dist/main.js"]'],
    [{ backend: { kind: "nestjs", start: ["node", "dist/src/main.js"] } }, "RUN npm run build", 'CMD ["node", "dist/src/main.js"]'],
    [{ frontend: { kind: "nextjs", nextOutput: "standalone" } }, "/app/.next/standalone ./", 'CMD ["node", "server.js"]'],
    [{ frontend: { kind: "nextjs" } }, "RUN npm prune --omit=dev", 'CMD ["node", "node_modules/next/dist/bin/next", "start", "--hostname", "0.0.0.0", "--port", "3000"]'],
    [{ frontend: { kind: "nextjs", nextOutput: "export" } }, "COPY --from=build /app/out /usr/share/nginx/html", "EXPOSE 8080"],
    [{ frontend: { kind: "react-vite", outDir: "build" } }, "COPY --from=build /app/build /usr/share/nginx/html", "EXPOSE 8080"],
    [{ frontend: { kind: "react-vite" } }, "FROM nginxinc/nginx-unprivileged:", "EXPOSE 8080"],
  ] as const)("%j runs the right server", (config, a, b) => {
    const text = file(render(config as BaselineConfig), "Dockerfile");
    expect(text).toContain(a);
    expect(text).toContain(b);
  });

  it("uses the backend's Python version and port", () => {
    const text = file(render({ backend: { kind: "django", version: "3.13.1", port: 9000 } }), "Dockerfile");
    expect(text).toContain(`FROM python:3.13-slim@${pins.images["python:3.13-slim"].digest} AS runtime`);
    expect(text).toContain('"0.0.0.0:9000"');
    expect(text).toContain("EXPOSE 9000");
  });

  it("probes the backend on deploy.healthPath, the path deploys and uptime checks poll too", () => {
    expect(file(render({ backend: { kind: "express" }, deploy: { healthPath: "/ready" } }), "Dockerfile")).toContain("http://127.0.0.1:3000/ready");
    expect(file(render({ backend: { kind: "django" }, deploy: { healthPath: "/healthz" } }), "Dockerfile")).toContain("http://127.0.0.1:8000/healthz'");
    // Without a health route, / counts as up below 500 rather than failing on a 404.
    const lenient = file(render({ backend: { kind: "django" } }), "Dockerfile");
    expect(lenient).toContain("http://127.0.0.1:8000/'");
    expect(lenient).toContain("sys.exit(e.code >= 500)");
  });

  it("installs libpq only when PostgreSQL is used, and GDAL for GeoDjango", () => {
    expect(file(render({ backend: { kind: "django" }, database: "none" }), "Dockerfile")).not.toContain("libpq");
    const geo = file(render({ backend: { kind: "django" }, database: "postgis" }), "Dockerfile");
    expect(geo).toContain("libpq5 gdal-bin");
    expect(file(render({ backend: { kind: "fastapi" }, database: "postgis" }), "Dockerfile")).not.toContain("gdal");
  });

  it("fails with the allowed versions when no base image is pinned for one", () => {
    expect(() => render({ backend: { kind: "django", version: "3.8" } })).toThrow(BaselineError);
    expect(() => render({ frontend: { kind: "nextjs", nodeVersion: "16" } })).toThrow(/frontend\.nodeVersion: "16".*Allowed: 18, 20, 22, 24/);
  });
});

describe("docker component: build contexts", () => {
  it("puts Dockerfile and .dockerignore in each service's directory", () => {
    const paths = render({ backend: { kind: "fastapi", dir: "services/api" }, frontend: { kind: "nextjs", dir: "apps/web" } }).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["services/api/Dockerfile", "services/api/.dockerignore", "apps/web/Dockerfile", "apps/web/.dockerignore", "docs/containers.md"]),
    );
  });

  it("names Dockerfiles by role when backend and frontend share the repository root", () => {
    const paths = render({ backend: { kind: "express" }, frontend: { kind: "react-vite" } }).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["Dockerfile.backend", "Dockerfile.backend.dockerignore", "Dockerfile.frontend", "Dockerfile.frontend.dockerignore", "docker/nginx-spa.conf"]),
    );
    expect(paths).not.toContain("Dockerfile");
  });

  it("keeps secrets and dependency folders out of every build context", () => {
    for (const config of [{ backend: { kind: "django" } }, { frontend: { kind: "nextjs" } }] as const) {
      const ignore = file(render(config), ".dockerignore").split("\n");
      expect(ignore).toEqual(expect.arrayContaining([".env", ".env.*", ".git", "node_modules"]));
    }
  });

  it("renders nothing without a backend or frontend", () => {
    expect(render({})).toEqual([]);
  });

  it("is deterministic", () => {
    const config: BaselineConfig = { backend: { kind: "nestjs", packageManager: "pnpm" }, frontend: { kind: "nextjs", dir: "web" } };
    expect(render(config)).toEqual(render(config));
  });

  it("writes docs/containers.md in prettier's Markdown form", async () => {
    const configs: BaselineConfig[] = [
      { backend: { kind: "django" }, frontend: { kind: "nextjs" } },
      { backend: { kind: "fastapi", dir: "api" }, frontend: { kind: "react-vite", dir: "web" } },
      { backend: { kind: "express", dir: "apps/api", context: "." }, frontend: { kind: "nextjs", dir: "apps/web", context: "." } },
      { backend: { kind: "nestjs" } },
      // A frontend alone: the "what the application must provide" section must not be left empty.
      { backend: { kind: "none" }, frontend: { kind: "react-vite" } },
      { backend: { kind: "none" }, frontend: { kind: "react-vite", packageManager: "bun" } },
    ];
    const findings = await Promise.all(configs.map((c) => prettierFindings(file(render(c), "docs/containers.md"), JSON.stringify(c), "markdown")));
    expect(findings.flat()).toEqual([]);
  });

  it("documents standalone output for Next.js", () => {
    const doc = file(render({ frontend: { kind: "nextjs", nextOutput: "standalone" } }), "docs/containers.md");
    expect(doc).toContain('output: "standalone"');
  });
});

describe("docker component: monorepo build contexts", () => {
  const files = render({ backend: { kind: "nestjs", dir: "apps/api", context: "." }, frontend: { kind: "nextjs", dir: "apps/web", context: ".", packageManager: "pnpm", nextOutput: "standalone" } });

  it("keeps each Dockerfile in its package and names the ignore file BuildKit reads for it", () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["apps/api/Dockerfile", "apps/api/Dockerfile.dockerignore", "apps/web/Dockerfile", "apps/web/Dockerfile.dockerignore"]),
    );
    expect(files.map((f) => f.path)).not.toContain(".dockerignore");
  });

  it("installs the whole workspace, builds in the package and runs from it", () => {
    const web = file(files, "apps/web/Dockerfile");
    expect(web).toContain("COPY . .\nRUN pnpm install --frozen-lockfile");
    expect(web).toContain("WORKDIR /app/apps/web\n");
    expect(web).toContain("/app/apps/web/.next/standalone ./");
    expect(web).toContain('CMD ["node", "apps/web/server.js"]');
    const api = file(files, "apps/api/Dockerfile");
    expect(api).toMatch(/COPY --from=build \/app \.\/\nWORKDIR \/app\/apps\/api\n/);
  });

  it("drops a pnpm workspace's dev dependencies by reinstalling production ones, never with pnpm prune (empties the members' node_modules, aborts without a TTY)", () => {
    const api = file(render({ backend: { kind: "express", dir: "apps/api", context: ".", packageManager: "pnpm" } }), "apps/api/Dockerfile");
    expect(api).toContain("RUN find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile\n");
    expect(api).not.toContain("pnpm prune");
  });

  it("refuses a context that does not contain the service, and Python workspaces", () => {
    expect(() => render({ frontend: { kind: "nextjs", dir: "web", context: "apps" } })).toThrow(/frontend\.context: "apps" must contain frontend\.dir "web"/);
    expect(() => render({ backend: { kind: "django", dir: "api", context: "." } })).toThrow(/backend\.context/);
  });
});

describe("templates/docker", () => {
  it("has no template that no stack renders", () => {
    const root = new URL("../../../templates/docker/", import.meta.url).pathname;
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(root, join(dir, e.name))]));
    const sources = [...["django", "fastapi", "express", "nestjs", "nextjs"].map((stack) => `stacks/${stack}/docker.ts`), "components/docker/static-site.ts"].map((source) =>
      readFileSync(new URL(`../../../src/${source}`, import.meta.url), "utf8"),
    );
    const used = (t: string): boolean =>
      sources.some((s) => s.includes(`docker/${t}`)) ||
      readFileSync(new URL("../../../src/components/docker/index.ts", import.meta.url), "utf8").includes(`docker/${t}`) ||
      readFileSync(new URL("../../../src/components/docker/index.ts", import.meta.url), "utf8").includes(t.replace(/^(python|node)\./, "${build.strategy.ignore}."));
    expect(walk(root).filter((t) => !used(t))).toEqual([]);
  });
});

describe("src/data/base-images.json", () => {
  it("records tag, full digest and provenance for every image", () => {
    for (const [key, pin] of Object.entries(pins.images)) {
      expect(key).toBe(`${pin.image}:${pin.tag}`);
      expect(pin.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(pin.source.length).toBeGreaterThan(20);
    }
  });
});
