import { nodeImage } from "../../components/docker/base-images.js";
import { execForm, layoutContext, type DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeHealthcheck, nodeInstall } from "../../components/docker/node-build.js";

export const NEXTJS_PORT = 3000;

/** Next.js standalone output (`output: "standalone"` in next.config): `node server.js`, no node_modules install at run time. */
export const nextjsDocker: DockerStrategy = {
  template: "docker/nextjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: () => "/",
  port: () => NEXTJS_PORT,
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm = nodeInstall(options.frontend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.frontend.nodeVersion, "frontend.nodeVersion"),
      pm,
      build: pm.run("build"),
      port: NEXTJS_PORT,
      healthcheck: execForm(nodeHealthcheck(NEXTJS_PORT, "/")),
      cmd: execForm(["node", layout.inService("server.js")]),
    };
  },
};
