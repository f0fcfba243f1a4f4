// Issue 10, "Done when": every generated file that starts, probes, migrates or load-tests a service uses
// the same module, folder, port and health probe, and these agree with the options. The expected values
// are derived here from the config alone (the documented defaults), never from the generator's helpers;
// the outputs are parsed (YAML, Dockerfile instructions, HCL values, the k6 script), not string-matched.
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderModels } from "../../src/components/index.js";
import { CLOUDS, parseOptions, type BaselineConfig } from "../../src/options/index.js";
import { migrationCommand } from "../../src/clouds/services.js";
import { renderFiles } from "../../src/synth/render-files.js";

type Cloud = (typeof CLOUDS)[number];
// Parsed YAML and JSON, walked without a schema.
type Json = Record<string, any>;

const BACKEND_DIR = "api";
const FRONTEND_DIR = "web";

/** Backend runtime-fact variants: every backend kind, awkward layouts, every Python server. */
const BACKENDS: readonly (NonNullable<BaselineConfig["backend"]> | undefined)[] = [
  { kind: "django" },
  { kind: "django", appDir: "src", app: "config.asgi:application", server: "daphne", settingsModule: "config.settings.production" },
  { kind: "django", appDir: "src", app: "config.asgi:application", server: "uvicorn", port: 8001 },
  { kind: "django", appDir: "src", migrationsDir: ".", app: "project.wsgi:application", settingsModule: "project.settings" },
  { kind: "django", appDir: "src", migrationsDir: ".", app: "config.asgi:application", server: "daphne" },
  { kind: "fastapi" },
  { kind: "fastapi", appDir: "src", migrationsDir: ".", app: "app.main:create_app", appFactory: true },
  { kind: "fastapi", appDir: "src", migrationsDir: ".", app: "app.main:create_app", appFactory: true, server: "uvicorn", port: 8080 },
  { kind: "nestjs" },
  { kind: "nestjs", start: ["node", "dist/src/main.js"], port: 4000 },
  { kind: "express" },
  { kind: "express", start: ["node", "server.js"], port: 5050, buildScript: false },
  undefined,
];

/** Frontend variants: Next.js in each output mode, Vite with a custom outDir, a custom port. */
const FRONTENDS: readonly (NonNullable<BaselineConfig["frontend"]> | undefined)[] = [
  { kind: "nextjs", nextOutput: "standalone" },
  { kind: "nextjs", nextOutput: "default" },
  { kind: "nextjs", nextOutput: "export" },
  { kind: "react-vite", outDir: "build" },
  { kind: "react-vite" },
  { kind: "nextjs", nextOutput: "default", port: 3100 },
  undefined,
];

const HEALTH_PATHS = [undefined, "/healthz"] as const;

/** Backends and frontends paired cyclically (so each backend meets several frontends), each with and without a health route. */
function optionSets(): BaselineConfig[] {
  const sets: BaselineConfig[] = [];
  for (let i = 0; i < Math.max(BACKENDS.length, FRONTENDS.length); i++) {
    const backend = BACKENDS[i % BACKENDS.length];
    const frontend = FRONTENDS[(i * 3) % FRONTENDS.length];
    if (!backend && !frontend) continue;
    for (const healthPath of HEALTH_PATHS) {
      sets.push({
        name: "shop",
        ...(backend ? { backend: { ...backend, dir: BACKEND_DIR } } : {}),
        ...(frontend ? { frontend: { ...frontend, dir: FRONTEND_DIR } } : {}),
        database: backend ? "postgres" : "none",
        deploy: healthPath ? { healthPath } : {},
      });
    }
  }
  // A static frontend alone: it is the primary service of the k6 script.
  sets.push({ name: "shop", frontend: { kind: "react-vite", outDir: "build", port: 8081, dir: FRONTEND_DIR } });
  return sets;
}

// ---- expectations, from the config and the documented defaults only ----

interface Probe {
  readonly path: string;
  readonly below: 400 | 500;
  readonly route: boolean;
}

