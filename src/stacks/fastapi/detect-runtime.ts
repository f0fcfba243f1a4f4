import type { AppCandidate } from "../../detect/app-candidate.js";
import { baseOf, dirOf, isWithin, joinPath, showDir } from "../../detect/paths.js";
import { isOutsideApp, type RepoIndex } from "../../detect/repo-index.js";
import { bestHealthRoute, joinUrl, type HealthRoute } from "../../detect/runtime/health-route.js";
import { emptyReport, moduleFile, procfileWeb, pythonModuleOf, relativeDir, type RuntimeReport } from "../../detect/runtime/facts.js";
import { pythonServerFacts } from "../../detect/runtime/python-server.js";

/** Files that usually hold the app object, best first. */
const APP_FILE_RANK = ["main.py", "app.py", "application.py", "api.py", "server.py", "asgi.py", "__init__.py"];
const FACTORY = /^(?:async\s+)?def\s+(create_app|get_app|make_app|build_app|get_application|create_application|app_factory)\s*\(/m;

interface AppObject {
  readonly module: string;
  readonly attr: string;
  readonly factory: boolean;
  readonly importRoot: string;
  readonly file: string;
  readonly reason: string;
}

/**
 * How a FastAPI app runs: `[tool.fastapi] entrypoint` or a Procfile first, else the app object found
 * in the code (`app = FastAPI(`, or a `create_app()` factory), its import root (`src/` → --app-dir),
 * Alembic's folder, and a health route declared on the app.
 */
export function detectFastapiRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  const found = declaredEntrypoint(index, app) ?? appInCode(index, app.dir);
  if (found) {
    const appDir = relativeDir(found.importRoot, app.dir);
    report.facts.push({ key: "app", value: `${found.module}:${found.attr}`, file: found.file, reason: found.reason });
    if (found.factory) report.facts.push({ key: "appFactory", value: true, file: found.file, reason: `${found.attr} in ${found.file} is a factory: the server calls it` });
    report.facts.push({ key: "appDir", value: appDir, file: found.file, reason: `${found.module} (${found.file}) imports from ${showDir(found.importRoot)}` });
    const route = healthRoute(index, found);
    if (route) report.facts.push({ key: "deploy.healthPath", value: route.path, file: route.file, reason: `${route.file} routes GET ${route.path} on the app` });
  } else {
    report.warnings.push(`No FastAPI app object (\`app = FastAPI(\`) or factory (\`def create_app\`) was found in ${showDir(app.dir)}; set backend.app (module:attribute) and backend.appDir.`);
  }
  const alembic = index.paths.filter((p) => isWithin(p, app.dir) && baseOf(p) === "alembic.ini" && !isOutsideApp(p)).sort((a, b) => a.length - b.length)[0];
  if (alembic) report.facts.push({ key: "migrationsDir", value: relativeDir(dirOf(alembic), app.dir), file: alembic, reason: `Alembic runs beside ${alembic}` });
  else if (found) report.facts.push({ key: "migrationsDir", value: relativeDir(found.importRoot, app.dir), file: found.file, reason: "no alembic.ini: one-off commands run from the import root" });
  report.facts.push(...pythonServerFacts(app, true, report.warnings));
  return report;
}

/** `[tool.fastapi] entrypoint = "app.main:app"` in pyproject.toml, or the module a Procfile's web process serves. */
function declaredEntrypoint(index: RepoIndex, app: AppCandidate): AppObject | undefined {
  const pyproject = joinPath(app.dir, "pyproject.toml");
  const table = /\[tool\.fastapi\][^[]*?entrypoint\s*=\s*["']([\w.]+):(\w+)["']/s.exec(index.files.get(pyproject) ?? "");
  const procfile = procfileWeb(index, app.dir);
  const fromProcfile = procfile ? /(?:^|\s)([A-Za-z_][\w.]*):([A-Za-z_]\w*)(\(\))?(?=\s|$)/.exec(procfile.line) : null;
  const [module, attr, source, how] = table
    ? [table[1], table[2], pyproject, "[tool.fastapi] entrypoint names it"]
    : fromProcfile
      ? [fromProcfile[1], fromProcfile[2], procfile!.file, `the Procfile's web process serves it (${procfile!.line})`]
      : [];
  if (!module || !attr || !source) return undefined;
  const appDirFlag = procfile && fromProcfile ? /--app-dir[= ](\S+)/.exec(procfile.line)?.[1] : undefined;
  const importRoot = appDirFlag ? joinPath(app.dir, appDirFlag.replace(/^\.\/?/, "").replace(/\/$/, "") || ".") : rootFor(index, app.dir, module);
  const factory = Boolean(fromProcfile?.[3]) || Boolean(procfile?.line.includes("--factory"));
  return { module, attr, factory, importRoot, file: source, reason: `${module}:${attr} — ${how}` };
}

/** The import root below `dir` from which `module` resolves (the app folder or its src/). */
function rootFor(index: RepoIndex, dir: string, module: string): string {
  return [dir, joinPath(dir, "src")].find((root) => moduleFile(index, root, module)) ?? dir;
}

/** A module-level `X = FastAPI(` wins over a factory; main.py and app.py over others; shallow over deep. */
function appInCode(index: RepoIndex, dir: string): AppObject | undefined {
  const files = [...index.files.keys()]
    .filter((p) => isWithin(p, dir) && p.endsWith(".py") && !isOutsideApp(p) && !/(^|\/)(tests?|migrations|alembic)\//.test(p))
    .sort((a, b) => rank(a) - rank(b) || a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
  const objects: AppObject[] = [];
  for (const file of files) {
    const text = index.files.get(file) ?? "";
    const importRoot = isWithin(file, joinPath(dir, "src")) ? joinPath(dir, "src") : dir;
    const module = pythonModuleOf(file, importRoot);
    const instance = /^(\w+)\s*(?::\s*[\w.]+\s*)?=\s*(?:fastapi\.)?FastAPI\(/m.exec(text);
    if (instance?.[1]) {
      objects.push({ module, attr: instance[1], factory: false, importRoot, file, reason: `${file} creates ${instance[1]} = FastAPI(...)` });
      continue;
    }
    const factory = FACTORY.exec(text);
    if (factory?.[1] && /FastAPI\(/.test(text)) {
      objects.push({ module, attr: factory[1], factory: true, importRoot, file, reason: `${file} defines the app factory ${factory[1]}()` });
    }
  }
  return objects.find((o) => !o.factory) ?? objects[0];
}

function rank(file: string): number {
  const r = APP_FILE_RANK.indexOf(baseOf(file));
  return r < 0 ? APP_FILE_RANK.length : r;
}

/** `@app.get("/health")` on the app object itself, or `app.add_api_route("/health", …)`. */
function healthRoute(index: RepoIndex, app: AppObject): HealthRoute | undefined {
  const routes: HealthRoute[] = [];
  const owner = app.factory ? "\\w+" : app.attr;
  const decorator = new RegExp(`@${owner}\\.(?:get|api_route|head)\\(\\s*["']([^"']+)["']`, "g");
  const added = new RegExp(`\\b${owner}\\.add_api_route\\(\\s*["']([^"']+)["']`, "g");
  const text = index.files.get(app.file) ?? "";
  for (const m of [...text.matchAll(decorator), ...text.matchAll(added)]) routes.push({ path: joinUrl(m[1] ?? ""), file: app.file });
  return bestHealthRoute(routes);
}
