import type { AppCandidate } from "../../detect/app-candidate.js";
import { baseOf, dirOf, isWithin, showDir } from "../../detect/paths.js";
import { isOutsideApp, type RepoIndex } from "../../detect/repo-index.js";
import { bestHealthRoute, joinUrl, type HealthRoute } from "../../detect/runtime/health-route.js";
import { emptyReport, moduleFile, procfileWeb, pythonModuleOf, relativeDir, type RuntimeFact, type RuntimeReport } from "../../detect/runtime/facts.js";
import { pythonServerFacts } from "../../detect/runtime/python-server.js";
import { scanPython } from "../../detect/env/index.js";

const SETTINGS_ENV = /DJANGO_SETTINGS_MODULE["']?\s*[,:=]\s*["']([\w.]+)["']/;

/**
 * How a Django project runs, read from the repository: manage.py's folder (the import root, where
 * migrations run), the settings module production uses, the WSGI or ASGI application from settings,
 * the server (channels needs ASGI), and the health route in the URLconf.
 */
export function detectDjangoRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  const manage = managePyOf(index, app);
  if (!manage) return report;
  const root = dirOf(manage);
  const appDir = relativeDir(root, app.dir);
  report.facts.push(
    { key: "appDir", value: appDir, file: manage, reason: `${manage} is the project's entry point, so its folder (${showDir(root)}) is the import root` },
    { key: "migrationsDir", value: appDir, file: manage, reason: `migrations run with ${manage}` },
  );

  const asgiNeeded = app.python?.deps.some((d) => d.name === "channels");
  const settings = settingsModule(index, root, manage, Boolean(asgiNeeded));
  if (settings) report.facts.push({ key: "settingsModule", value: settings.module, file: settings.file, reason: settings.reason });

  const settingsFiles = settings ? settingsFamily(index, root, settings.module) : [];
  const wsgi = applicationSetting(index, settingsFiles, "WSGI_APPLICATION") ?? packageHolding(index, root, "wsgi.py");
  const asgi = applicationSetting(index, settingsFiles, "ASGI_APPLICATION") ?? packageHolding(index, root, "asgi.py");
  const chosen = asgiNeeded && asgi ? asgi : (wsgi ?? asgi);
  if (chosen) {
    const why = asgiNeeded && asgi ? `; channels is a dependency, so the app is served over ASGI` : "";
    report.facts.push({ key: "app", value: chosen.app, file: chosen.file, reason: `${chosen.reason}${why}` });
    report.facts.push(...pythonServerFacts(app, chosen.app.includes(".asgi:") || Boolean(asgiNeeded), report.warnings));
  } else {
    report.warnings.push(`No WSGI_APPLICATION, wsgi.py or asgi.py was found for ${manage}; set backend.app (module:attribute) to the application the server loads.`);
  }

  const statics = staticFiles(index, settingsFiles);
  if (statics) report.facts.push(statics);
  const required = requiredEnv(index, settingsFiles);
  if (required.names.length > 0) {
    report.facts.push({ key: "importEnv", value: required.names, file: required.file, reason: `${required.file} requires ${required.names.join(", ")} at import (no default), so CI and build-time steps get throwaway values for them` });
  }
  const route = healthRoute(index, root, settingsFiles);
  if (route) report.facts.push({ key: "deploy.healthPath", value: route.path, file: route.file, reason: `${route.file} routes ${route.path}` });
  const procfile = procfileWeb(index, app.dir);
  if (procfile) report.warnings.push(`${procfile.file} starts the web process with \`${procfile.line}\`; the image serves the detected app instead (set backend.app or backend.server to change it).`);
  return report;
}

/**
 * collectstatic at image build when the settings set STATIC_ROOT: its value is where the files land,
 * and WhiteNoise (in MIDDLEWARE) is what serves them from there.
 */
function staticFiles(index: RepoIndex, settingsFiles: readonly string[]): RuntimeFact | undefined {
  for (const file of settingsFiles) {
    const text = index.files.get(file) ?? "";
    if (!/^STATIC_ROOT\s*=/m.test(text)) continue;
    const whitenoise = settingsFiles.some((f) => /whitenoise\.middleware\.WhiteNoiseMiddleware/.test(index.files.get(f) ?? ""));
    const serves = whitenoise ? "WhiteNoise serves them" : "nothing in the settings serves them (add WhiteNoise, or serve STATIC_ROOT from the proxy)";
    return { key: "collectStatic", value: true, file, reason: `${file} sets STATIC_ROOT, so the image runs collectstatic at build; ${serves}` };
  }
  return undefined;
}

/** Variables settings read with no default, by the same scanner that lists every variable the app reads (detect/env). */
function requiredEnv(index: RepoIndex, settingsFiles: readonly string[]): { names: string[]; file: string } {
  const names = new Set<string>();
  let first = settingsFiles[0] ?? "";
  for (const file of settingsFiles) {
    const before = names.size;
    for (const read of scanPython(file, index.files.get(file) ?? "")) if (!read.hasDefault && /^[A-Z][A-Z0-9_]*$/.test(read.name)) names.add(read.name);
    if (before === 0 && names.size > 0) first = file;
  }
  return { names: [...names].sort(), file: first };
}

