import { nodeImage, pinnedImage } from "../../components/docker/base-images.js";
import { execForm, layoutContext, type DockerStrategy } from "../../components/docker/docker-strategy.js";
import { nodeInstall } from "../../components/docker/node-build.js";

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
  context: (options, build) => {
    const layout = layoutContext(build);
    const pm = nodeInstall(options.frontend.packageManager);
    return {
      ...layout,
      baseImage: nodeImage(options.frontend.nodeVersion, "frontend.nodeVersion"),
      runtimeImage: pinnedImage("nginxinc/nginx-unprivileged:1.29.5-alpine"),
      pm,
      build: pm.run("build"),
      spaConf: layout.inService(SPA_CONF_PATH),
      port: REACT_VITE_PORT,
      healthcheck: execForm(["wget", "-q", "--spider", `http://127.0.0.1:${REACT_VITE_PORT}/`]),
      cmd: execForm(["nginx", "-g", "daemon off;"]),
    };
  },
};
