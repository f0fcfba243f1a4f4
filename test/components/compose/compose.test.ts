import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildProdCompose, compose, mergeAddition, type ComposeFile, type ComposeService } from "../../../src/components/compose/index.js";
import { databaseGuidance } from "../../../src/components/database-guidance/index.js";
import { proxy } from "../../../src/components/proxy/index.js";
import { hasMarker } from "../../../src/synth/marker.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import type { RenderedFile } from "../../../src/synth/file-model.js";
import { docker } from "../../../src/components/docker/index.js";
import { composeSchemaErrors } from "./compose-schema.js";
import { prettierFindings } from "../../validators/prettier-check.js";
import { composeConfigFindings, envFromExample } from "./compose-cli.js";

const BACKENDS = ["django", "fastapi", "express", "nestjs", "none"] as const;
const FRONTENDS = ["nextjs", "react-vite", "none"] as const;
const DATABASES = ["postgres", "postgis", "sqlite", "none"] as const;
const CACHES = ["redis", "none"] as const;
const STORAGES = ["minio", "s3", "none"] as const;

const renderAll = (config: BaselineConfig): RenderedFile[] => {
  const options = parseOptions(config);
  return renderFiles([...docker.render(options), ...compose.render(options), ...proxy.render(options), ...databaseGuidance.render(options)], options);
};
const content = (files: readonly RenderedFile[], path: string): string | undefined => files.find((f) => f.path === path)?.content;

/** Every backend × frontend (incl. none) × database × cache × object storage: compose does not depend on package managers. */
function fullMatrix(): BaselineConfig[] {
  const configs: BaselineConfig[] = [];
  for (const backend of BACKENDS)
    for (const frontend of FRONTENDS)
      for (const database of DATABASES)
        for (const cache of CACHES)
          for (const objectStorage of STORAGES)
            configs.push({ backend: { kind: backend, dir: "backend" }, frontend: { kind: frontend, dir: "frontend" }, database, cache, objectStorage });
  return configs;
}

const COMPOSE_FILES = ["docker-compose.yml", "compose.prod.yml"] as const;
const matrix = fullMatrix()
  .map((config) => ({ config, files: renderAll(config) }))
  .filter((c) => c.files.some((f) => f.path === "docker-compose.yml"));
const composeDocs = matrix.flatMap(({ config, files }) =>
  COMPOSE_FILES.map((name) => ({ label: `${JSON.stringify(config)} ${name}`, name, text: content(files, name)!, data: parse(content(files, name)!) as ComposeFile, files })),
);

describe("compose: the whole matrix passes the validators", () => {
  it("renders both compose files whenever there is a service to run", () => {
    expect(matrix.length).toBe(fullMatrix().length - DATABASES.length * CACHES.length * STORAGES.length);
    expect(composeDocs.every((d) => d.text.length > 0)).toBe(true);
  });

  it("matches the Compose specification JSON Schema", () => {
    expect(composeDocs.flatMap((d) => composeSchemaErrors(d.data, d.label))).toEqual([]);
  });

  // Prettier is the slowest check: every backend × frontend, with all data services and with none.
  it("is already in prettier's YAML form", async () => {
    const full = (d: (typeof composeDocs)[number]) => /"database":"postgis","cache":"redis","objectStorage":"minio"|"database":"none","cache":"none","objectStorage":"none"/.test(d.label);
    const sample = composeDocs.filter(full);
    expect(sample.length).toBe((BACKENDS.length * FRONTENDS.length - 1) * 2 * 2);
    const findings = await Promise.all(sample.map((d) => prettierFindings(d.text, d.label, "yaml")));
    expect(findings.flat()).toEqual([]);
  });

  it("reads the same under YAML 1.1 (docker-compose 1.29's parser), with no anchors or aliases", () => {
    for (const d of composeDocs) {
      expect(parse(d.text, { version: "1.1" }), d.label).toEqual(d.data);
      expect(d.text, d.label).not.toMatch(/: [&*]\w+/);
    }
  });

  // docker-compose is slow to start (~0.7 s): a covering subset where every choice appears.
  const cliCases: BaselineConfig[] = [
    { backend: { kind: "django" }, frontend: { kind: "nextjs" }, database: "postgis", cache: "redis", objectStorage: "minio" },
    { backend: { kind: "fastapi", dir: "api" }, frontend: { kind: "react-vite", dir: "web" }, database: "postgres", cache: "none", objectStorage: "s3" },
    { backend: { kind: "express" }, database: "sqlite", cache: "redis", objectStorage: "none" },
    { backend: { kind: "nestjs", dir: "server" }, frontend: { kind: "nextjs", dir: "web" }, database: "none", cache: "none", objectStorage: "minio" },
    { frontend: { kind: "react-vite" }, database: "postgres", cache: "redis", objectStorage: "minio" },
    { backend: { kind: "express", dir: "apps/api", context: "." }, frontend: { kind: "nextjs", dir: "apps/web", context: "." }, database: "postgres", cache: "redis", objectStorage: "none" },
  ];
  it.concurrent.each(cliCases.map((c) => [JSON.stringify(c), c] as const))("docker-compose config -q accepts %s", async (_label, config) => {
    expect(await composeConfigFindings(renderAll(config))).toEqual([]);
  });

  it("docker-compose refuses to run with an empty secret instead of starting with a blank password", async () => {
    const files = renderAll({ backend: { kind: "fastapi" }, database: "postgres" });
    const findings = await composeConfigFindings(files, (env) => env.replace(/^POSTGRES_PASSWORD=.*$/m, "POSTGRES_PASSWORD="));
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f).toContain("set POSTGRES_PASSWORD in .env");
  });
});

