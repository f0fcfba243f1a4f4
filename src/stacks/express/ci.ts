import { nodeCi, nodeScriptIfPresent } from "../node-commands.js";
import type { StackCi } from "../types.js";

/** Express (TypeScript): integration tests are the `test:integration` script. No ORM convention to check. */
export const expressCi: StackCi = {
  ...nodeCi,
  integrationTest: (ctx) => nodeScriptIfPresent(ctx, "test:integration"),
};