interface Expected {
  readonly role: "backend" | "frontend";
  readonly key: "api" | "web";
  readonly dir: string;
  readonly port: number;
  readonly probe: Probe;
  readonly runtime: "python" | "node" | "busybox";
  readonly cmd: readonly string[];
  readonly workdir: string;
  /** Folder the Python server imports the app from. */
  readonly importDir?: string;
}

const PY = (k: string | undefined): boolean => k === "django" || k === "fastapi";
const inApp = (d: string): string => (d === "." ? "/app" : `/app/${d}`);
const join = (a: string, b: string): string => (b === "." ? a : a === "." ? b : `${a}/${b}`);

function expectedServices(config: BaselineConfig): Expected[] {
  const out: Expected[] = [];
  const healthPath = config.deploy?.healthPath;
  const b = config.backend;
  if (b && b.kind && b.kind !== "none") {
    const probe: Probe = healthPath ? { path: healthPath, below: 400, route: true } : { path: "/", below: 500, route: false };
    if (PY(b.kind)) {
      const port = b.port ?? 8000;
      const appDir = b.appDir ?? ".";
      const migrationsDir = b.migrationsDir ?? appDir;
      const app = b.app ?? (b.kind === "django" ? "config.wsgi:application" : "app.main:app");
      const server = b.server ?? "gunicorn";
      const moved = appDir !== migrationsDir;
      let cmd: string[];
      if (server === "gunicorn") {
        const asgi = b.kind === "fastapi" || /(^|\.)asgi:/.test(app);
        cmd = ["gunicorn", "--bind", `0.0.0.0:${port}`, ...(asgi ? ["--worker-class", "uvicorn_worker.UvicornWorker"] : []), "--access-logfile", "-", ...(moved ? ["--chdir", inApp(appDir)] : []), b.appFactory ? `${app}()` : app];
      } else if (server === "uvicorn") {
        cmd = ["uvicorn", "--host", "0.0.0.0", "--port", String(port), ...(moved ? ["--app-dir", inApp(appDir)] : []), ...(b.appFactory ? ["--factory", app] : [app])];
      } else {
        cmd = ["daphne", "--bind", "0.0.0.0", "--port", String(port), app];
      }
      out.push({ role: "backend", key: "api", dir: BACKEND_DIR, port, probe, runtime: "python", cmd, workdir: inApp(migrationsDir), importDir: inApp(appDir) });
    } else {
      const port = b.port ?? 3000;
      const cmd = b.start ?? (b.kind === "nestjs" ? ["node", "dist/main.js"] : ["node", "."]);
      out.push({ role: "backend", key: "api", dir: BACKEND_DIR, port, probe, runtime: "node", cmd, workdir: "/app" });
    }
  }
  const f = config.frontend;
  if (f && f.kind && f.kind !== "none") {
    const probe: Probe = { path: "/", below: 500, route: false };
    const mode = f.kind === "nextjs" ? (f.nextOutput ?? "default") : "static";
    const nginx = mode === "static" || mode === "export";
    const port = f.port ?? (nginx ? 8080 : 3000);
    const cmd = nginx ? ["nginx", "-g", "daemon off;"] : mode === "standalone" ? ["node", "server.js"] : ["node", "node_modules/next/dist/bin/next", "start", "--hostname", "0.0.0.0", "--port", String(port)];
    out.push({ role: "frontend", key: "web", dir: FRONTEND_DIR, port, probe, runtime: nginx ? "busybox" : "node", cmd, workdir: nginx ? "" : "/app" });
  }
  return out;
}

const frontendOutDir = (f: NonNullable<BaselineConfig["frontend"]>): string =>
  f.outDir ?? (f.kind === "nextjs" ? (f.nextOutput === "export" ? "out" : ".next") : "dist");

// ---- parsers ----

interface Dockerfile {
  /** Instructions of the final stage, continuation lines joined. */
  readonly final: { readonly op: string; readonly args: string }[];
  env: Record<string, string>;
  expose: number[];
  workdir: string;
  healthcheck: string[];
  cmd: string[];
}

