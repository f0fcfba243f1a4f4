import { wrapShell } from "./wrap-shell.js";

/** markdownlint's default line length (MD013). */
export const MARKDOWN_WIDTH = 80;

/**
 * Wraps Markdown to a width, so it passes markdownlint's line length: paragraphs and list items
 * break at spaces (a soft line break renders as a space, inside a code span too), shell code blocks
 * with ` \` continuations. Headings, tables, HTML comments and other code blocks are kept.
 */
export function wrapMarkdown(text: string, width = MARKDOWN_WIDTH): string {
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(\s*)(```|~~~)\s*(\w*)/.exec(line);
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
const STRUCTURAL = /^([-+*>]|#{1,6}|\d+[.)]|[-=]+)$/;

function wrapProse(line: string, width: number): string[] {
  const m = /^(\s*)((?:[-+*]|\d+[.)]) )?/.exec(line)!;
  const first = m[0];
  const cont = " ".repeat(first.length);
  const words = line.slice(first.length).split(/ +/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const prefix = lines.length === 0 ? first : cont;
    if (current && prefix.length + current.length + 1 + word.length > width && !STRUCTURAL.test(word)) {
      lines.push(prefix + current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  lines.push((lines.length === 0 ? first : cont) + current);
  return lines;
}
