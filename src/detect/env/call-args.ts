/** The text between `(` at `open` and its matching `)`, split into top-level arguments; undefined when unbalanced. */
export function callArgs(text: string, open: number): string[] | undefined {
  const inner = balanced(text, open);
  return inner === undefined ? undefined : splitTopLevel(inner);
}

/** The text inside the bracket at `open` (`(`, `{` or `[`) up to its match, skipping quoted strings. */
export function balanced(text: string, open: number): string | undefined {
  let depth = 0;
  let quote = "";
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  return undefined;
}

/** Splits on commas outside brackets and quotes; empty trailing pieces dropped. */
export function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(inner.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** `default=…` among keyword arguments, or undefined. */
export function keywordArg(args: readonly string[], name: string): string | undefined {
  const prefix = new RegExp(`^${name}\\s*=\\s*`);
  const found = args.find((a) => prefix.test(a));
  return found?.replace(prefix, "");
}
