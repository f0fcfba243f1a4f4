import { nodeCi, nodeScript } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** Next.js: the client bundle is `.next/static` after `next build`. */
export const nextjsCi: StackCi = {
  ...nodeCi,
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: ".next/static",
};
