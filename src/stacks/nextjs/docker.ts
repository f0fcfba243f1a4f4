import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeFrontend, nodeHealthcheck, nodeServiceContext } from "../../components/docker/node-build.js";

export const NEXTJS_PORT = 3000;

/** Next.js standalone output (`output: "standalone"` in next.config): `node server.js`, no node_modules install at run time. */
export const nextjsDocker: DockerStrategy = {
  template: "docker/nextjs/Dockerfile.hbs",
  ignore: "node",
  healthPath: () => "/",
  port: () => NEXTJS_PORT,
  context: (options, build) =>
    nodeServiceContext(nodeFrontend(options, NEXTJS_PORT), build, (_pm, layout) => ({
      healthcheck: nodeHealthcheck(NEXTJS_PORT, "/"),
      cmd: ["node", layout.inService("server.js")],
    })),
};
