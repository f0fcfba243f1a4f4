import { nodeCi, nodeScript } from "../node-commands.js";
import type { StackCi } from "../types.js";

/**
 * A Node.js/TypeScript library or CLI: its own scripts (lint and tests when present, as every Node stack);
 * `build` must exist, since a library ships its build.
 */
export const nodeLibraryCi: StackCi = {
  ...nodeCi,
  build: (ctx) => nodeScript(ctx, "build"),
};