function parseDockerfile(text: string): Dockerfile {
  const logical: string[] = [];
  let acc = "";
  for (const line of text.split("\n")) {
    if (acc === "" && (line.startsWith("#") || line.trim() === "")) continue;
    if (line.endsWith("\\")) {
      acc += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(acc + line);
    acc = "";
  }
  const instructions = logical.map((l) => {
    const m = /^(\w+)\s+([\s\S]*)$/.exec(l.trim());
    if (!m) throw new Error(`unparsed Dockerfile line: ${l}`);
    return { op: m[1]!.toUpperCase(), args: m[2]!.trim() };
  });
  const lastFrom = instructions.map((i) => i.op).lastIndexOf("FROM");
  const final = instructions.slice(lastFrom);
  const env: Record<string, string> = {};
  for (const i of final.filter((x) => x.op === "ENV")) {
    for (const m of i.args.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)) env[m[1]!] = m[2]!.replace(/^"|"$/g, "");
  }
  const workdirs = final.filter((x) => x.op === "WORKDIR").map((x) => x.args);
  const hc = final.find((x) => x.op === "HEALTHCHECK");
  const hcCmd = hc ? /\bCMD\s+(\[.*\])$/.exec(hc.args) : null;
  const cmd = final.find((x) => x.op === "CMD");
  return {
    final,
    env,
    expose: final.filter((x) => x.op === "EXPOSE").flatMap((x) => x.args.split(/\s+/).map((p) => Number(p.replace(/\/tcp$/, "")))),
    workdir: workdirs.at(-1) ?? "",
    healthcheck: hcCmd ? (JSON.parse(hcCmd[1]!) as string[]) : [],
    cmd: cmd ? (JSON.parse(cmd.args) as string[]) : [],
  };
}

/** What a healthcheck argv probes: URL and the exclusive status bound (wget --spider: any 2xx/3xx). */
function probedBy(argv: readonly string[]): { url: string; below: number | undefined } {
  const text = argv.join(" ");
  const url = /https?:\/\/127\.0\.0\.1:\d+[^'"\s]*/.exec(text)?.[0];
  if (!url) throw new Error(`no URL in healthcheck ${text}`);
  const below = /e\.code >= (\d+)/.exec(text)?.[1] ?? /r\.status < (\d+)/.exec(text)?.[1];
  return { url, below: below ? Number(below) : undefined };
}

const yamlOf = (files: Map<string, string>, path: string): Json => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`${path} not rendered; got ${[...files.keys()].join(", ")}`);
  return parseYaml(text) as Json;
};

/** `key = value` of one HCL attribute; the first match after `from` (an anchor such as a resource header). */
function hclValue(text: string, attribute: string, from = 0): string | undefined {
  const m = new RegExp(`^\\s*${attribute}\\s*=\\s*(.+)$`, "m").exec(text.slice(from));
  return m?.[1]!.trim();
}

