import type { BaselineOptions } from "../../options/index.js";
import { STACKS, type Stack, type StackContext } from "../../stacks/index.js";

/** One service of the repository with its stack and the context its commands run in. */
export interface ServiceUnderTest {
  readonly role: "backend" | "frontend" | "library";
  readonly stack: Stack;
  readonly ctx: StackContext;
}

export function servicesUnderTest(options: BaselineOptions): ServiceUnderTest[] {
  const services: ServiceUnderTest[] = [];
  const shared = { database: options.database, cache: options.cache } as const;
  if (options.backend.kind !== "none") {
    services.push({
      role: "backend",
      stack: STACKS[options.backend.kind],
      ctx: { dir: options.backend.dir, packageManager: options.backend.packageManager, runtimeVersion: options.backend.version, orm: options.backend.orm, migrationsDir: options.backend.migrationsDir, buildDir: options.frontend.outDir, ...shared },
    });
  }
  if (options.frontend.kind !== "none") {
    services.push({
      role: "frontend",
      stack: STACKS[options.frontend.kind],
      ctx: { dir: options.frontend.dir, packageManager: options.frontend.packageManager, runtimeVersion: options.frontend.nodeVersion, orm: "none", migrationsDir: ".", buildDir: options.frontend.outDir, ...shared },
    });
  }
  if (options.library.kind === "node") {
    services.push({
      role: "library",
      stack: STACKS["node-library"],
      ctx: { dir: options.library.dir, packageManager: options.library.packageManager, runtimeVersion: options.library.nodeVersion, orm: "none", migrationsDir: ".", buildDir: "dist", ...shared },
    });
  }
  return services;
}
