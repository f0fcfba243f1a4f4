import { nodeCi, nodeScript } from "../node-commands.js";
import type { StackContext, StackCi } from "../types.js";

/**
 * Runs the package's `lint` script when it has one. Not `--if-present`: Yarn 2+ passes that flag on
 * to the script. A failing lint still fails the job; only a missing script is skipped, and says so.
 */
function lintIfDefined(ctx: StackContext): string {
  return [
    `if node -e "process.exit(require('./package.json').scripts?.lint ? 0 : 1)"; then`,
    `  ${nodeScript(ctx, "lint")}`,
    "else",
    '  echo "::notice::package.json has no lint script; lint skipped"',
    "fi",
  ].join("\n");
}

/** A Node.js/TypeScript library or CLI: its own scripts; `build` must exist, since a library ships its build. */
export const nodeLibraryCi: StackCi = {
  ...nodeCi,
  lint: lintIfDefined,
  build: (ctx) => nodeScript(ctx, "build"),
};
