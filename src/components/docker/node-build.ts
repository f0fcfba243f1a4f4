import type { BaselineOptions, NodePackageManager } from "../../options/index.js";
import { nodeImage, pinnedImage } from "./base-images.js";
import { execForm, layoutContext, type BuildLayout } from "./docker-strategy.js";

/** How one Node.js package manager installs, prunes and runs scripts inside an image. */
export interface NodeInstall {
  /** Dockerfile instructions that make the package manager available. */
  readonly setup: readonly string[];
  /** Files copied before install, so the dependency layer is cached until they change. */
  readonly manifests: string;
  readonly install: string;
  /** Leaves only production dependencies in node_modules. */
  readonly prune: string;
  run(script: string): string;
}

// pnpm and yarn come from corepack (bundled with Node 22/24), at the version package.json pins.
const COREPACK = "ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0";

export function nodeInstall(pm: NodePackageManager): NodeInstall {
  switch (pm) {
    case "npm":
      return {
        setup: [],
        manifests: "package.json package-lock.json",
        install: "npm ci --no-audit --no-fund",
        prune: "npm prune --omit=dev --no-audit --no-fund",
        run: (s) => `npm run ${s}`,
      };
    case "pnpm":
      return {
        setup: [COREPACK, "RUN corepack enable pnpm"],
        manifests: "package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c]",
        install: "pnpm install --frozen-lockfile",
        // Not `pnpm prune --prod`: in a workspace it leaves the members' node_modules empty (pnpm's docs: prune
        // does not support monorepos), and without a TTY it aborts (ERR_PNPM_ABORTED_REMOVE_MODULES_DIR_NO_TTY).
        // pnpm's documented way: delete node_modules, install production dependencies again from the store.
        prune: "find . -name node_modules -type d -prune -exec rm -rf {} + && pnpm install --prod --frozen-lockfile",
        run: (s) => `pnpm run ${s}`,
      };
    case "yarn":
      return {
        setup: [COREPACK, "RUN corepack enable yarn"],
        manifests: "package.json yarn.lock .yarnrc.ym[l]",
        install: "yarn install --immutable",
        prune: "yarn workspaces focus --all --production",
        run: (s) => `yarn run ${s}`,
      };
    case "bun":
      return {
        // Bun installs and runs scripts; the image still runs on Node.js. Both are Alpine (musl) builds.
        setup: [`COPY --from=${pinnedImage("oven/bun:1-alpine")} /usr/local/bin/bun /usr/local/bin/bun`],
        manifests: "package.json bun.lock*",
        install: "bun install --frozen-lockfile",
        prune: "find . -name node_modules -type d -prune -exec rm -rf {} + && bun install --frozen-lockfile --production",
        run: (s) => `bun run ${s}`,
      };
  }
}

/** The Node.js service an image is built for: the backend or the frontend. */
export interface NodeService {
  readonly packageManager: NodePackageManager;
  readonly nodeVersion: string;
  /** Option key named when the version has no pinned image. */
  readonly versionKey: string;
  readonly port: number;
  /** The package.json script that builds it; undefined when there is none. */
  readonly buildScript: string | undefined;
}

export const nodeBackend = (options: BaselineOptions): NodeService => ({
  packageManager: options.backend.packageManager as NodePackageManager,
  nodeVersion: options.backend.version,
  versionKey: "backend.version",
  port: options.backend.port,
  buildScript: options.backend.buildScript === false ? undefined : (options.backend.buildScript ?? defaultBuildScript(options)),
});

/** Nest always compiles; a plain Express app has no build unless it says so. */
const defaultBuildScript = (options: BaselineOptions): string | undefined => (options.backend.kind === "nestjs" ? "build" : undefined);

export const nodeFrontend = (options: BaselineOptions): NodeService => ({
  packageManager: options.frontend.packageManager,
  nodeVersion: options.frontend.nodeVersion,
  versionKey: "frontend.nodeVersion",
  port: options.frontend.port,
  buildScript: "build",
});

/** What a stack adds to the shared values: its start command, health check, and any template extras. */
export interface NodeStackParts {
  readonly cmd: readonly string[];
  readonly healthcheck: readonly string[];
  readonly [extra: string]: unknown;
}

/**
 * Template values every Node.js image shares (express, nestjs, nextjs, react-vite): layout, pinned base
 * image, package manager and its build step, port; the stack states only what differs.
 */
export function nodeServiceContext(
  service: NodeService,
  build: BuildLayout,
  stack: (pm: NodeInstall, layout: ReturnType<typeof layoutContext>) => NodeStackParts,
): object {
  const layout = layoutContext(build);
  const pm = nodeInstall(service.packageManager);
  const { cmd, healthcheck, ...extra } = stack(pm, layout);
  return {
    ...layout,
    baseImage: nodeImage(service.nodeVersion, service.versionKey),
    pm,
    build: service.buildScript ? pm.run(service.buildScript) : undefined,
    port: service.port,
    ...extra,
    healthcheck: execForm(healthcheck),
    cmd: execForm(cmd),
  };
}
