import { compareText, visiblePaths } from "./ignore-paths.js";

export { compareText };
import { isConfigModule } from "./env/source-files.js";
import { baseOf, dirOf, depthOf } from "./paths.js";

/** What a file tells detection; each kind has a cap so a huge monorepo still costs a few dozen reads. */
type FileKind =
  | "node" | "python" | "django" | "version" | "docker" | "compose" | "env-example" | "prisma" | "router-config" | "python-entry"
  | "platform" | "python-app" | "node-config" | "node-entry" | "pnpm-lock" | "tool-config" | "env-source";

const CAPS: Record<FileKind, number> = {
  node: 40,
  python: 40,
  django: 25,
  version: 20,
  docker: 20,
  compose: 12,
  "env-example": 8,
  prisma: 4,
  "router-config": 4,
  "python-entry": 6,
  platform: 8,
  "python-app": 40,
  "node-config": 24,
  "node-entry": 40,
  "tool-config": 8,
  "pnpm-lock": 4,
  "env-source": 20,
};

/** Files that state how an app starts, whatever its stack (Procfile `web:`, Fly, Railway, Render, App Engine). */
const PLATFORM_FILES = new Set(["Procfile", "fly.toml", "railway.toml", "railway.json", "render.yaml", "app.yaml", "alembic.ini", "pytest.ini"]);
/** Python modules that define the app object, its factory, its routes or its server entry. */
const PYTHON_APP_FILES = /^(wsgi|asgi|urls|main|app|application|api|server|routes|routers|health|healthcheck|views|__init__)\.py$/;
/** Framework and compiler configs that decide output folders and build layout. */
const NODE_CONFIGS = /^(next\.config\.(js|mjs|cjs|ts|mts)|vite\.config\.(js|mjs|cjs|ts|mts)|nest-cli\.json|tsconfig(\.build)?\.json)$/;
/** Node.js entry points and route files, where ports and health routes are declared. */
const NODE_ENTRY = /^(main|index|app|server)\.(ts|js|mjs|cjs)$|\.controller\.ts$|^(health|healthz|health\.routes|routes)\.(ts|js)$/;

/** Python entry modules, read only to explain an app that declares no dependencies (see find-bare-python-apps.ts). */
const PYTHON_ENTRIES = new Set(["main.py", "app.py", "api.py", "asgi.py", "server.py"]);

const VERSION_FILES = new Set([".python-version", "runtime.txt", ".nvmrc", ".node-version", ".tool-versions"]);
const ENV_EXAMPLES = new Set([".env.example", ".env.sample", ".env.template", ".env.dist", "env.example", "example.env"]);

/**
 * Files whose first lines are all detection needs: pnpm-lock.yaml's `lockfileVersion` picks the pnpm
 * version CI installs. A local read stops after this many bytes; lockfiles run to megabytes.
 */
export const HEAD_ONLY_BYTES = 1024;
export const readsHeadOnly = (path: string): boolean => baseOf(path) === "pnpm-lock.yaml";

/** Classifies a path by name alone; lockfiles are not read (their presence is enough), except pnpm-lock.yaml's head. */
export function fileKindOf(path: string): FileKind | undefined {
  const name = baseOf(path);
  const lower = name.toLowerCase();
  const parent = baseOf(dirOf(path)).toLowerCase();
  if (name === "package.json") return "node";
  if (name === "pnpm-lock.yaml") return "pnpm-lock";
  if (name === "pyproject.toml" || name === "Pipfile") return "python";
  if (/^requirements.*\.(txt|in)$/i.test(name) || (parent === "requirements" && /\.(txt|in)$/i.test(name))) return "python";
  if (name === "manage.py" || isDjangoSettings(path)) return "django";
  if (VERSION_FILES.has(name)) return "version";
  if (isDockerfile(name)) return "docker";
  if (/^(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(name)) return "compose";
  if (ENV_EXAMPLES.has(lower)) return "env-example";
  if (name === "schema.prisma") return "prisma";
  // React Router framework mode: `ssr: false` there makes it a static Vite build.
  if (/^react-router\.config\.(ts|js|mjs)$/.test(name)) return "router-config";
  if (PYTHON_ENTRIES.has(name) && depthOf(dirOf(path)) <= 2) return "python-entry";
  if (PLATFORM_FILES.has(name)) return "platform";
  // setup.cfg and tox.ini may hold [flake8], [mypy], [tool:pytest] and [isort] sections.
  if (name === "setup.cfg" || name === "tox.ini") return "tool-config";
  if (PYTHON_APP_FILES.test(name) && !/(^|\/)(tests?|migrations)\//.test(path)) return "python-app";
  if (NODE_CONFIGS.test(name)) return "node-config";
  if (NODE_ENTRY.test(name) && !/(^|\/)(test|tests|__tests__|e2e|public)\//.test(path) && !/\.(spec|test)\./.test(name)) return "node-entry";
  // Where apps read their environment variables (settings.py, config.ts, env.mjs, app.module.ts).
  if (isConfigModule(path)) return "env-source";
  return undefined;
}

export function isDockerfile(name: string): boolean {
  if (/\.dockerignore$/i.test(name)) return false;
  return /^(dockerfile|containerfile)([.-][\w.-]+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);
}

/** settings.py, settings_prod.py, or any module of a settings/ package (Django's split settings). */
export function isDjangoSettings(path: string): boolean {
  const name = baseOf(path);
  if (!name.endsWith(".py")) return false;
  return /^settings([._-].*)?\.py$/.test(name) || baseOf(dirOf(path)) === "settings";
}

/**
 * The few files detection reads, given every path of the repository. Files inside node_modules,
 * virtualenvs and build output are never asked for; shallower files win when a kind hits its cap.
 */
export function filesToRead(paths: readonly string[]): string[] {
  const byKind = new Map<FileKind, string[]>();
  for (const path of visiblePaths(paths)) {
    const kind = fileKindOf(path);
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(path);
    byKind.set(kind, list);
  }
  const picked: string[] = [];
  for (const [kind, list] of byKind) {
    list.sort((a, b) => depthOf(dirOf(a)) - depthOf(dirOf(b)) || compareText(a, b));
    picked.push(...list.slice(0, CAPS[kind]));
  }
  return picked.sort(compareText);
}

