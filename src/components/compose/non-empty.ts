/** `{ key: value }` when the record has entries, `{}` otherwise, so empty maps are left out of the file. */
export function nonEmpty<K extends string, V>(key: K, value: Readonly<Record<string, V>>): { [P in K]?: Readonly<Record<string, V>> } {
  return (Object.keys(value).length > 0 ? { [key]: value } : {}) as { [P in K]?: Readonly<Record<string, V>> };
}
