const BEGIN = "# >>> create-devops-baseline: generated files (managed block) >>>";
const END = "# <<< create-devops-baseline <<<";

/**
 * The user's `.gitattributes` with our managed block (owned files marked `linguist-generated`)
 * appended or replaced in place; the user's own lines are never touched. No owned files → no block.
 */
export function withManagedBlock(existing: string | null, ownedPaths: readonly string[]): string {
  const current = existing ?? "";
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  let outside = current;
  if (start >= 0 && end > start) {
    outside = current.slice(0, start) + current.slice(end + END.length).replace(/^\r?\n/, "");
  }
  if (ownedPaths.length === 0) return outside;
  const lines = ownedPaths.map((p) => `/${p.replace(/ /g, "[[:space:]]")} linguist-generated=true`);
  const block = [BEGIN, ...lines, END].join("\n") + "\n";
  if (start >= 0 && end > start) return current.slice(0, start) + block + current.slice(end + END.length).replace(/^\r?\n/, "");
  const separator = outside === "" || outside.endsWith("\n") ? "" : "\n";
  return outside + separator + block;
}

export const GITATTRIBUTES_PATH = ".gitattributes";
