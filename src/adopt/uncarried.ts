import { isObj, preview, type Obj } from "./types.js";

/** Pairs the items of two lists: by `id`, then `name`, then equal value. Used for workflow steps too. */
export type MatchItem = (item: unknown, candidates: readonly unknown[]) => number;

export const matchByIdOrName: MatchItem = (item, candidates) => {
  if (isObj(item)) {
    for (const key of ["id", "name"]) {
      if (typeof item[key] !== "string") continue;
      const i = candidates.findIndex((c) => isObj(c) && c[key] === item[key]);
      if (i >= 0) return i;
    }
  }
  const text = JSON.stringify(item);
  return candidates.findIndex((c) => JSON.stringify(c) === text);
};

/**
 * Every part of `old` that `next` drops (a key or list item it lacks) or replaces (another value),
 * as `path: what` lines. `skip` holds paths already accounted for (carried or covered elsewhere);
 * `matchAt` picks how the list at a path pairs its items.
 */
export function uncarried(old: unknown, next: unknown, skip: ReadonlySet<string>, matchAt: (path: string) => MatchItem = () => matchByIdOrName, path = ""): string[] {
  if (skip.has(path)) return [];
  if (isObj(old) && isObj(next)) {
    return Object.keys(old).flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (skip.has(at)) return [];
      return key in next ? uncarried(old[key], (next as Obj)[key], skip, matchAt, at) : [`${at}: dropped (${preview(old[key])})`];
    });
  }
  if (Array.isArray(old) && Array.isArray(next)) {
    const match = matchAt(path);
    return old.flatMap((item, i) => {
      const at = `${path}[${label(item, i)}]`;
      if (skip.has(at)) return [];
      const j = match(item, next);
      return j < 0 ? [`${at}: dropped (${preview(item)})`] : uncarried(item, next[j], skip, matchAt, at);
    });
  }
  if (JSON.stringify(old) === JSON.stringify(next)) return [];
  // A plaintext secret is not repeated into a terminal or CI log; the diff and the backup have it.
  const was = /(password|secret|token|api_?key|private)[^.]*$/i.test(path) ? "a value (hidden: it looks like a secret)" : preview(old);
  return [`${path}: ${was} replaced by ${next === undefined ? "nothing" : preview(next)}`];
}

/** How a list item is named in a path: its id or name, else its position. */
export function label(item: unknown, index: number): string {
  if (isObj(item)) for (const key of ["id", "name"]) if (typeof item[key] === "string") return item[key] as string;
  return String(index);
}
