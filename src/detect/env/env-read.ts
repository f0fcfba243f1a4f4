/** One place the app reads an environment variable. */
export interface EnvRead {
  readonly name: string;
  readonly file: string;
  /** 1-based line of the read, for `file:line` evidence. */
  readonly line: number;
  /** The code supplies a value when the variable is unset. */
  readonly hasDefault: boolean;
  /** The default as written, when it is a plain literal (shown in `.env.example`). */
  readonly defaultValue?: string;
  /** How it is used says it holds a credential (a DSN parser, `SecretStr`, a password field). */
  readonly secretUse?: boolean;
  /** Read by a bundler at build time (`NEXT_PUBLIC_*`, `import.meta.env.VITE_*`). */
  readonly buildTime?: boolean;
  /** The reading style, for the evidence: `os.getenv`, `process.env`, `pydantic BaseSettings`… */
  readonly via: string;
}

export const VAR_NAME = "[A-Za-z_][A-Za-z0-9_]*";

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A quoted literal's content (`"x"`, `'x'`, `` `x` ``); numbers, booleans and None as written; anything else undefined. */
export function literalValue(expr: string): string | undefined {
  const text = expr.trim();
  const quoted = /^[rbuf]?(["'`])(.*)\1$/s.exec(text);
  if (quoted) return quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(text) || /^(true|false|True|False)$/.test(text)) return text;
  return undefined;
}

/** Blanks out comments so a commented-out read is no read, keeping offsets (and so line numbers) intact. */
export function withoutComments(text: string, language: "python" | "node"): string {
  const pattern = language === "python" ? /#[^\n]*/g : /\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
  // A `#` or `//` inside a string (a URL default) is not a comment: only strip those outside quotes on the line.
  return text.replace(pattern, (match, offset: number) => {
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    const quotes = (before.match(/["'`]/g) ?? []).length;
    return quotes % 2 === 1 ? match : match.replace(/[^\n]/g, " ");
  });
}
