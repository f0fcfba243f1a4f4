import type { CommentSyntax } from "./file-model.js";

export const TOOL_NAME = "create-devops-baseline";

/** Never projen's marker text: projen's cleanup deletes files carrying its own marker. */
export const MARKER_TEXT = `Owned by ${TOOL_NAME}. Do not edit by hand: change devops-baseline config and run "npx ${TOOL_NAME} synth".`;

/** Lines that must stay first in their file: a shebang, Dockerfile parser directives. */
const LEADING_DIRECTIVE = /^(#!|# ?(syntax|escape|check)=)/i;

export function markerLine(syntax: CommentSyntax): string | undefined {
  switch (syntax) {
    case "hash":
      return `# ${MARKER_TEXT}`;
    case "html":
      // The marker stays one line (older versions find it by its text); markdownlint's line-length
      // rule is turned off for this line alone.
      return `<!-- ${MARKER_TEXT} --> <!-- markdownlint-disable-line MD013 -->`;
    case "slash":
      return `// ${MARKER_TEXT}`;
    case "none":
      return undefined;
  }
}

/** Puts the marker at the top, after any line that must stay first. */
export function withMarker(text: string, syntax: CommentSyntax): string {
  const marker = markerLine(syntax);
  if (!marker) return text;
  const lines = text.split("\n");
  let at = 0;
  while (at < lines.length && LEADING_DIRECTIVE.test(lines[at]!)) at++;
  // Markdown wants a blank line after an HTML comment block (prettier adds one).
  lines.splice(at, 0, ...(syntax === "html" && lines[at] !== "" ? [marker, ""] : [marker]));
  return lines.join("\n");
}

export function hasMarker(content: string): boolean {
  return content.includes(MARKER_TEXT);
}
