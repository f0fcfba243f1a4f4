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
        prune: "pnpm prune --prod",
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

/** Node's own fetch, so the healthcheck needs no curl or wget in the image. */
export function nodeHealthcheck(port: number, path: string): string[] {
  return [
    "node",
    "-e",
    `fetch('http://127.0.0.1:${port}${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
  ];
}

/**
 * Template values every Node.js backend image shares (express, nestjs); a stack adds only its build step
 * and start command.
 */
export function nodeBackendContext(
  options: BaselineOptions,
  build: BuildLayout,
  stack: (pm: NodeInstall) => { readonly build: string; readonly cmd: readonly string[] },
): object {
  const pm = nodeInstall(options.backend.packageManager as NodePackageManager);
  const { build: buildStep, cmd } = stack(pm);
  return {
    ...layoutContext(build),
    baseImage: nodeImage(options.backend.version, "backend.version"),
    pm,
    build: buildStep,
    port: options.backend.port,
    healthcheck: execForm(nodeHealthcheck(options.backend.port, options.deploy.healthPath)),
    cmd: execForm(cmd),
  };
}