/** The shallowest manage.py that belongs to this app (detection attached it to the app's folder). */
function managePyOf(index: RepoIndex, app: AppCandidate): string | undefined {
  if (baseOf(app.file) === "manage.py") return app.file;
  return index.paths.filter((p) => baseOf(p) === "manage.py" && isWithin(p, app.dir) && !isOutsideApp(p)).sort((a, b) => a.length - b.length)[0];
}

/**
 * The settings module production runs with: wsgi.py's default (the server reads it), else manage.py's;
 * a settings package with a production module (config/settings/production.py) wins over its dev default.
 */
function settingsModule(index: RepoIndex, root: string, manage: string, asgi: boolean): { module: string; file: string; reason: string } | undefined {
  // The server imports wsgi.py (or asgi.py for an ASGI app), whose default is what production reads.
  const entries = (asgi ? ["asgi.py", "wsgi.py"] : ["wsgi.py", "asgi.py"]).flatMap((name) =>
    index.paths.filter((p) => isWithin(p, root) && baseOf(p) === name && !isOutsideApp(p)),
  );
  const sources = [...entries, manage];
  for (const file of sources) {
    const declared = SETTINGS_ENV.exec(index.files.get(file) ?? "")?.[1];
    if (!declared) continue;
    const production = productionSibling(index, root, declared);
    if (production) {
      return { module: production.module, file: production.file, reason: `${file} defaults to ${declared}; ${production.file} is the production module of that settings package` };
    }
    if (moduleFile(index, root, declared)) return { module: declared, file, reason: `${file} sets DJANGO_SETTINGS_MODULE to ${declared}` };
  }
  return undefined;
}

/** `config.settings` (a package) or `config.settings.local` → `config.settings.production` when that file exists. */
function productionSibling(index: RepoIndex, root: string, module: string): { module: string; file: string } | undefined {
  const asPackage = moduleFile(index, root, module)?.endsWith("__init__.py") ? module : undefined;
  const parent = asPackage ?? module.split(".").slice(0, -1).join(".");
  if (!parent || (!asPackage && !/\.(local|dev|development|base|settings)$/.test(module))) return undefined;
  for (const name of ["production", "prod"]) {
    const file = moduleFile(index, root, `${parent}.${name}`);
    if (file && `${parent}.${name}` !== module) return { module: `${parent}.${name}`, file };
  }
  return undefined;
}

/** The settings module's file and its siblings: `from .base import *` chains stay inside one package. */
function settingsFamily(index: RepoIndex, root: string, module: string): string[] {
  const file = moduleFile(index, root, module);
  if (!file) return [];
  const folder = dirOf(file);
  return [...index.files.keys()].filter((p) => dirOf(p) === folder && p.endsWith(".py")).sort((a, b) => (a === file ? -1 : b === file ? 1 : a < b ? -1 : 1));
}

/** `WSGI_APPLICATION = "config.wsgi.application"` (either quote style) → `config.wsgi:application`, when the module exists. */
function applicationSetting(index: RepoIndex, files: readonly string[], setting: string): { app: string; file: string; reason: string } | undefined {
  const pattern = new RegExp(`^${setting}\\s*=\\s*["']([\\w.]+)\\.(\\w+)["']`, "m");
  for (const file of files) {
    const match = pattern.exec(index.files.get(file) ?? "");
    if (match?.[1] && match[2]) return { app: `${match[1]}:${match[2]}`, file, reason: `${file} sets ${setting} to ${match[1]}.${match[2]}` };
  }
  return undefined;
}

/** The project package that holds wsgi.py (or asgi.py) below the import root. */
function packageHolding(index: RepoIndex, root: string, name: string): { app: string; file: string; reason: string } | undefined {
  const file = index.paths.filter((p) => isWithin(p, root) && baseOf(p) === name && !isOutsideApp(p)).sort((a, b) => a.length - b.length)[0];
  if (!file) return undefined;
  const module = pythonModuleOf(file, root);
  return { app: `${module}:application`, file, reason: `${file} is the project's ${name.replace(".py", "").toUpperCase()} module` };
}

/**
 * A health route of the root URLconf (ROOT_URLCONF, else the project's urls.py): `path("healthz/", …)`,
 * `re_path(r"^health/$", …)`, or django-health-check's URLs mounted with `include("health_check.urls")`.
 */
function healthRoute(index: RepoIndex, root: string, settingsFiles: readonly string[]): HealthRoute | undefined {
  let urlconf: string | undefined;
  for (const file of settingsFiles) {
    const name = /^ROOT_URLCONF\s*=\s*["']([\w.]+)["']/m.exec(index.files.get(file) ?? "")?.[1];
    if (name) urlconf = moduleFile(index, root, name);
    if (urlconf) break;
  }
  const files = urlconf ? [urlconf] : [...index.files.keys()].filter((p) => isWithin(p, root) && baseOf(p) === "urls.py").slice(0, 3);
  const routes: HealthRoute[] = [];
  const healthCheckApp: HealthRoute[] = [];
  for (const file of files) {
    const text = index.files.get(file) ?? "";
    for (const m of text.matchAll(/\b(?:path|re_path|url)\(\s*r?["']\^?([\w\-/]*?)\$?["']\s*,\s*([^\n]*)/g)) {
      const path = joinUrl(m[1] ?? "");
      if (/include\(\s*["']health_check\.urls["']/.test(m[2] ?? "")) healthCheckApp.push({ path: path.endsWith("/") ? path : `${path}/`, file });
      else routes.push({ path, file });
    }
  }
  return bestHealthRoute(routes) ?? healthCheckApp[0];
}
