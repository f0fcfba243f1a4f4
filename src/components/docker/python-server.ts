import type { BaselineOptions } from "../../options/index.js";
import { TOOL_VERSIONS } from "../../pins/tool-versions.js";

/** Where the backend's code sits in the image: `COPY . .` of backend.dir lands here. */
export const PYTHON_APP_ROOT = "/app";

/** The server an image runs, and the packages it needs when the app's own lockfile lacks them. */
export interface PythonServer {
  /** Packages at pinned versions, installed only when the app's environment cannot import them. */
  readonly packages: readonly string[];
  readonly argv: readonly string[];
}

const inApp = (dir: string): string => (dir === "." ? PYTHON_APP_ROOT : `${PYTHON_APP_ROOT}/${dir}`);

/** True when the app is served over ASGI: FastAPI always, Django when the config names its ASGI application. */
export function servesAsgi(options: BaselineOptions): boolean {
  return options.backend.kind === "fastapi" || /(^|\.)asgi:/.test(options.backend.app);
}

/**
 * The command that serves the backend, bound to 0.0.0.0 on backend.port, loading backend.app from
 * backend.appDir. The image's WORKDIR is backend.migrationsDir, so `--chdir` appears only when they differ.
 */
export function pythonServer(options: BaselineOptions): PythonServer {
  const { port, appDir, migrationsDir, server } = options.backend;
  const app = options.backend.appFactory ? `${options.backend.app}()` : options.backend.app;
  const chdir = appDir === migrationsDir ? [] : ["--chdir", inApp(appDir)];
  switch (server) {
    case "uvicorn":
      return {
        packages: [`uvicorn==${TOOL_VERSIONS.uvicorn}`],
        argv: [
          "uvicorn",
          "--host", "0.0.0.0",
          "--port", String(port),
          ...(appDir === migrationsDir ? [] : ["--app-dir", inApp(appDir)]),
          ...(options.backend.appFactory ? ["--factory", options.backend.app] : [options.backend.app]),
        ],
      };
    case "daphne":
      // daphne imports from the working directory and PYTHONPATH; it has no --chdir (the image sets PYTHONPATH to appDir when they differ).
      return { packages: [`daphne==${TOOL_VERSIONS.daphne}`], argv: ["daphne", "--bind", "0.0.0.0", "--port", String(port), app] };
    case "gunicorn": {
      const asgi = servesAsgi(options);
      return {
        packages: [`gunicorn==${TOOL_VERSIONS.gunicorn}`, ...(asgi ? [`uvicorn-worker==${TOOL_VERSIONS["uvicorn-worker"]}`] : [])],
        argv: [
          "gunicorn",
          "--bind", `0.0.0.0:${port}`,
          // uvicorn-worker replaces uvicorn's deprecated uvicorn.workers; gunicorn supervises the workers.
          ...(asgi ? ["--worker-class", "uvicorn_worker.UvicornWorker"] : []),
          "--access-logfile", "-",
          ...chdir,
          app,
        ],
      };
    }
  }
}
