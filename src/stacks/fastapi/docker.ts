import { TOOL_VERSIONS } from "../../components/docker/base-images.js";
import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { pythonContext } from "../../components/docker/python-build.js";

/** The ASGI app gunicorn serves, FastAPI's usual layout (`app/main.py` defining `app`). */
export const FASTAPI_APP = "app.main:app";

/**
 * FastAPI under gunicorn with uvicorn workers: gunicorn supervises and restarts workers.
 * The worker class comes from `uvicorn-worker`, which replaces uvicorn's deprecated `uvicorn.workers`.
 */
export const fastapiDocker: DockerStrategy = {
  template: "docker/fastapi/Dockerfile.hbs",
  ignore: "python",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options) =>
    pythonContext(
      options,
      [`gunicorn==${TOOL_VERSIONS.gunicorn}`, `uvicorn-worker==${TOOL_VERSIONS["uvicorn-worker"]}`],
      [
        "gunicorn",
        "--bind",
        `0.0.0.0:${options.backend.port}`,
        "--worker-class",
        "uvicorn_worker.UvicornWorker",
        "--access-logfile",
        "-",
        FASTAPI_APP,
      ],
      options.backend.port,
      options.deploy.healthPath,
    ),
};
