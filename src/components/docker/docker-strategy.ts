import type { BaselineOptions } from "../../options/index.js";
import type { HealthProbe, ProbeRuntime } from "./health-probe.js";

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
  /** How the service is probed (HEALTHCHECK, compose, platform probes, deploy polling, uptime). */
  probe(options: BaselineOptions): HealthProbe;
  /** What the final stage can run the health check with. */
  probeRuntime(options: BaselineOptions): ProbeRuntime;
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