const services = (d: ComposeFile): [string, ComposeService][] => Object.entries(d.services);

describe("compose: hardening invariants across the matrix", () => {
  it("gives every service a healthcheck, and makes every dependency wait until healthy", () => {
    for (const d of composeDocs) {
      for (const [name, s] of services(d.data)) {
        expect(s.healthcheck?.test.length, `${d.label} ${name}`).toBeGreaterThan(1);
        for (const [dep, cond] of Object.entries(s.depends_on ?? {})) {
          expect(cond.condition, `${d.label} ${name} -> ${dep}`).toBe("service_healthy");
          expect(d.data.services[dep], `${d.label} ${name} -> ${dep}`).toBeDefined();
        }
      }
    }
  });

  it("declares every named volume and network it uses", () => {
    for (const d of composeDocs) {
      for (const [, s] of services(d.data)) {
        for (const v of s.volumes ?? []) {
          const source = v.split(":")[0]!;
          // `./x` and `/x` are bind mounts (a config file, Docker's log directory); anything else names a volume.
          if (!source.startsWith(".") && !source.startsWith("/")) expect(d.data.volumes?.[source], `${d.label} ${v}`).toBeDefined();
        }
        for (const n of s.networks ?? []) expect(d.data.networks?.[n], `${d.label} ${n}`).toBeDefined();
      }
    }
  });

  it("has no inline passwords: every credential comes from .env through ${VAR:?…}", () => {
    const secretish = /(PASSWORD|SECRET|ACCESS_KEY|_AUTH$)/;
    for (const d of composeDocs) {
      for (const [name, s] of services(d.data)) {
        for (const [key, value] of Object.entries(s.environment ?? {})) {
          if (secretish.test(key)) expect(value, `${d.label} ${name}.${key}`).toMatch(/^\$\{[A-Z0-9_]+:\?[^}]+\}$/);
          // Credentials inside URLs are interpolated too.
          expect(value.replace(/\$\{[A-Z0-9_]+:\?[^}]+\}/g, ""), `${d.label} ${name}.${key}`).not.toMatch(/:\/\/[^@/]*:[^@/]+@/);
        }
      }
    }
  });

  it("documents in .env.example exactly the variables the compose files read, with no secret values", () => {
    for (const { config, files } of matrix) {
      const example = content(files, ".env.example")!;
      expect(hasMarker(example.split("\n")[0]!), JSON.stringify(config)).toBe(true);
      const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!));
      const used = new Set(COMPOSE_FILES.flatMap((n) => [...content(files, n)!.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]!)));
      expect([...used].sort(), JSON.stringify(config)).toEqual([...documented].sort());
      for (const line of example.split("\n").filter((l) => /^[A-Z0-9_]*(PASSWORD|SECRET)[A-Z0-9_]*=/.test(l))) {
        expect(line, JSON.stringify(config)).toMatch(/=$/);
      }
    }
  });

  it("runs production services with restart policies, resource limits and bounded logs", () => {
    for (const d of composeDocs.filter((x) => x.name === "compose.prod.yml")) {
      for (const [name, s] of services(d.data)) {
        expect(s.restart, `${d.label} ${name}`).toBe("unless-stopped");
        expect(s.deploy?.resources.limits.memory, `${d.label} ${name}`).toMatch(/^\d+[MG]$/);
        expect(s.logging?.options["max-size"], `${d.label} ${name}`).toBe("10m");
        expect(s.build, `${d.label} ${name}`).toBeUndefined();
      }
    }
  });

  it("puts pgbouncer between the backend and PostgreSQL in production, and the db on an internal network", () => {
    for (const d of composeDocs.filter((x) => x.name === "compose.prod.yml")) {
      const postgres = Boolean(d.data.services.db);
      expect(Boolean(d.data.services.pgbouncer), d.label).toBe(postgres);
      if (postgres && d.data.services.backend) {
        expect(d.data.services.backend.environment?.DATABASE_URL, d.label).toContain("@pgbouncer:5432/");
        expect(d.data.services.backend.depends_on, d.label).toHaveProperty("pgbouncer");
      }
      expect(d.data.networks?.data?.internal, d.label).toBe(true);
      // The default target (cloud: compose) is reached only through the Cloudflare tunnel.
      expect(d.data.services.proxy?.ports, d.label).toBeUndefined();
    }
  });

  it("publishes 80/443 with its own certificates only where no tunnel fronts it (other clouds)", () => {
    const config: BaselineConfig = { backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } };
    const standalone = parse(content(renderAll({ ...config, cloud: "aws-ecs" }), "compose.prod.yml")!) as ComposeFile;
    expect(standalone.services.proxy?.ports).toEqual(["80:8080", "443:8443"]);
    expect(standalone.services.proxy?.volumes).toContain("./deploy/nginx/certs:/etc/nginx/certs:ro");
    const tunnelled = parse(content(renderAll({ ...config, cloud: "compose" }), "compose.prod.yml")!) as ComposeFile;
    expect(tunnelled.services.proxy?.ports).toBeUndefined();
    expect(JSON.stringify(tunnelled.services.proxy?.volumes)).not.toContain("certs");
    for (const service of Object.values(tunnelled.services)) expect(service.ports).toBeUndefined();
  });

  it("builds a monorepo package from the workspace root with the package's Dockerfile", () => {
    const data = parse(content(renderAll({ frontend: { kind: "nextjs", dir: "apps/web", context: "." } }), "docker-compose.yml")!) as ComposeFile;
    expect(data.services.frontend?.build).toEqual({ context: ".", dockerfile: "apps/web/Dockerfile" });
    const prod = parse(content(renderAll({ frontend: { kind: "nextjs", dir: "apps/web", context: "." } }), "compose.prod.yml")!) as ComposeFile;
    expect(prod.services.frontend?.tmpfs).toEqual(["/tmp", "/app/apps/web/.next/cache"]);
  });

  it("builds from the repository in development and publishes ports on loopback only", () => {
    for (const d of composeDocs.filter((x) => x.name === "docker-compose.yml")) {
      for (const [name, s] of services(d.data)) {
        for (const p of s.ports ?? []) expect(p, `${d.label} ${name}`).toMatch(/^127\.0\.0\.1:/);
      }
      if (d.data.services.backend) expect(d.data.services.backend.build?.context, d.label).toBe("./backend");
    }
  });

  it("applies statement_timeout and slow-query logging to PostgreSQL in both files", () => {
    const withDb = composeDocs.filter((d) => d.data.services.db);
    expect(withDb.length).toBeGreaterThan(0);
    for (const d of withDb) {
      expect(d.data.services.db!.command, d.label).toEqual(expect.arrayContaining(["statement_timeout=30s", "log_min_duration_statement=500ms"]));
    }
  });
});

describe("compose.prod.yml extension", () => {
  const options = parseOptions({ backend: { kind: "fastapi" }, database: "postgres" });
  const tunnel = { image: "cloudflare/cloudflared:example", networks: ["edge"] } satisfies ComposeService;

  it("adds services another component contributes", () => {
    const file = buildProdCompose(options, [{ services: { tunnel }, volumes: { "tunnel-data": {} } }]);
    expect(file.services.tunnel).toEqual(tunnel);
    expect(file.volumes).toHaveProperty("tunnel-data");
    expect(file.services.backend).toBeDefined();
  });

  it("refuses an addition that would replace a baseline service", () => {
    expect(() => mergeAddition(buildProdCompose(options), { services: { db: tunnel } })).toThrow(/service "db" is already defined/);
  });
});

describe("envFromExample (test helper)", () => {
  it("fills only empty values", () => {
    expect(envFromExample("# c\nA=1\nB=\n")).toBe("# c\nA=1\nB=dummy0secret0value\n");
  });
});
