import type { Backend, BaselineOptions } from "../../options/index.js";
import { djangoDocker } from "../../stacks/django/docker.js";
import { expressDocker } from "../../stacks/express/docker.js";
import { fastapiDocker } from "../../stacks/fastapi/docker.js";
import { nestjsDocker } from "../../stacks/nestjs/docker.js";
import { NEXTJS_DOCKER } from "../../stacks/nextjs/docker.js";
import type { DockerStrategy } from "./docker-strategy.js";
import { staticSiteDocker } from "./static-site.js";

/** Every stack's container knowledge, in one explicit registry. */
export const BACKEND_DOCKER: Readonly<Record<Exclude<Backend, "none">, DockerStrategy>> = {
  django: djangoDocker,
  fastapi: fastapiDocker,
  express: expressDocker,
  nestjs: nestjsDocker,
};

/** The frontend's image strategy: React + Vite is a static site; Next.js depends on its output mode. */
export function frontendDocker(options: BaselineOptions): DockerStrategy | undefined {
  switch (options.frontend.kind) {
    case "nextjs":
      return NEXTJS_DOCKER[options.frontend.nextOutput];
    case "react-vite":
      return staticSiteDocker;
    case "none":
      return undefined;
  }
}
