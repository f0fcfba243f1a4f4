import { nodeCi, nodeScript, nodeTypecheckGate } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** React + Vite: the template's tsconfig is solution-style (references only), so type-check in build mode. */
export const reactViteCi: StackCi = {
  ...nodeCi,
  typecheck: (ctx) => nodeTypecheckGate(ctx, "-b"),
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: (ctx) => ctx.buildDir,
};
