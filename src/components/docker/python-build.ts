import type { BaselineOptions } from "../../options/index.js";
import { TOOL_VERSIONS } from "../../pins/tool-versions.js";
import { pythonImage } from "./base-images.js";
import { execForm } from "./docker-strategy.js";
import { backendProbe, healthcheckArgv } from "./health-probe.js";
import { PYTHON_APP_ROOT, pythonServer } from "./python-server.js";

/** How each Python package manager installs locked runtime dependencies into /opt/venv. */
const INSTALL = {
  pip: {
    tool: undefined,
    manifests: "requirements.txt",
    install: "pip install --no-cache-dir -r requirements.txt",
    add: "pip install --no-cache-dir",
  },
  poetry: {
    tool: `poetry==${TOOL_VERSIONS.poetry}`,
    manifests: "pyproject.toml poetry.lock",
    // Poetry installs into the activated virtualenv (VIRTUAL_ENV) when one is active.
    install: "poetry install --only main --no-root --no-interaction --no-ansi",
    add: "pip install --no-cache-dir",
  },
  uv: {
    tool: `uv==${TOOL_VERSIONS.uv}`,
    manifests: "pyproject.toml uv.lock",
    install: "uv sync --frozen --no-dev --no-install-project",
    // `uv sync` removes packages it did not lock (pip included), so extras go through uv too.
    add: "uv pip install",
  },
} as const;

/** Template context of a Python backend image: base image, install steps, the server and its health check. */
export function pythonContext(options: BaselineOptions, title: string) {
  const pm = options.backend.packageManager as keyof typeof INSTALL;
  const steps = INSTALL[pm] ?? INSTALL.pip;
  const postgres = options.database === "postgres" || options.database === "postgis";
  const runtimePackages = [
    ...(postgres ? ["libpq5"] : []),
    // GeoDjango loads GDAL/GEOS at import time.
    ...(options.database === "postgis" && options.backend.kind === "django" ? ["gdal-bin"] : []),
  ];
  const server = pythonServer(options);
  // Keep the app's own pinned server when it declares one; add ours only when it is missing.
  const modules = server.packages.map((pkg) => pkg.split("==")[0]!.replace(/-/g, "_"));
  const ensureServer = `python -c "import ${modules.join(", ")}" 2>/dev/null || ${steps.add} ${server.packages.join(" ")}`;
  const { port, migrationsDir, settingsModule } = options.backend;
  return {
    title,
    serverName: server.argv[0],
    serverCmdline: server.argv.join(" "),
    baseImage: pythonImage(options.backend.version),
    tool: steps.tool,
    uv: pm === "uv",
    manifests: steps.manifests,
    install: steps.install,
    ensureServer,
    buildPackages: postgres ? ["libpq-dev"] : [],
    runtimePackages,
    settingsModule,
    collectStatic: options.backend.kind === "django" && options.backend.collectStatic ? collectStaticCommand(options) : undefined,
    // daphne has no --chdir: when the app sits outside the working directory (migrationsDir), it is found through PYTHONPATH.
    pythonPath: options.backend.server === "daphne" && options.backend.appDir !== migrationsDir ? (options.backend.appDir === "." ? PYTHON_APP_ROOT : `${PYTHON_APP_ROOT}/${options.backend.appDir}`) : undefined,
    workdir: migrationsDir === "." ? undefined : migrationsDir,
    port,
    healthcheck: execForm(healthcheckArgv("python", port, backendProbe(options))),
    cmd: execForm(server.argv),
  };
}

/**
 * collectstatic at build time: settings must import, so the variables they require get throwaway
 * values for this one command (a sqlite URL for database URLs); nothing of them stays in the image.
 */
function collectStaticCommand(options: BaselineOptions): string {
  // A random value per build, so no secret-looking literal sits in the Dockerfile.
  const random = '"$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")"';
  const env = (options.backend.importEnv ?? []).map((name) => `${name}=${/DATABASE_URL|_DB_URL$/.test(name) ? "sqlite:////tmp/collectstatic.sqlite3" : random}`);
  return [...env, "python manage.py collectstatic --noinput"].join(" ");
}
