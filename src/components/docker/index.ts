import { buildVariables } from "../app-config/variables.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { dockerfilePath, dockerignorePath, imageBuilds, joinPath, type ImageBuild } from "./image-builds.js";
import { containersDoc } from "./containers-doc.js";
import { SPA_CONF_PATH, staticSite, staticSiteDocker } from "./static-site.js";

export { imageBuilds, dockerfilePath, dockerignorePath, type ImageBuild, type ServiceRole } from "./image-builds.js";
export { pinnedImage, pythonImage, nodeImage } from "./base-images.js";
export type { DockerStrategy } from "./docker-strategy.js";

const COMPONENT = "docker";

function buildFiles(options: BaselineOptions, build: ImageBuild): FileModel[] {
  const files: FileModel[] = [
    {
      kind: "text",
      path: dockerfilePath(build),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate(build.strategy.template, { ...build.strategy.context(options, build), buildArgs: buildVariables(options, build.role).map((v) => v.name) }),
    },
    {
      kind: "text",
      path: dockerignorePath(build),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate(`docker/${build.strategy.ignore}.dockerignore.hbs`, {}),
    },
  ];
  if (build.strategy === staticSiteDocker) {
    files.push({
      kind: "text",
      path: joinPath(build.dir, SPA_CONF_PATH),
      component: COMPONENT,
      comment: "hash",
      text: renderTemplate("docker/static/nginx-spa.conf.hbs", { port: build.port, ...staticSite(options) }),
    });
  }
  return files;
}

/** Hardened Dockerfiles and a .dockerignore for each service, plus docs/containers.md. */
export const docker: Component = {
  name: COMPONENT,
  description: "Multi-stage, digest-pinned, non-root Dockerfiles with healthchecks and a .dockerignore per build context.",
  render: (options) => {
    const builds = imageBuilds(options);
    if (builds.length === 0) return [];
    return [...builds.flatMap((b) => buildFiles(options, b)), containersDoc(options, builds)];
  },
};