/** Terraform `services = { api = { port = 8000, health = "/x", ... }, web = {...} }` as a map. */
function terraformServices(text: string): Record<string, { port: number; health: string }> {
  const line = /^\s*services\s*=\s*\{(.*)\}\s*$/m.exec(text)?.[1];
  if (!line) throw new Error("no services map in the Terraform locals");
  const out: Record<string, { port: number; health: string }> = {};
  for (const m of line.matchAll(/(\w+)\s*=\s*\{\s*port\s*=\s*(\d+),\s*health\s*=\s*"([^"]*)"/g)) out[m[1]!] = { port: Number(m[2]), health: m[3]! };
  return out;
}

// ---- rendering ----

function render(config: BaselineConfig): Map<string, string> {
  const options = parseOptions(config);
  return new Map(renderFiles(renderModels(options), options).map((f) => [f.path, f.content]));
}

const steps = (job: Json | undefined): Json[] => (job?.steps as Json[] | undefined) ?? [];

/** Everything that disagrees, as readable lines; empty when the files agree with each other and the options. */
function disagreements(config: BaselineConfig, cloud: Cloud, renderAs: BaselineConfig = config): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string, got?: unknown, want?: unknown): void => {
    if (!ok) problems.push(`${what}${got !== undefined || want !== undefined ? `: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}` : ""}`);
  };
  const eq = (what: string, got: unknown, want: unknown): void => check(JSON.stringify(got) === JSON.stringify(want), what, got, want);

  const full: BaselineConfig = { ...config, cloud };
  const files = render({ ...renderAs, cloud });
  const options = parseOptions({ ...renderAs, cloud });
  const services = expectedServices(full);
  const hasDb = Boolean(config.backend) && full.database === "postgres";

  const dockerfiles = new Map<string, Dockerfile>();
  for (const svc of services) {
    const path = `${svc.dir}/Dockerfile`;
    const text = files.get(path);
    if (!text) {
      problems.push(`${path} not rendered`);
      continue;
    }
    const d = parseDockerfile(text);
    dockerfiles.set(svc.role, d);
    const tag = `${svc.role} Dockerfile`;
    eq(`${tag} EXPOSE`, d.expose, [svc.port]);
    eq(`${tag} CMD`, d.cmd, svc.cmd);
    const hc = probedBy(d.healthcheck);
    eq(`${tag} HEALTHCHECK url`, hc.url, `http://127.0.0.1:${svc.port}${svc.probe.path}`);
    eq(`${tag} HEALTHCHECK runtime`, d.healthcheck[0], { python: "python", node: "node", busybox: "wget" }[svc.runtime]);
    if (svc.runtime !== "busybox") eq(`${tag} HEALTHCHECK status bound`, hc.below, svc.probe.below);
    if (svc.runtime === "node") {
      eq(`${tag} ENV PORT`, d.env.PORT, String(svc.port));
      if (svc.role === "frontend") eq(`${tag} ENV HOSTNAME`, d.env.HOSTNAME, "0.0.0.0");
    }
    if (svc.workdir) eq(`${tag} WORKDIR`, d.workdir, svc.workdir);
    // Every bind flag in the command names 0.0.0.0 and the port.
    const cmd = d.cmd.join(" ");
    for (const m of cmd.matchAll(/--bind (\S+)/g)) check(m[1] === `0.0.0.0:${svc.port}` || m[1] === "0.0.0.0", `${tag} --bind ${m[1]}`);
    for (const m of cmd.matchAll(/--(?:host|hostname) (\S+)/g)) eq(`${tag} host`, m[1], "0.0.0.0");
    for (const m of cmd.matchAll(/--port (\S+)/g)) eq(`${tag} --port`, m[1], String(svc.port));
    if (svc.runtime === "python") {
      const b = full.backend!;
      eq(`${tag} DJANGO_SETTINGS_MODULE`, d.env.DJANGO_SETTINGS_MODULE, b.kind === "django" ? b.settingsModule : undefined);
      // Where the server imports the app from: its --chdir/--app-dir, else PYTHONPATH, else the working directory.
      const flag = /--(?:chdir|app-dir) (\S+)/.exec(cmd)?.[1];
      const importDir = flag ?? d.env.PYTHONPATH?.split(":")[0] ?? d.workdir;
      eq(`${tag} import folder of ${b.app ?? "the app"}`, importDir, svc.importDir);
      if (svc.importDir === svc.workdir) check(!flag, `${tag}: no --chdir/--app-dir when appDir = migrationsDir`, cmd);
      // The app is named as module:attribute, called for a factory.
      const app = b.app ?? (b.kind === "django" ? "config.wsgi:application" : "app.main:app");
      check(d.cmd.includes(b.appFactory && d.cmd[0] === "gunicorn" ? `${app}()` : app), `${tag} CMD names ${app}`, d.cmd);
      if (b.appFactory && d.cmd[0] === "uvicorn") check(d.cmd.includes("--factory"), `${tag} uvicorn --factory`, d.cmd);
    }
    if (svc.runtime === "busybox") {
      const outDir = frontendOutDir(full.frontend!);
      const copy = d.final.find((i) => i.op === "COPY" && i.args.includes("/usr/share/nginx/html"));
      eq(`${tag} copies the build output`, copy?.args, `--from=build /app/${outDir} /usr/share/nginx/html`);
      const conf = files.get(`${svc.dir}/docker/nginx-spa.conf`) ?? "";
      eq(`${tag} nginx listen`, /^\s*listen\s+(\d+)/m.exec(conf)?.[1], String(svc.port));
    }
  }

  // ---- compose, dev and prod: the same healthcheck argv as the image, the same ports ----
  const dev = yamlOf(files, "docker-compose.yml").services as Json;
  const prod = files.has("compose.prod.yml") ? (yamlOf(files, "compose.prod.yml").services as Json) : undefined;
  for (const svc of services) {
    const d = dockerfiles.get(svc.role);
    if (!d) continue;
    for (const [label, compose] of [["docker-compose.yml", dev], ["compose.prod.yml", prod]] as const) {
      if (!compose) continue;
      eq(`${label} ${svc.role} healthcheck.test`, compose[svc.role]?.healthcheck?.test, ["CMD", ...d.healthcheck]);
    }
    const port = (dev[svc.role]?.ports as string[] | undefined)?.[0] ?? "";
    eq(`docker-compose.yml ${svc.role} container port`, port.split(":").at(-1), String(svc.port));
    eq(`docker-compose.yml ${svc.role} build`, dev[svc.role]?.build, { context: `./${svc.dir}`, dockerfile: "Dockerfile" });
  }
  const apiSvc = services.find((s) => s.role === "backend");
  const webSvc = services.find((s) => s.role === "frontend");
  if (apiSvc && webSvc) {
    const devPorts = services.map((s) => (dev[s.role].ports as string[])[0]!.split(":")[1]);
    check(new Set(devPorts).size === devPorts.length, "docker-compose.yml publishes two services on one host port", devPorts);
    if (full.frontend?.kind === "nextjs") {
      eq("docker-compose.yml frontend API_URL", dev.frontend?.environment?.API_URL, `http://backend:${apiSvc.port}`);
      if (prod) eq("compose.prod.yml frontend API_URL", prod.frontend?.environment?.API_URL, `http://backend:${apiSvc.port}`);
    }
  }
  const nginx = files.get("deploy/nginx/nginx.conf");
  if (nginx && prod) {
    for (const svc of services) {
      const upstream = new RegExp(`upstream ${svc.role} \\{\\s*server ([\\w.-]+):(\\d+);`).exec(nginx);
      eq(`nginx.conf upstream ${svc.role}`, upstream ? `${upstream[1]}:${upstream[2]}` : undefined, `${svc.role}:${svc.port}`);
    }
    // The API's health route reaches the API, as Kubernetes' ingress routes it (API_URL polling goes through this proxy).
    if (apiSvc?.probe.route && apiSvc.probe.path !== "/" && webSvc && !apiSvc.probe.path.startsWith("/api/")) {
      const block = new RegExp(`location = ${apiSvc.probe.path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} \\{\\s*proxy_pass http://backend;`).test(nginx);
      check(block, `nginx.conf routes ${apiSvc.probe.path} to the backend`);
    }
  }

  // ---- ci.yml ----
  const ci = yamlOf(files, ".github/workflows/ci.yml").jobs as Json;
  for (const svc of services) {
    const job = ci[`${svc.role}-image`];
    const build = steps(job).find((s) => s.id === "build");
    eq(`ci ${svc.role}-image build`, { context: build?.with?.context, file: build?.with?.file }, { context: svc.dir, file: `${svc.dir}/Dockerfile` });
    const smoke = steps(job).find((s) => s.id === "perf-smoke");
    eq(`ci ${svc.role}-image k6 BASE_URL`, smoke?.env?.BASE_URL, `http://localhost:${svc.port}`);
    eq(`ci ${svc.role}-image k6 SMOKE_PATHS`, smoke?.env?.SMOKE_PATHS, svc.probe.path);
    eq(`ci ${svc.role}-image k6 HEALTHY_BELOW`, smoke?.env?.HEALTHY_BELOW, String(svc.probe.below));
  }
  if (apiSvc && hasDb) {
    const job = ci["backend-integration"];
    const migrationSteps = steps(job).filter((s) => s.id === "migrate" || s.id === "migration-check");
    const b = full.backend!;
    const wanted = PY(b.kind) ? join(BACKEND_DIR, b.migrationsDir ?? b.appDir ?? ".") : BACKEND_DIR;
    if (PY(b.kind)) check(migrationSteps.length === 2, "ci backend-integration has migrate and migration-check", migrationSteps.map((s) => s.id));
    for (const s of migrationSteps) eq(`ci backend-integration ${s.id} working directory`, s["working-directory"] ?? job.defaults?.run?.["working-directory"], wanted);
    const migrate = migrationSteps.find((s) => s.id === "migrate");
    if (migrate && PY(b.kind)) check(String(migrate.run).includes(migrationCommand(options).slice(0, 2).join(" ")), "ci migrate runs the deploy's migration command", migrate.run, migrationCommand(options));
  }
  if (webSvc) {
    const f = full.frontend!;
    const budget = steps(ci["frontend-bundle"]).find((s) => s.id === "bundle-budget");
    const outDir = frontendOutDir(f);
    const bundleDir = f.kind === "nextjs" ? (outDir === ".next" ? ".next/static" : `${outDir}/_next/static`) : outDir;
    eq("ci frontend-bundle BUNDLE_DIR", budget?.env?.BUNDLE_DIR, bundleDir);
    eq("ci frontend-bundle working directory", ci["frontend-bundle"]?.defaults?.run?.["working-directory"], FRONTEND_DIR);
  }

  // ---- perf/smoke.js: defaults of the primary service, and the per-image bound read from the environment ----
  const k6 = files.get("perf/smoke.js") ?? "";
  const primary = apiSvc ?? webSvc!;
  eq("k6 default BASE_URL", /__ENV\.BASE_URL \|\| "([^"]+)"/.exec(k6)?.[1], `http://localhost:${primary.port}`);
  eq("k6 default SMOKE_PATHS", /__ENV\.SMOKE_PATHS \|\| "([^"]*)"/.exec(k6)?.[1], primary.probe.path);
  check(/__ENV\.HEALTHY_BELOW/.test(k6), "k6 reads HEALTHY_BELOW (each image job probes its own service)");

  // ---- deploy.yml and uptime.yml: health polling of each service ----
  const deploy = yamlOf(files, ".github/workflows/deploy.yml").jobs as Json;
  const deployJobs = Object.entries(deploy).filter(([name]) => name.startsWith("deploy-"));
  check(deployJobs.length === 2, "deploy.yml has a staging and a production job", deployJobs.map(([n]) => n));
  for (const [name, job] of deployJobs) {
    for (const svc of services) {
      const urlVar = svc.key === "api" ? "API_URL" : "WEB_URL";
      const polls = steps(job).filter((s) => String(s.id).startsWith(`health-${svc.key}-`));
      check(polls.length > 0, `${name} polls ${svc.key}`);
      for (const s of polls) {
        eq(`${name} ${s.id} HEALTH_URL`, s.env?.HEALTH_URL, `\${{ vars.${urlVar} }}${svc.probe.path}`);
        eq(`${name} ${s.id} HEALTHY_BELOW`, s.env?.HEALTHY_BELOW, String(svc.probe.below));
      }
      // Platform deploy steps that probe a candidate revision (Cloud Run, Container Apps).
      for (const s of steps(job).filter((x) => x.env?.HEALTH_PATH !== undefined && String(x.id).endsWith(`-${svc.key}`))) {
        eq(`${name} ${s.id} HEALTH_PATH`, s.env.HEALTH_PATH, svc.probe.path);
        eq(`${name} ${s.id} HEALTHY_BELOW`, s.env.HEALTHY_BELOW, String(svc.probe.below));
      }
    }
  }
  const uptime = steps(yamlOf(files, ".github/workflows/uptime.yml").jobs.probe);
  for (const svc of services) {
    const s = uptime.find((x) => x.id === `probe-${svc.key}`);
    eq(`uptime probe-${svc.key} URL`, s?.env?.URL, `\${{ vars.${svc.key === "api" ? "API_URL" : "WEB_URL"} }}${svc.probe.path}`);
    eq(`uptime probe-${svc.key} HEALTHY_BELOW`, s?.env?.HEALTHY_BELOW, String(svc.probe.below));
  }

  // ---- migrations: the deploy's one-off command runs in the image's WORKDIR, where manage.py / alembic.ini sit ----
  if (apiSvc && hasDb) {
    const command = migrationCommand(options);
    const b = full.backend!;
    if (b.kind === "django") eq("migration command", command.slice(0, 2), ["python", "manage.py"]);
    if (b.kind === "fastapi") eq("migration command", command, ["alembic", "upgrade", "head"]);
    if (PY(b.kind)) eq("backend image WORKDIR (migrations run there)", dockerfiles.get("backend")?.workdir, inApp(b.migrationsDir ?? b.appDir ?? "."));
    const flat = (x: unknown): string => JSON.stringify(x);
    switch (cloud) {
      case "kubernetes": {
        const job = yamlOf(files, "k8s/migrate/job-shop-migrate.yaml").spec.template.spec.containers[0] as Json;
        eq("k8s migrate Job command", job.command, command);
        eq("k8s migrate Job workingDir (the image's)", job.workingDir, undefined);
        break;
      }
      case "aws-ecs": {
        const step = steps(deploy["deploy-staging"]).find((s) => s.id === "migrate");
        const overrides = /overrides='([^']+)'/.exec(String(step?.run))?.[1];
        eq("ECS migrate override command", overrides ? (JSON.parse(overrides) as Json).containerOverrides[0].command : undefined, command);
        eq("ECS migrate override workingDirectory", overrides ? (JSON.parse(overrides) as Json).containerOverrides[0].workingDirectory : undefined, undefined);
        break;
      }
      case "gcp-cloud-run":
      case "azure-container-apps": {
        const env = files.get("infra/environment.tf") ?? "";
        eq(`${cloud} migrate job command`, hclValue(env, "command"), flat(command).replace(/,/g, ", "));
        check(!/working_dir/.test(env), `${cloud} migrate job keeps the image's working directory`);
        break;
      }
      case "compose": {
        const script = files.get("scripts/deploy_remote.sh") ?? "";
        check(script.includes(`compose run --rm --no-deps backend ${command.join(" ")}`), "deploy_remote.sh migrate runs the migration command in the backend image", command);
        check(!/compose run[^\n]*(--workdir|-w )/.test(script), "deploy_remote.sh keeps the image's working directory");
        break;
      }
    }
  }

  // ---- the platform: container port and probe ----
  switch (cloud) {
    case "kubernetes": {
      for (const svc of services) {
        const dep = yamlOf(files, `k8s/base/deployment-shop-${svc.key}.yaml`);
        const c = dep.spec.template.spec.containers[0] as Json;
        eq(`k8s ${svc.key} containerPort`, c.ports?.[0]?.containerPort, svc.port);
        const named = c.ports?.[0]?.name as string;
        for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
          const p = c[probe] as Json | undefined;
          if (svc.probe.route) eq(`k8s ${svc.key} ${probe}`, p?.httpGet ? { path: p.httpGet.path, port: p.httpGet.port } : p, { path: svc.probe.path, port: named });
          else eq(`k8s ${svc.key} ${probe}`, p?.tcpSocket, { port: named });
        }
        const service = yamlOf(files, `k8s/base/service-shop-${svc.key}.yaml`);
        eq(`k8s ${svc.key} Service targetPort`, service.spec.ports[0].targetPort, named);
      }
      if (apiSvc?.probe.route && webSvc && !apiSvc.probe.path.startsWith("/api/")) {
        const paths = (yamlOf(files, "k8s/base/ingress-shop.yaml").spec.rules[0].http.paths as Json[]).map((p) => [p.path, p.backend.service.name]);
        check(paths.some(([p, s]) => p === apiSvc.probe.path && s === "shop-api"), "k8s ingress routes the API health route to the API", paths);
      }
      break;
    }
    case "aws-ecs": {
      const tf = files.get("infra/modules/environment/main.tf") ?? "";
      for (const svc of services) {
        const tg = tf.indexOf(`resource "aws_lb_target_group" "${svc.key}"`);
        check(tg >= 0, `ECS target group ${svc.key}`);
        eq(`ECS ${svc.key} target group port`, hclValue(tf, "port", tg), String(svc.port));
        eq(`ECS ${svc.key} health_check path`, hclValue(tf, "path", tg), JSON.stringify(svc.probe.path));
        eq(`ECS ${svc.key} health_check matcher`, hclValue(tf, "matcher", tg), svc.probe.route ? '"200-399"' : '"200-499"');
        const task = tf.indexOf(`resource "aws_ecs_task_definition" "${svc.key}"`);
        eq(`ECS ${svc.key} containerPort`, /containerPort = (\d+)/.exec(tf.slice(task))?.[1], String(svc.port));
        const ecsService = tf.indexOf(`resource "aws_ecs_service" "${svc.key}"`);
        eq(`ECS ${svc.key} load_balancer container_port`, hclValue(tf, "container_port", ecsService), String(svc.port));
      }
      break;
    }
    case "gcp-cloud-run":
    case "azure-container-apps": {
      const map = terraformServices(files.get("infra/variables.tf") ?? "");
      for (const svc of services) eq(`${cloud} services.${svc.key}`, map[svc.key], { port: svc.port, health: svc.probe.route ? svc.probe.path : "" });
      break;
    }
    case "compose":
      break;
  }
  return problems;
}

