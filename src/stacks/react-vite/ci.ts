import { nodeCi, nodeScript, nodeTypecheckGate } from "../node-commands.js";
import { nodeSetup } from "../node-setup.js";
import type { StackCi } from "../types.js";

/** React + Vite: the template's tsconfig is solution-style (references only), so type-check in build mode. */
export const reactViteCi: StackCi = {
  ...nodeCi,
  // Until nodeCi's own setup passes the workspace root and pnpm version (src/stacks/node-commands.ts).
  setup: nodeSetup,
  typecheck: (ctx) => nodeTypecheckGate(ctx, "-b"),
  build: (ctx) => nodeScript(ctx, "build"),
  bundleDir: (ctx) => ctx.buildDir,
};
