import { nodeCi, nodeScript, nodeScriptIfPresent } from "../node-commands.js";
import { nodeSetup } from "../node-setup.js";
import type { StackCi } from "../types.js";

/** NestJS: `test:e2e` is the Nest CLI's own script for tests against a running app and its services. */
export const nestjsCi: StackCi = {
  ...nodeCi,
  // Until nodeCi's own setup passes the workspace root and pnpm version (src/stacks/node-commands.ts).
  setup: nodeSetup,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:e2e"),
  build: (ctx) => nodeScript(ctx, "build"),
};
