import { nodeCi, nodeScript } from "../node-commands.js";
import { nodeSetup } from "../node-setup.js";
import type { StackCi } from "../types.js";

/** Next.js: the client bundle is `.next/static` after `next build`. */
export const nextjsCi: StackCi = {
  ...nodeCi,
  // Until nodeCi's own setup passes the workspace root and pnpm version (src/stacks/node-commands.ts).
  setup: nodeSetup,
  build: (ctx) => nodeScript(ctx, "build"),
  // The client bundle is .next/static after next build, or the export folder's _next/static.
  bundleDir: (ctx) => (ctx.buildDir === ".next" ? ".next/static" : `${ctx.buildDir}/_next/static`),
};
