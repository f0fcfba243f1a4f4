import type { BaselineOptions } from "../../options/index.js";
import { pinnedImage } from "./base-images.js";
import type { DockerStrategy } from "./docker-strategy.js";
import { frontendProbe, healthcheckArgv } from "./health-probe.js";
import { nodeFrontend, nodeServiceContext } from "./node-build.js";

/** nginx config copied into a static-site image, relative to the frontend build context. */
export const SPA_CONF_PATH = "docker/nginx-spa.conf";

/** What differs between the static builds the baseline serves: React + Vite and a Next.js export. */
export interface StaticSite {
  readonly title: string;
  /** Fingerprinted assets, cached for a year. */
  readonly assetsPath: string;
  /** Next.js export writes /about as about.html. */
  readonly htmlPages: boolean;
}

export function staticSite(options: BaselineOptions): StaticSite {
  return options.frontend.kind === "nextjs"
    ? { title: "Next.js static export", assetsPath: "/_next/static/", htmlPages: true }
    : { title: "React + Vite", assetsPath: "/assets/", htmlPages: false };
}

/** A frontend built into frontend.outDir and served by nginx-unprivileged, with SPA fallback to index.html. */
export const staticSiteDocker: DockerStrategy = {
  template: "docker/static/Dockerfile.hbs",
  ignore: "node",
  probeRuntime: () => "busybox",
  probe: frontendProbe,
  port: (options) => options.frontend.port,
  context: (options, build) =>
    nodeServiceContext(nodeFrontend(options), build, (_pm, layout) => ({
      title: staticSite(options).title,
      outDir: options.frontend.outDir,
      runtimeImage: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
      spaConf: layout.inService(SPA_CONF_PATH),
      healthcheck: healthcheckArgv("busybox", options.frontend.port, frontendProbe()),
      cmd: ["nginx", "-g", "daemon off;"],
    })),
};
