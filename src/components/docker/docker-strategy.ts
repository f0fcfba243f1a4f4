import type { BaselineOptions } from "../../options/index.js";

/** Which `.dockerignore` a build context gets. */
export type IgnoreFamily = "python" | "node";

/**
 * What one stack knows about its container image. Each stack folder (`src/stacks/<stack>/docker.ts`)
 * exports one, so a new stack is one file plus its template.
 */
export interface DockerStrategy {
  /** Handlebars template under `templates/`, e.g. `docker/django/Dockerfile.hbs`. */
  readonly template: string;
  readonly ignore: IgnoreFamily;
  /** Path that answers 200 when the service is healthy (container HEALTHCHECK, compose); backends use `deploy.healthPath`. */
  healthPath(options: BaselineOptions): string;
  /** Port the container listens on. */
  port(options: BaselineOptions): number;
  /** Values the template needs, all resolved here so the template stays free of logic. */
  context(options: BaselineOptions, build: BuildLayout): object;
}

/** Where the service sits inside its build context. */
export interface BuildLayout {
  /** The service directory relative to the build context; `.` unless the context is a monorepo's root. */
  readonly workspaceDir: string;
}

/** Template values for a build whose context may be a monorepo root. */
export function layoutContext(build: BuildLayout): { workspace: boolean; workspaceDir: string; inService: (path: string) => string } {
  const workspace = build.workspaceDir !== ".";
  return { workspace, workspaceDir: build.workspaceDir, inService: (path) => (workspace ? `${build.workspaceDir}/${path}` : path) };
}

/** Exec-form JSON array, one space after each comma, as Dockerfiles are usually written. */
export function execForm(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;
}
