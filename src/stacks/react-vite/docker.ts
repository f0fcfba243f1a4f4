import { pinnedImage } from "../../components/docker/base-images.js";
import type { DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeFrontend, nodeServiceContext } from "../../components/docker/node-build.js";

/** nginx-unprivileged listens on 8080: no root, no CAP_NET_BIND_SERVICE. */
export const REACT_VITE_PORT = 8080;
/** Server config copied into the image, relative to the frontend build context. */
export const SPA_CONF_PATH = "docker/nginx-spa.conf";

/** A Vite build (dist/) served as static files by nginx-unprivileged, with SPA fallback to index.html. */
export const reactViteDocker: DockerStrategy = {
  template: "docker/react-vite/Dockerfile.hbs",
  ignore: "node",
  healthPath: () => "/",
  port: () => REACT_VITE_PORT,
  context: (options, build) =>
    nodeServiceContext(nodeFrontend(options, REACT_VITE_PORT), build, (_pm, layout) => ({
      runtimeImage: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
      spaConf: layout.inService(SPA_CONF_PATH),
      healthcheck: ["wget", "-q", "--spider", `http://127.0.0.1:${REACT_VITE_PORT}/`],
      cmd: ["nginx", "-g", "daemon off;"],
    })),
};
