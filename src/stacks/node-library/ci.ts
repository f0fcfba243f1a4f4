import { nodeCi, nodeScript } from "../node-commands.js";
import { nodeSetup } from "../node-setup.js";
import type { StackCi } from "../types.js";

/**
 * A Node.js/TypeScript library or CLI: its own scripts (lint and tests when present, as every Node stack);
 * `build` must exist, since a library ships its build.
 */
export const nodeLibraryCi: StackCi = {
  ...nodeCi,
  // Until nodeCi's own setup passes the workspace root and pnpm version (src/stacks/node-commands.ts).
  setup: nodeSetup,
  build: (ctx) => nodeScript(ctx, "build"),
};
