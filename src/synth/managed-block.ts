const begin = (label: string): string => `# >>> create-devops-baseline: ${label} (managed block) >>>`;
const BEGIN = begin("generated files");
const END = "# <<< create-devops-baseline <<<";

/**
 * A user's file (`.gitattributes`, `.prettierignore`) with our managed block of `lines` appended or
 * replaced in place; the user's own lines are never touched. No lines → no block.
 */
export function withBlock(existing: string | null, lines: readonly string[], label = "generated files"): string {
  const BEGIN = begin(label);
  const current = existing ?? "";
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  let outside = current;
  if (start >= 0 && end > start) {
    outside = current.slice(0, start) + current.slice(end + END.length).replace(/^\r?\n/, "");
  }
  if (lines.length === 0) return outside;
  const block = [BEGIN, ...lines, END].join("\n") + "\n";
  if (start >= 0 && end > start) return current.slice(0, start) + block + current.slice(end + END.length).replace(/^\r?\n/, "");
  const separator = outside === "" || outside.endsWith("\n") ? "" : "\n";
  return outside + separator + block;
}

/** True when the text holds our block. */
export const hasBlock = (text: string | null): boolean => text !== null && text.includes(BEGIN) && text.includes(END);
