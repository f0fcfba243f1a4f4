import { badInput } from "../errors.js";

export interface FileOverride {
  readonly set?: Readonly<Record<string, unknown>>;
  readonly delete?: readonly string[];
}

/**
 * Applies set/delete patches to a YAML/JSON document, returning a new document.
 * Paths are dot-separated; inside a list a segment matches the item whose `id` (then `name`) equals it,
 * so workflow steps are addressed by id and overrides survive new steps. A numeric segment on a list
 * of unnamed scalars is an index. Setting an item a list lacks appends it when the value carries that
 * id (or name): how adopt carries a step the baseline does not have.
 */
export function applyOverride(data: unknown, override: FileOverride, file: string): unknown {
  let result = structuredClone(data);
  for (const [path, value] of Object.entries(override.set ?? {})) {
    result = setAt(result, splitPath(path), value, `${file}: overrides set "${path}"`);
  }
  for (const path of override.delete ?? []) {
    result = deleteAt(result, splitPath(path), `${file}: overrides delete "${path}"`);
  }
  return result;
}

function splitPath(path: string): string[] {
  // "a.b\.c" → ["a", "b.c"]: a backslash escapes a dot inside a key.
  return path.split(/(?<!\\)\./).map((s) => s.replace(/\\\./g, "."));
}

function childKey(node: unknown, segment: string, where: string): string | number | undefined {
  if (Array.isArray(node)) {
    const byName = node.findIndex(
      (item) => item && typeof item === "object" && ((item as Record<string, unknown>).id === segment || (item as Record<string, unknown>).name === segment),
    );
    if (byName >= 0) return byName;
    if (/^\d+$/.test(segment) && node.every((item) => typeof item !== "object" || item === null)) return Number(segment);
    return undefined;
  }
  if (node && typeof node === "object") return segment;
  throw badInput(`${where}: "${segment}" is below a value that is not a map or a list`);
}

function setAt(node: unknown, path: string[], value: unknown, where: string): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return value;
  const container = node ?? {};
  const key = childKey(container, segment, where);
  if (key === undefined && Array.isArray(container) && rest.length === 0 && namedAs(value, segment)) return [...container, value];
  if (key === undefined) throw badInput(`${where}: no list item with id or name "${segment}" (to append one, set a map whose id is "${segment}")`);
  const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<string | number, unknown>;
  copy[key] = setAt(copy[key], rest, value, where);
  return copy;
}

const namedAs = (value: unknown, name: string): boolean =>
  value !== null && typeof value === "object" && ((value as Record<string, unknown>).id === name || (value as Record<string, unknown>).name === name);

function deleteAt(node: unknown, path: string[], where: string): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return node;
  const key = childKey(node, segment, where);
  if (key === undefined || (node as Record<string | number, unknown>)[key] === undefined) {
    throw badInput(`${where}: nothing at "${segment}" to delete`);
  }
  if (Array.isArray(node)) {
    return rest.length === 0 ? node.filter((_, i) => i !== key) : node.map((item, i) => (i === key ? deleteAt(item, rest, where) : item));
  }
  const copy = { ...(node as Record<string, unknown>) };
  if (rest.length === 0) delete copy[key];
  else copy[key] = deleteAt(copy[key], rest, where);
  return copy;
}
