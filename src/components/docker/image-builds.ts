import type { BaselineOptions } from "../../options/index.js";
import type { DockerStrategy } from "./docker-strategy.js";
import { BACKEND_DOCKER, FRONTEND_DOCKER } from "./strategies.js";

export type ServiceRole = "backend" | "frontend";

/** One image the repository builds: where its context and Dockerfile are, and how it is probed. */
export interface ImageBuild {
  readonly role: ServiceRole;
  /** Build context, relative to the repository root (`.` for the root). */
  readonly context: string;
  /** Dockerfile path relative to the context. */
  readonly dockerfile: string;
  readonly strategy: DockerStrategy;
  readonly port: number;
  readonly healthPath: string;
}

const joinPath = (dir: string, file: string): string => (dir === "." ? file : `${dir}/${file}`);

/**
 * The images to build. When backend and frontend share a directory, each gets `Dockerfile.<role>`
 * (BuildKit then reads `Dockerfile.<role>.dockerignore` beside it), so neither overwrites the other.
 */
export function imageBuilds(options: BaselineOptions): ImageBuild[] {
  const shared = options.backend.kind !== "none" && options.frontend.kind !== "none" && options.backend.dir === options.frontend.dir;
  const builds: ImageBuild[] = [];
  const add = (role: ServiceRole, dir: string, strategy: DockerStrategy) =>
    builds.push({
      role,
      context: dir,
      dockerfile: shared ? `Dockerfile.${role}` : "Dockerfile",
      strategy,
      port: strategy.port(options),
      healthPath: strategy.healthPath(options),
    });
  if (options.backend.kind !== "none") add("backend", options.backend.dir, BACKEND_DOCKER[options.backend.kind]);
  if (options.frontend.kind !== "none") add("frontend", options.frontend.dir, FRONTEND_DOCKER[options.frontend.kind]);
  return builds;
}

/** Dockerfile path from the repository root, e.g. for `docker build -f` in CI. */
export function dockerfilePath(build: ImageBuild): string {
  return joinPath(build.context, build.dockerfile);
}

/** `.dockerignore` path: beside the Dockerfile, named after it when the Dockerfile is not `Dockerfile`. */
export function dockerignorePath(build: ImageBuild): string {
  return joinPath(build.context, build.dockerfile === "Dockerfile" ? ".dockerignore" : `${build.dockerfile}.dockerignore`);
}

export { joinPath };
