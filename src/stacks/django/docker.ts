import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { backendProbe } from "../../components/docker/health-probe.js";
import { pythonContext } from "../../components/docker/python-build.js";

/** Django behind gunicorn (or uvicorn/daphne for ASGI apps), serving backend.app from manage.py's folder. */
export const djangoDocker: DockerStrategy = {
  template: "docker/python/Dockerfile.hbs",
  ignore: "python",
  probeRuntime: () => "python",
  probe: backendProbe,
  port: (options) => options.backend.port,
  context: (options) => pythonContext(options, "Django"),
};
