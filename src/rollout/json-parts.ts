/**
 * `JSON.stringify(value, null, 2)` in parts, made as they are written: a report of 10,000 repositories is
 * then never one string of megabytes (and its copies as it is redacted and written), which went straight
 * into the old generation at the very end of a rollout (issue 14). Joined, the parts are exactly what
 * `JSON.stringify` gives. A part never splits a string or a key, so each can be redacted on its own.
 */
export function* jsonParts(value: unknown, depth = 0): Generator<string> {
  const items = value instanceof LazyArray ? value : Array.isArray(value) ? value : undefined;
  if (items !== undefined) {
    if (items.length === 0) return yield "[]";
    const pad = "  ".repeat(depth);
    let separator = "[";
    for (const item of items) {
      yield `${separator}\n${pad}  `;
      // As JSON.stringify: what has no JSON form is null inside an array.
      yield* jsonable(item) ? jsonParts(item, depth + 1) : ["null"];
      separator = ",";
    }
    return yield `\n${pad}]`;
  }
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return yield* jsonParts((value as { toJSON(): unknown }).toJSON(), depth);
  }
  if (value !== null && typeof value === "object") {
    const pad = "  ".repeat(depth);
    let separator = "{";
    for (const [key, item] of Object.entries(value)) {
      // As JSON.stringify: a property with no JSON form is left out.
      if (!jsonable(item)) continue;
      yield `${separator}\n${pad}  ${JSON.stringify(key)}: `;
      yield* jsonParts(item, depth + 1);
      separator = ",";
    }
    return yield separator === "{" ? "{}" : `\n${pad}}`;
  }
  yield JSON.stringify(value);
}

/** An array whose items are made one by one as they are written (`map` over a source, lazily). */
export class LazyArray<T, U> implements Iterable<U> {
  constructor(
    private readonly source: readonly T[],
    private readonly make: (item: T) => U,
  ) {}

  get length(): number {
    return this.source.length;
  }

  *[Symbol.iterator](): Iterator<U> {
    for (const item of this.source) yield this.make(item);
  }
}

function jsonable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/**
 * Parts gathered into pieces of whole lines, each about `size` characters (32 K: under the size that V8
 * allocates straight into the old generation), for few writes. Joined with "\n", the pieces are the parts
 * joined. A cut falls only at a line break, never inside a JSON string, so each piece can be redacted.
 */
export function* inLines(parts: Iterable<string>, size = 32 * 1024): Generator<string> {
  let pending = "";
  for (const part of parts) {
    pending += part;
    if (pending.length < size) continue;
    const cut = pending.lastIndexOf("\n");
    if (cut < 0) continue;
    yield pending.slice(0, cut);
    pending = pending.slice(cut + 1);
  }
  yield pending;
}
