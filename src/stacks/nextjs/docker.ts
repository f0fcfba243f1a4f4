import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { frontendProbe, healthcheckArgv } from "../../components/docker/health-probe.js";
import { nodeFrontend, nodeServiceContext } from "../../components/docker/node-build.js";
import { staticSiteDocker } from "../../components/docker/static-site.js";
import type { NextOutput } from "../../options/index.js";

/** `output: "standalone"`: the build emits server.js with the dependencies it traces; no node_modules install at run time. */
const standalone: DockerStrategy = {
  template: "docker/nextjs/Dockerfile.hbs",
  ignore: "node",
  probeRuntime: () => "node",
  probe: frontendProbe,
  port: (options) => options.frontend.port,
  context: (options, build) =>
    nodeServiceContext(nodeFrontend(options), build, (_pm, layout) => ({
      healthcheck: healthcheckArgv("node", options.frontend.port, frontendProbe()),
      cmd: ["node", layout.inService("server.js")],
    })),
};

/** No `output` key: `next start` over the build, with production dependencies only; works for every next.config. */
const nextStart: DockerStrategy = {
  template: "docker/nextjs/Dockerfile.next-start.hbs",
  ignore: "node",
  probeRuntime: () => "node",
  probe: frontendProbe,
  port: (options) => options.frontend.port,
  context: (options, build) =>
    nodeServiceContext(nodeFrontend(options), build, (pm) => ({
      prune: pm.prune,
      healthcheck: healthcheckArgv("node", options.frontend.port, frontendProbe()),
      // Next's own bin script, run by node: no npm process between the container and the server.
      cmd: ["node", "node_modules/next/dist/bin/next", "start", "--hostname", "0.0.0.0", "--port", String(options.frontend.port)],
    })),
};

/** The image strategy for each Next.js output mode; `export` is static files behind nginx. */
export const NEXTJS_DOCKER: Readonly<Record<NextOutput, DockerStrategy>> = { standalone, default: nextStart, export: staticSiteDocker };
