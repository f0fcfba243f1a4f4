import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeBackendContext } from "../../components/docker/node-build.js";

/** NestJS: `nest build` output in dist/, started with plain node (no CLI, no ts-node at run time). */
export const nestjsDocker: DockerStrategy = {
  template: "docker/nestjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) => nodeBackendContext(options, build, (pm) => ({ build: pm.run("build"), cmd: ["node", "dist/main.js"] })),
};