const SETS = optionSets();

describe("runtime facts agree across every generated file, for every stack and target", () => {
  it("covers every backend kind, every frontend mode, with and without a health route", () => {
    const kinds = new Set(SETS.map((s) => s.backend?.kind).filter(Boolean));
    expect([...kinds].sort()).toEqual(["django", "express", "fastapi", "nestjs"]);
    const modes = new Set(SETS.filter((s) => s.frontend).map((s) => `${s.frontend!.kind}/${s.frontend!.nextOutput ?? s.frontend!.outDir ?? ""}`));
    for (const m of ["nextjs/standalone", "nextjs/default", "nextjs/export", "react-vite/build"]) expect(modes).toContain(m);
    for (const backend of BACKENDS.filter(Boolean)) {
      const withIt = SETS.filter((s) => JSON.stringify({ ...s.backend, dir: undefined }) === JSON.stringify({ ...backend, dir: undefined }));
      expect(new Set(withIt.map((s) => s.deploy?.healthPath ?? "-")).size, JSON.stringify(backend)).toBe(2);
    }
  });

  for (const cloud of CLOUDS) {
    it(`${cloud}: Dockerfile, compose, CI, k6, deploy, uptime, migrations and platform agree (${SETS.length} option sets)`, () => {
      const problems = SETS.flatMap((config) => disagreements(config, cloud).map((p) => `${JSON.stringify({ backend: config.backend, frontend: config.frontend, healthPath: config.deploy?.healthPath })}\n    ${p}`));
      expect(problems).toEqual([]);
    });
  }

  it("fails when the files disagree: a probe of the wrong port or path is caught", () => {
    // The checker itself, fed a config whose expectations differ from what was rendered.
    const config: BaselineConfig = { name: "shop", backend: { kind: "django", dir: BACKEND_DIR, appDir: "src" }, database: "postgres", deploy: { healthPath: "/healthz" } };
    expect(disagreements(config, "kubernetes")).toEqual([]);
    const problems = disagreements({ ...config, backend: { ...config.backend!, port: 9000 }, deploy: { healthPath: "/ready" } }, "kubernetes", config);
    expect(problems.some((p) => p.includes("EXPOSE"))).toBe(true);
    expect(problems.some((p) => p.includes("HEALTH_URL"))).toBe(true);
    expect(problems.some((p) => p.includes("readinessProbe"))).toBe(true);
  });
});
