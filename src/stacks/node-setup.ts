import { NODE_PACKAGE_MANAGERS, type NodePackageManager } from "../options/choices.js";
import type { Step } from "../workflows/model.js";
import { nodeSetupSteps } from "../workflows/steps.js";
import type { StackContext } from "./types.js";

/**
 * Node.js, the package manager and the dependency cache for a Node.js stack, from where the
 * repository declares them: the lockfile and `packageManager` at the workspace root, the pnpm
 * version detected for it.
 */
export function nodeSetup(ctx: StackContext): Step[] {
  const pm = ctx.packageManager;
  if (!(NODE_PACKAGE_MANAGERS as readonly string[]).includes(pm)) throw new Error(`${pm} is not a Node.js package manager`);
  return nodeSetupSteps(pm as NodePackageManager, ctx.runtimeVersion, ctx.dir, {
    ...(ctx.workspaceRoot ? { root: ctx.workspaceRoot } : {}),
    ...(ctx.pnpmVersion ? { pnpmVersion: ctx.pnpmVersion } : {}),
  });
}
