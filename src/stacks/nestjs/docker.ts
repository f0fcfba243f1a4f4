import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeBackend, nodeHealthcheck, nodeServiceContext } from "../../components/docker/node-build.js";

/** NestJS: `nest build` output in dist/, started with plain node (no CLI, no ts-node at run time). */
export const nestjsDocker: DockerStrategy = {
  template: "docker/nestjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) =>
    nodeServiceContext(nodeBackend(options), build, () => ({
      healthcheck: nodeHealthcheck(options.backend.port, options.deploy.healthPath),
      cmd: ["node", "dist/main.js"],
    })),
};
