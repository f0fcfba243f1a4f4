import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { backendProbe, healthcheckArgv } from "../../components/docker/health-probe.js";
import { nodeBackend, nodeServiceContext } from "../../components/docker/node-build.js";

/** Express on Node.js: backend.start, detected from start:prod, start or main (`node .` starts package.json's main). */
export const expressDocker: DockerStrategy = {
  template: "docker/express/Dockerfile.hbs",
  ignore: "node",
  probeRuntime: () => "node",
  probe: backendProbe,
  port: (options) => options.backend.port,
  context: (options, build) =>
    nodeServiceContext(nodeBackend(options), build, (pm) => ({
      // Unless the config says, build only when package.json declares a build script (TypeScript apps do).
      ...(options.backend.buildScript === undefined
        ? { build: `if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${pm.run("build")}; fi` }
        : {}),
      healthcheck: healthcheckArgv("node", options.backend.port, backendProbe(options)),
      cmd: options.backend.start ?? ["node", "."],
    })),
};
