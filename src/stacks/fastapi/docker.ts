import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { backendProbe } from "../../components/docker/health-probe.js";
import { pythonContext } from "../../components/docker/python-build.js";

/** FastAPI under gunicorn with uvicorn workers (gunicorn supervises and restarts them), or plain uvicorn. */
export const fastapiDocker: DockerStrategy = {
  template: "docker/python/Dockerfile.hbs",
  ignore: "python",
  probeRuntime: () => "python",
  probe: backendProbe,
  port: (options) => options.backend.port,
  context: (options) => pythonContext(options, "FastAPI"),
};
