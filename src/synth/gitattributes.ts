import { withBlock } from "./managed-block.js";

/**
 * The user's `.gitattributes` with our managed block (owned files marked `linguist-generated`)
 * appended or replaced in place; the user's own lines are never touched. No owned files → no block.
 */
export function withManagedBlock(existing: string | null, ownedPaths: readonly string[]): string {
  return withBlock(existing, ownedPaths.map((p) => `/${p.replace(/ /g, "[[:space:]]")} linguist-generated=true`));
}

export const GITATTRIBUTES_PATH = ".gitattributes";
