/**
 * Wraps shell commands to a line width with ` \` continuations, so Markdown code blocks pass
 * markdownlint's line length. Breaks only at spaces outside quotes and backticks, where a
 * backslash-newline is removed by the shell: the command's words stay the same. A trailing comment
 * moves onto its own line above the command (a backslash inside a comment would not continue it).
 * Lines inside a heredoc or a multi-line quoted string are kept as they are.
 */
export function wrapShell(script: string, width: number): string {
  const out: string[] = [];
  let heredoc: string | undefined;
  let openQuote = false;
  for (const line of script.split("\n")) {
    if (heredoc !== undefined) {
      out.push(line);
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    if (openQuote || line.length <= width) {
      out.push(line);
    } else {
      out.push(...wrapLine(line, width));
    }
    const scan = scanLine(line, openQuote);
    openQuote = scan.openQuote;
    heredoc = scan.heredoc;
  }
  return out.join("\n");
}

interface Scan {
  /** Offsets of spaces where a line may break. */
  breaks: number[];
  /** Offset of an unquoted `#` that starts a comment, if any. */
  comment: number | undefined;
  openQuote: boolean;
  heredoc: string | undefined;
}

function scanLine(line: string, startsQuoted: boolean): Scan {
  const breaks: number[] = [];
  let quote: "'" | '"' | "`" | undefined = startsQuoted ? "'" : undefined;
  let heredoc: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === "\\") {
      i++;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      quote = ch;
    } else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]!))) {
      return { breaks, comment: i, openQuote: false, heredoc };
    } else if (ch === "<" && line[i + 1] === "<" && line[i + 2] !== "<") {
      const m = /^<<-?\s*['"]?(\w+)/.exec(line.slice(i));
      if (m) heredoc = m[1];
      i++;
    } else if (ch === " " && i > 0 && line[i - 1] !== " " && line.slice(0, i).trim() !== "") {
      breaks.push(i);
    }
  }
  return { breaks, comment: undefined, openQuote: quote !== undefined, heredoc };
}

function wrapLine(line: string, width: number): string[] {
  const indent = /^\s*/.exec(line)![0];
  const scan = scanLine(line, false);
  if (scan.comment !== undefined) {
    const code = line.slice(0, scan.comment).trimEnd();
    const comment = line.slice(scan.comment).replace(/^#\s*/, "");
    if (code.trim() === "") return wrapComment(indent, comment, width);
    return [...wrapComment(indent, comment, width), ...wrapLine(code, width)];
  }
  const lines: string[] = [];
  let start = 0;
  let prefix = indent;
  const cont = `${indent}  `;
  while (prefix.length + line.length - start > width) {
    // The last break that keeps this line, with its " \", within the width; else the first one.
    const fits = scan.breaks.filter((b) => b > start && prefix.length + (b - start) + 2 <= width);
    const at = fits.at(-1) ?? scan.breaks.find((b) => b > start);
    if (at === undefined) break;
    lines.push(`${prefix}${line.slice(start, at).trimStart()} \\`);
    start = at + 1;
    while (line[start] === " ") start++;
    prefix = cont;
  }
  lines.push(`${prefix}${line.slice(start).trimStart()}`);
  return lines;
}

function wrapComment(indent: string, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && indent.length + 2 + current.length + 1 + word.length > width) {
      lines.push(`${indent}# ${current}`);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  lines.push(`${indent}# ${current}`);
  return lines;
}
