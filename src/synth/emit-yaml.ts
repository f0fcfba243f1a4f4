/**
 * A direct YAML emitter for what the file models hold (plain objects, arrays, strings, numbers, booleans,
 * null), writing exactly what the `yaml` library writes for them with the options `renderYaml` uses
 * (`lineWidth: 0`, `indentSeq: true`, `singleQuote: false`, no aliases, undefined map values dropped).
 * Building a `yaml` Document and stringifying it was the largest part of a cold `check` (issue 14); this
 * walks the data once. Scalar rules follow the library's `stringifyString` (yaml 2.x), minus what those
 * options switch off (line folding, single quotes, flow collections with items).
 * test/synth/emit-yaml.test.ts proves the output byte-for-byte equal to the library's.
 */

/** How one scalar is written: the library's plain/double-quoted/block choice, or forced double quotes. */
export type StringStyle = "auto" | "double";

export interface EmitHooks {
  /** Style of a map value that is a string (keys and sequence items always use "auto"). */
  readonly valueStyle: (value: string) => StringStyle;
  /** A trailing comment for a map value, e.g. the version of a SHA-pinned `uses:`. */
  readonly valueComment: (key: string, value: unknown) => string | undefined;
}

const INDENT_STEP = "  ";
const DOUBLE_QUOTED_MIN_MULTILINE = 40;
const MAX_IMPLICIT_KEY = 1024;

/** The YAML 1.2 core schema's non-string scalars: a plain string matching one must be quoted. */
const CORE_SCHEMA_TESTS = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const FORCE_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

interface Context {
  readonly indent: string;
  readonly implicitKey: boolean;
  forceBlockIndent?: boolean;
}

/** The document: `headerComment` lines as `#` comments, a blank line, then the data. Ends with a newline. */
export function emitYaml(data: unknown, hooks: EmitHooks, headerComment?: string): string {
  const body = emitNode(data, { indent: "", implicitKey: false }, hooks);
  const header = headerComment === undefined ? "" : `${headerComment.replace(/^(?!$)(?: $)?/gm, "#")}\n\n`;
  return `${header}${body}\n`;
}

function emitNode(value: unknown, ctx: Context, hooks: EmitHooks, style: StringStyle = "auto"): string {
  if (Array.isArray(value)) return emitSeq(value, ctx, hooks);
  if (value !== null && typeof value === "object") return emitMap(value as Record<string, unknown>, ctx, hooks);
  return emitScalar(value, ctx, style);
}

function emitScalar(value: unknown, ctx: Context, style: StringStyle): string {
  switch (typeof value) {
    case "string":
      return style === "double" || FORCE_DOUBLE.test(value) ? doubleQuoted(value, ctx) : plain(value, ctx);
    case "number":
      if (!Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
      return Object.is(value, -0) ? "-0" : JSON.stringify(value);
    case "bigint":
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "null";
    default:
      if (value === null) return "null";
      throw new TypeError(`YAML models hold plain data; got a ${typeof value}`);
  }
}

function emitSeq(items: readonly unknown[], ctx: Context, hooks: EmitHooks): string {
  if (items.length === 0) return "[]";
  const itemCtx: Context = { indent: ctx.indent + INDENT_STEP, implicitKey: false };
  return items.map((item) => `- ${emitNode(item, itemCtx, hooks)}`).join(`\n${ctx.indent}`);
}

function emitMap(map: Record<string, unknown>, ctx: Context, hooks: EmitHooks): string {
  const lines: string[] = [];
  const childIndent = ctx.indent + INDENT_STEP;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const keyStr = emitScalar(key, { indent: childIndent, implicitKey: true }, "auto");
    if (keyStr.length > MAX_IMPLICIT_KEY) throw new RangeError(`YAML keys longer than ${MAX_IMPLICIT_KEY} characters are not supported: ${key.slice(0, 40)}…`);
    const valueCtx: Context = { indent: childIndent, implicitKey: false };
    const isString = typeof value === "string";
    const valueStr = emitNode(value, valueCtx, hooks, isString ? hooks.valueStyle(value) : "auto");
    const comment = hooks.valueComment(key, value);
    let line = `${keyStr}:`;
    // A collection with items goes under its key; an empty one (`[]`, `{}`; no string emits those) beside it.
    if (value !== null && typeof value === "object" && valueStr !== "[]" && valueStr !== "{}") {
      line += `\n${childIndent}${valueStr}`;
    } else {
      line += valueStr === "" || valueStr[0] === "\n" ? valueStr : ` ${valueStr}`;
    }
    if (comment !== undefined) line += lineComment(line, childIndent, ` ${comment}`.replace(/^(?!$)(?: $)?/gm, "#"));
    lines.push(line);
  }
  if (lines.length === 0) return "{}";
  return lines.map((line, i) => (i === 0 ? line : line ? `${ctx.indent}${line}` : "")).join("\n");
}

