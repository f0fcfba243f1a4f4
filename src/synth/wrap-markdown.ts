import { hasLongerLine, wrapShell } from "./wrap-shell.js";

/** markdownlint's default line length (MD013). */
export const MARKDOWN_WIDTH = 80;

/**
 * Wraps Markdown to a width, so it passes markdownlint's line length: paragraphs and list items
 * break at spaces (a soft line break renders as a space, inside a code span too), shell code blocks
 * with ` \` continuations. Headings, tables, HTML comments and other code blocks are kept.
 */
export function wrapMarkdown(text: string, width = MARKDOWN_WIDTH): string {
  if (!hasLongerLine(text, width)) return text;
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = line.includes("```") || line.includes("~~~") ? /^(\s*)(```|~~~)\s*(\w*)/.exec(line) : null;
    if (fence) {
      let end = i + 1;
      while (end < lines.length && !lines[end]!.trim().startsWith(fence[2]!)) end++;
      const body = lines.slice(i + 1, end);
      const shell = ["bash", "sh", "shell"].includes(fence[3]!);
      out.push(line, ...(shell && body.length > 0 ? wrapShell(body.join("\n"), width).split("\n") : body));
      if (end < lines.length) out.push(lines[end]!);
      i = end;
      continue;
    }
    out.push(...(line.length > width && isProse(line) ? wrapProse(line, width) : [line]));
  }
  return out.join("\n");
}

function isProse(line: string): boolean {
  const t = line.trimStart();
  return !/^(#|\||<|>|```|~~~)/.test(t) && !/^ {4}/.test(line);
}

/** A word that would change the block structure at the start of a line: a list marker, a heading, a setext underline. */
const STRUCTURAL = /^([-+*>]|#.*|\d+[.)]|[-=]+)$/;

function wrapProse(line: string, width: number): string[] {
  const m = /^(\s*)((?:[-+*]|\d+[.)]) )?/.exec(line)!;
  const first = m[0];
  const cont = " ".repeat(first.length);
  const words = line.slice(first.length).split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let current: string[] = [];
  let prefix = first;
  let ticks = 0;
  for (const word of words) {
    const candidate = [...current, word];
    if (current.length > 0 && prefix.length + candidate.join(" ").length > width) {
      // A word that would start a list item or a heading goes down with the word before it.
      let at = current.length;
      while (at > 0 && STRUCTURAL.test(candidate[at]!)) at--;
      if (at > 0) {
        const line = candidate.slice(0, at).join(" ");
        lines.push(prefix + line);
        ticks += line.match(/`/g)?.length ?? 0;
        // Inside a code span prettier does not indent the continuation (Markdown strips it anyway).
        prefix = ticks % 2 === 1 ? "" : cont;
        current = candidate.slice(at);
        continue;
      }
    }
    current = candidate;
  }
  lines.push(prefix + current.join(" "));
  return lines;
}
