import { posix } from "node:path";
import { badInput } from "../../errors.js";
import type { BaselineOptions } from "../../options/index.js";
import type { DockerStrategy } from "./docker-strategy.js";
import type { HealthProbe } from "./health-probe.js";
import { BACKEND_DOCKER, frontendDocker } from "./strategies.js";

export type ServiceRole = "backend" | "frontend";

/** One image the repository builds: where its context and Dockerfile are, and how it is probed. */
export interface ImageBuild {
  readonly role: ServiceRole;
  /** The service's directory, repository-relative: the Dockerfile lives here. */
  readonly dir: string;
  /** Build context, repository-relative (`.` for the root): `dir`, or the workspace root of a monorepo. */
  readonly context: string;
  /** Dockerfile path relative to the context. */
  readonly dockerfile: string;
  /** `dir` relative to `context` (`.` when they are the same); commands of a workspace build run there. */
  readonly workspaceDir: string;
  readonly strategy: DockerStrategy;
  readonly port: number;
  readonly probe: HealthProbe;
}

const joinPath = (dir: string, file: string): string => (dir === "." ? file : `${dir}/${file}`);

/** `dir` relative to `context`, which must contain it. */
function relativeTo(context: string, dir: string, key: string): string {
  const rel = posix.relative(context === "." ? "" : context, dir === "." ? "" : dir);
  if (rel.startsWith("..")) throw badInput(`${key}.context: "${context}" must contain ${key}.dir "${dir}" (it is the folder the build starts from)`);
  return rel === "" ? "." : rel;
}

/**
 * The images to build. When backend and frontend share a directory, each gets `Dockerfile.<role>`
 * (BuildKit then reads `Dockerfile.<role>.dockerignore` beside it), so neither overwrites the other.
 */
export function imageBuilds(options: BaselineOptions): ImageBuild[] {
  const shared = options.backend.kind !== "none" && options.frontend.kind !== "none" && options.backend.dir === options.frontend.dir;
  const builds: ImageBuild[] = [];
  const add = (role: ServiceRole, dir: string, context: string, strategy: DockerStrategy) => {
    const workspaceDir = relativeTo(context, dir, role);
    const name = shared ? `Dockerfile.${role}` : "Dockerfile";
    builds.push({
      role,
      dir,
      context,
      dockerfile: joinPath(workspaceDir, name),
      workspaceDir,
      strategy,
      port: strategy.port(options),
      probe: strategy.probe(options),
    });
  };
  const { backend, frontend } = options;
  if (backend.kind !== "none") {
    if (backend.context !== backend.dir && (backend.kind === "django" || backend.kind === "fastapi")) {
      throw badInput(`backend.context: a separate build context is supported for Node.js services; ${backend.kind} builds from backend.dir`);
    }
    add("backend", backend.dir, backend.context, BACKEND_DOCKER[backend.kind]);
  }
  const frontendStrategy = frontendDocker(options);
  if (frontendStrategy) add("frontend", frontend.dir, frontend.context ?? frontend.dir, frontendStrategy);
  return builds;
}

/** Dockerfile path from the repository root, e.g. for `docker build -f` in CI. */
export function dockerfilePath(build: ImageBuild): string {
  return joinPath(build.context, build.dockerfile);
}

/**
 * The ignore file BuildKit reads for this build: `.dockerignore` at the context root when the Dockerfile
 * is `Dockerfile` there, else `<Dockerfile>.dockerignore` beside the Dockerfile.
 */
export function dockerignorePath(build: ImageBuild): string {
  return build.dockerfile === "Dockerfile" ? joinPath(build.context, ".dockerignore") : `${dockerfilePath(build)}.dockerignore`;
}

export { joinPath };
