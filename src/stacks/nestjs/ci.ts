import { nodeCi, nodeScript, nodeScriptIfPresent } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** NestJS: `test:e2e` is the Nest CLI's own script for tests against a running app and its services. */
export const nestjsCi: StackCi = {
  ...nodeCi,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:e2e"),
  build: (ctx) => nodeScript(ctx, "build"),
};
