import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { backendProbe, healthcheckArgv } from "../../components/docker/health-probe.js";
import { nodeBackend, nodeServiceContext } from "../../components/docker/node-build.js";

/** Where `nest build` puts main.js with Nest's default tsconfig (rootDir src); detection reads the real one. */
export const NEST_DEFAULT_START = ["node", "dist/main.js"];

/** NestJS: the build output started with plain node (no CLI, no ts-node at run time). */
export const nestjsDocker: DockerStrategy = {
  template: "docker/nestjs/Dockerfile.hbs",
  ignore: "node",
  probeRuntime: () => "node",
  probe: backendProbe,
  port: (options) => options.backend.port,
  context: (options, build) =>
    nodeServiceContext(nodeBackend(options), build, () => ({
      healthcheck: healthcheckArgv("node", options.backend.port, backendProbe(options)),
      cmd: options.backend.start ?? NEST_DEFAULT_START,
    })),
};