function lineComment(str: string, indent: string, comment: string): string {
  if (str.endsWith("\n")) return indentComment(comment, indent);
  return comment.includes("\n") ? `\n${indentComment(comment, indent)}` : `${str.endsWith(" ") ? "" : " "}${comment}`;
}

function indentComment(comment: string, indent: string): string {
  if (/^\n+$/.test(comment)) return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}

function plain(value: string, ctx: Context): string {
  const { implicitKey, indent } = ctx;
  if (implicitKey && value.includes("\n")) return doubleQuoted(value, ctx);
  if (NOT_PLAIN.test(value)) return implicitKey || !value.includes("\n") ? doubleQuoted(value, ctx) : blockLiteral(value, ctx);
  if (!implicitKey && value.includes("\n")) return blockLiteral(value, ctx);
  if (DOCUMENT_MARKER.test(value)) {
    if (indent === "") return blockLiteral(value, { ...ctx, forceBlockIndent: true });
    if (implicitKey && indent === INDENT_STEP) return doubleQuoted(value, ctx);
  }
  const str = value.replace(/\n+/g, `$&\n${indent}`);
  return CORE_SCHEMA_TESTS.some((test) => test.test(str)) ? doubleQuoted(value, ctx) : str;
}

function doubleQuoted(value: string, ctx: Context): string {
  const json = JSON.stringify(value);
  const { implicitKey } = ctx;
  const indent = ctx.indent || (DOCUMENT_MARKER.test(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      // A space before a line break is escaped, or reading the folded line would drop it.
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch !== "\\") continue;
    if (json[i + 1] === "u") {
      str += json.slice(start, i);
      const code = json.substr(i + 2, 4);
      str += SHORT_ESCAPES[code] ?? (code.startsWith("00") ? `\\x${code.substr(2)}` : json.substr(i, 6));
      i += 5;
      start = i + 1;
    } else if (json[i + 1] === "n" && !(implicitKey || json[i + 2] === '"' || json.length < DOUBLE_QUOTED_MIN_MULTILINE)) {
      // A long string's line breaks become real ones: a blank line each, as folding eats one.
      str += json.slice(start, i) + "\n\n";
      while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
        str += "\n";
        i += 2;
      }
      str += indent;
      if (json[i + 2] === " ") str += "\\";
      i += 1;
      start = i + 1;
    } else {
      i += 1;
    }
  }
  return start ? str + json.slice(start) : json;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "0000": "\\0",
  "0007": "\\a",
  "000b": "\\v",
  "001b": "\\e",
  "0085": "\\N",
  "00a0": "\\_",
  "2028": "\\L",
  "2029": "\\P",
};

function blockLiteral(whole: string, ctx: Context): string {
  // A block cannot end in whitespace after its last line break: quote those.
  if (/\n[\t ]+$/.test(whole)) return doubleQuoted(whole, ctx);
  const indent = ctx.indent || (ctx.forceBlockIndent || DOCUMENT_MARKER.test(whole) ? "  " : "");
  let value = whole;
  let endStart = value.length;
  while (endStart > 0 && "\n\t ".includes(value[endStart - 1]!)) endStart--;
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  const chomp = endNlPos === -1 ? "-" : value === end || endNlPos !== end.length - 1 ? "+" : "";
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith("\n")) end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd = 0;
  let startNlPos = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ") startWithSpace = true;
    else if (ch === "\n") startNlPos = startEnd;
    else break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const header = (startWithSpace ? (indent ? "2" : "1") : "") + chomp;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}
