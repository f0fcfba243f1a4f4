/**
 * Deep merge of plain config objects, later layers winning and arrays replaced (a repository's
 * `securitySeverity` replaces the organisation's, it is not appended to it). Used for detection under
 * flags, a config under flags, and org defaults under a repository's own config.
 */
export function layerConfig(...layers: readonly unknown[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!isPlainObject(layer)) continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = isPlainObject(value) && isPlainObject(current) ? layerConfig(current, value) : value;
    }
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
