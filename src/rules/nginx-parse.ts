import type { NginxDirective } from "./types.js";

/**
 * A small nginx configuration parser: directives (`name args;`), blocks (`name args { … }`), `#`
 * comments and quoted strings, with line numbers. Enough for the rules; `include` is not followed.
 */
export function parseNginx(text: string): NginxDirective[] {
  const tokens: { value: string; line: number; quoted: boolean }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{" || c === "}" || c === ";") {
      tokens.push({ value: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let j = i + 1;
      let value = "";
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === "\\") value += text[++j] ?? "";
        else value += text[j];
        if (text[j] === "\n") line++;
      }
      tokens.push({ value, line: start, quoted: true });
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s;{}]/.test(text[j]!)) j++;
      tokens.push({ value: text.slice(i, j), line, quoted: false });
      i = j;
    }
  }
  let at = 0;
  const block = (): NginxDirective[] => {
    const out: NginxDirective[] = [];
    while (at < tokens.length) {
      const first = tokens[at]!;
      if (!first.quoted && first.value === "}") {
        at++;
        return out;
      }
      const words: string[] = [];
      while (at < tokens.length && (tokens[at]!.quoted || !["{", "}", ";"].includes(tokens[at]!.value))) words.push(tokens[at++]!.value);
      const end = tokens[at];
      const [name = "", ...args] = words;
      if (end?.value === "{") {
        at++;
        out.push({ name, args, line: first.line, block: block() });
      } else {
        // `;` ends the directive; a `}` (a missing `;`) is left to close the block.
        if (end?.value === ";") at++;
        if (name) out.push({ name, args, line: first.line });
      }
    }
    return out;
  };
  return block();
}
