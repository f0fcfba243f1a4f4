import { nodeCi, nodeExec, nodeScript } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** React + Vite: the template's tsconfig is solution-style (references only), so type-check in build mode. */
export const reactViteCi: StackCi = {
  ...nodeCi,
  typecheck: (ctx) => nodeExec(ctx, "tsc -b"),
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: "dist",
};
