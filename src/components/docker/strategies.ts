import type { Backend, Frontend } from "../../options/index.js";
import { djangoDocker } from "../../stacks/django/docker.js";
import { expressDocker } from "../../stacks/express/docker.js";
import { fastapiDocker } from "../../stacks/fastapi/docker.js";
import { nestjsDocker } from "../../stacks/nestjs/docker.js";
import { nextjsDocker } from "../../stacks/nextjs/docker.js";
import { reactViteDocker } from "../../stacks/react-vite/docker.js";
import type { DockerStrategy } from "./docker-strategy.js";

/** Every stack's container knowledge, in one explicit registry. */
export const BACKEND_DOCKER: Readonly<Record<Exclude<Backend, "none">, DockerStrategy>> = {
  django: djangoDocker,
  fastapi: fastapiDocker,
  express: expressDocker,
  nestjs: nestjsDocker,
};

export const FRONTEND_DOCKER: Readonly<Record<Exclude<Frontend, "none">, DockerStrategy>> = {
  nextjs: nextjsDocker,
  "react-vite": reactViteDocker,
};
