const PRINT_WIDTH = 80;

/**
 * JSON in prettier's default form, so a repository's prettier hook never rewrites an owned file:
 * objects expanded one key per line; an array of scalars on one line when it fits in 80 columns,
 * otherwise one element per line; two-space indent; no trailing commas; final newline.
 */
export function renderJson(data: unknown): string {
  return `${printValue(data, "", 0, 0)}\n`;
}

/** @param column where the value starts on its line; @param suffix characters after it on that line (a comma). */
function printValue(value: unknown, indent: string, column: number, suffix: number): string {
  if (Array.isArray(value)) return printArray(value, indent, column, suffix);
  if (value !== null && typeof value === "object") return printObject(value as Record<string, unknown>, indent);
  return JSON.stringify(value) ?? "null";
}

function printObject(object: Record<string, unknown>, indent: string): string {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const lines = entries.map(([key, v], i) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    const comma = i < entries.length - 1 ? "," : "";
    return prefix + printValue(v, inner, prefix.length, comma.length) + comma;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function printArray(array: readonly unknown[], indent: string, column: number, suffix: number): string {
  if (array.length === 0) return "[]";
  const flat = flatArray(array);
  if (flat !== undefined && column + flat.length + suffix <= PRINT_WIDTH) return flat;
  const inner = `${indent}  `;
  const lines = array.map((v, i) => {
    const comma = i < array.length - 1 ? "," : "";
    return inner + printValue(v, inner, inner.length, comma.length) + comma;
  });
  return `[\n${lines.join("\n")}\n${indent}]`;
}

/**
 * The one-line form of a value, if prettier would ever print it on one line: scalars, empty collections,
 * and arrays of those, except a list of two or more lists with two or more items each (prettier breaks those).
 * Non-empty objects never: we always write them expanded, and prettier keeps an object expanded.
 */
function flatValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : flatArray(value);
  if (value !== null && typeof value === "object") return Object.values(value).some((v) => v !== undefined) ? undefined : "{}";
  return JSON.stringify(value) ?? "null";
}

function flatArray(array: readonly unknown[]): string | undefined {
  const matrix = array.length > 1 && array.every((v) => Array.isArray(v) && v.length > 1);
  if (matrix) return undefined;
  const items = array.map(flatValue);
  return items.every((i) => i !== undefined) ? `[${items.join(", ")}]` : undefined;
}
