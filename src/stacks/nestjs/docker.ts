import { nodeImage } from "../../components/docker/base-images.js";
import { execForm, layoutContext, type DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeHealthcheck, nodeInstall } from "../../components/docker/node-build.js";
import type { NodePackageManager } from "../../options/index.js";

/** NestJS: `nest build` output in dist/, started with plain node (no CLI, no ts-node at run time). */
export const nestjsDocker: DockerStrategy = {
  template: "docker/nestjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm = nodeInstall(options.backend.packageManager as NodePackageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.backend.version, "backend.version"),
      pm,
      build: pm.run("build"),
      port: options.backend.port,
      healthcheck: execForm(nodeHealthcheck(options.backend.port, options.deploy.healthPath)),
      cmd: execForm(["node", "dist/main.js"]),
    };
  },
};
