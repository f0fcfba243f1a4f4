import { nodeCi, nodeScriptIfPresent } from "../node-commands.js";
import { nodeSetup } from "../node-setup.js";
import type { StackCi } from "../types.js";

/** Express (TypeScript): integration tests are the `test:integration` script. No ORM convention to check. */
export const expressCi: StackCi = {
  ...nodeCi,
  // Until nodeCi's own setup passes the workspace root and pnpm version (src/stacks/node-commands.ts).
  setup: nodeSetup,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:integration"),
};
