import { GATES, type GateMode, type GateName } from "../../options/choices.js";
import type { BaselineOptions } from "../../options/index.js";
import type { GateTools } from "../../stacks/types.js";
import { STACKS, type Stack, type StackContext } from "../../stacks/index.js";

/** One service of the repository with its stack and the context its commands run in. */
export interface ServiceUnderTest {
  readonly role: "backend" | "frontend" | "library";
  readonly stack: Stack;
  readonly ctx: StackContext;
}

/** Unset gates keep the baseline's standard checks, enforced; `init` writes the detected ones. */
function resolveGates(gates: Partial<Record<GateName, GateMode>> | undefined): Record<GateName, GateMode> {
  return Object.fromEntries(GATES.map((gate) => [gate, gates?.[gate] ?? "enforce"])) as Record<GateName, GateMode>;
}

const checks = (service: { gates?: Partial<Record<GateName, GateMode>>; tools?: GateTools }) => ({ gates: resolveGates(service.gates), tools: service.tools ?? {} });

/** Where a Node.js service's lockfile and packageManager live (its workspace root), and the pnpm version to install. */
const toolchain = (service: { dir: string; context?: string; pnpmVersion?: string }) => ({
  workspaceRoot: service.context ?? service.dir,
  ...(service.pnpmVersion ? { pnpmVersion: service.pnpmVersion } : {}),
});

/** A Node.js backend's own migrate script, TypeORM data source and build script (the image's; Nest always builds). */
const nodeScripts = (options: BaselineOptions) => {
  const { migrateScript, dataSource, buildScript, kind } = options.backend;
  const build = buildScript === false ? undefined : (buildScript ?? (kind === "nestjs" ? "build" : undefined));
  return { ...(migrateScript ? { migrateScript } : {}), ...(dataSource ? { dataSource } : {}), ...(build ? { buildScript: build } : {}) };
};

export function servicesUnderTest(options: BaselineOptions): ServiceUnderTest[] {
  const services: ServiceUnderTest[] = [];
  const shared = { database: options.database, cache: options.cache } as const;
  if (options.backend.kind !== "none") {
    services.push({
      role: "backend",
      stack: STACKS[options.backend.kind],
      ctx: { dir: options.backend.dir, packageManager: options.backend.packageManager, runtimeVersion: options.backend.version, orm: options.backend.orm, migrationsDir: options.backend.migrationsDir, buildDir: options.frontend.outDir, ...nodeScripts(options), ...toolchain(options.backend), ...checks(options.backend), ...shared },
    });
  }
  if (options.frontend.kind !== "none") {
    services.push({
      role: "frontend",
      stack: STACKS[options.frontend.kind],
      ctx: { dir: options.frontend.dir, packageManager: options.frontend.packageManager, runtimeVersion: options.frontend.nodeVersion, orm: "none", migrationsDir: ".", buildDir: options.frontend.outDir, ...toolchain(options.frontend), ...checks(options.frontend), ...shared },
    });
  }
  if (options.library.kind === "node") {
    services.push({
      role: "library",
      stack: STACKS["node-library"],
      ctx: { dir: options.library.dir, packageManager: options.library.packageManager, runtimeVersion: options.library.nodeVersion, orm: "none", migrationsDir: ".", buildDir: "dist", ...toolchain(options.library), ...checks(options.library), ...shared },
    });
  }
  return services;
}
