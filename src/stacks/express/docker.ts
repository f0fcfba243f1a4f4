import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeBackend, nodeHealthcheck, nodeServiceContext } from "../../components/docker/node-build.js";

/** Express on Node.js; `node .` starts package.json's `main`, so the app's own entry point is used. */
export const expressDocker: DockerStrategy = {
  template: "docker/express/Dockerfile.hbs",
  ignore: "node",
  healthPath: (options) => options.deploy.healthPath,
  port: (options) => options.backend.port,
  context: (options, build) =>
    nodeServiceContext(nodeBackend(options), build, (pm) => ({
      // TypeScript apps build, plain JavaScript apps have no build script: run it only when declared.
      build: `if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${pm.run("build")}; fi`,
      healthcheck: nodeHealthcheck(options.backend.port, options.deploy.healthPath),
      cmd: ["node", "."],
    })),
};
