import { nodeCi, nodeScript } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** Next.js: the client bundle is `.next/static` after `next build`. */
export const nextjsCi: StackCi = {
  ...nodeCi,
  build: (ctx) => nodeScript(ctx, "build"),
  // The client bundle is .next/static after next build, or the export folder's _next/static.
  bundleDir: (ctx) => (ctx.buildDir === ".next" ? ".next/static" : `${ctx.buildDir}/_next/static`),
};
