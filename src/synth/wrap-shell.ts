/**
 * Wraps shell commands to a line width with ` \` continuations, so Markdown code blocks pass
 * markdownlint's line length. Breaks only at spaces outside quotes and backticks, where a
 * backslash-newline is removed by the shell: the command's words stay the same. A trailing comment
 * moves onto its own line above the command (a backslash inside a comment would not continue it).
 * Lines inside a heredoc or a multi-line quoted string are kept as they are.
 */
export function wrapShell(script: string, width: number): string {
  // Most blocks fit already: then no line needs scanning for quotes and heredocs.
  if (!hasLongerLine(script, width)) return script;
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
    // A line without quotes, heredocs or substitutions leaves the state as it was: skip its scan.
    if (openQuote || QUOTING.test(line)) {
      const scan = scanLine(line, openQuote);
      openQuote = scan.openQuote;
      heredoc = scan.heredoc;
    }
  }
  return out.join("\n");
}

/** The characters that can open a quote, a heredoc or a substitution that outlives its line. */
const QUOTING = /['"`<(\\]/;

/** Whether any line of `text` is longer than `width`, without splitting it. */
export function hasLongerLine(text: string, width: number): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    if ((end === -1 ? text.length : end) - start > width) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

interface Scan {
  /** Offsets of spaces where a line may break; quoted: inside a single-quoted string, closed and reopened around the break. */
  breaks: { at: number; quoted: boolean }[];
  /** Offset of an unquoted `#` that starts a comment, if any. */
  comment: number | undefined;
  openQuote: boolean;
  heredoc: string | undefined;
}

/**
 * Quoting contexts nest: `"$(cmd 'x' "y")"`. A space may break a line only where every open
 * context is a command substitution or a subshell, never inside quotes.
 */
type Context = "'" | '"' | "`" | "(";

function scanLine(line: string, startsQuoted: boolean): Scan {
  const breaks: Scan["breaks"] = [];
  const stack: Context[] = startsQuoted ? ["'"] : [];
  let heredoc: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const top = stack.at(-1);
    const below = stack.at(-2);
    if (top === "'") {
      if (ch === "'") stack.pop();
      else if (ch === " " && line[i - 1] !== " " && line[i + 1] !== "'" && line[i + 1] !== " " && (below === undefined || below === "(")) breaks.push({ at: i, quoted: true });
    } else if (top === '"' || top === "`") {
      if (ch === "\\") i++;
      else if (ch === top) stack.pop();
      else if (ch === "$" && line[i + 1] === "(") {
        stack.push("(");
        i++;
      }
    } else if (ch === "\\") {
      i++;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      stack.push(ch);
    } else if (ch === "(") {
      stack.push("(");
    } else if (ch === ")" && top === "(") {
      stack.pop();
    } else if (ch === "#" && (i === 0 || /[\s(]/.test(line[i - 1]!))) {
      // A comment inside a substitution: the line is kept whole.
      if (stack.length > 0) return { breaks: [], comment: undefined, openQuote: true, heredoc };
      return { breaks, comment: i, openQuote: false, heredoc };
    } else if (ch === "<" && line[i + 1] === "<" && line[i + 2] !== "<") {
      const m = /^<<-?\s*['"]?(\w+)/.exec(line.slice(i));
      if (m) heredoc = m[1];
      i++;
    } else if (ch === " " && i > 0 && line[i - 1] !== " " && !/^\s*$/.test(line.slice(0, i)) && (top === undefined || top === "(")) {
      breaks.push({ at: i, quoted: false });
    }
  }
  return { breaks, comment: undefined, openQuote: stack.some((c) => c !== "("), heredoc };
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
    const text = (b: { at: number; quoted: boolean }): string => {
      if (b.quoted) return `${prefix}${line.slice(start, b.at + 1).trimStart()}'\\`;
      const head = `${prefix}${line.slice(start, b.at).trimStart()}`;
      // A word longer than the width gets its backslash without a space (the next line's indentation
      // still separates the words), so nothing but that word passes the width.
      return head.length + 2 <= width ? `${head} \\` : `${head}\\`;
    };
    const after = scan.breaks.filter((b) => b.at > start);
    const fits = after.filter((b) => text(b).length <= width);
    // The last break outside quotes that fits; else the last quoted one that fits; else the first.
    const at = fits.filter((b) => !b.quoted).at(-1) ?? fits.at(-1) ?? after.find((b) => !b.quoted) ?? after[0];
    if (at === undefined) break;
    lines.push(text(at));
    if (at.quoted) {
      // The string goes on at column 0: indentation there would split it into two words.
      start = at.at + 1;
      prefix = "'";
    } else {
      start = at.at + 1;
      while (line[start] === " ") start++;
      prefix = cont;
    }
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
