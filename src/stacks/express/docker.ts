import { nodeImage } from "../../components/docker/base-images.js";
import { execForm, layoutContext, type DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeHealthcheck, nodeInstall } from "../../components/docker/node-build.js";
import type { NodePackageManager } from "../../options/index.js";

/** Express on Node.js; `node .` starts package.json's `main`, so the app's own entry point is used. */
export const expressDocker: DockerStrategy = {
  template: "docker/express/Dockerfile.hbs",
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
      // TypeScript apps build, plain JavaScript apps have no build script: run it only when declared.
      build: `if node -e "process.exit(require('./package.json').scripts?.build ? 0 : 1)"; then ${pm.run("build")}; fi`,
      port: options.backend.port,
      healthcheck: execForm(nodeHealthcheck(options.backend.port, options.deploy.healthPath)),
      cmd: execForm(["node", "."]),
    };
  },
};
