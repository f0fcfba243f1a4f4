/** Counts of OpenAPI 3.0 `nullable` keywords rewritten while normalising. */
export interface NormalizeStats {
  nullableWithType: number;
  nullableWithoutType: number;
}

// Annotations only: dropping them keeps the compiled spec small and avoids walking example payloads.
const TEXT_ANNOTATIONS = new Set(["description", "title"]);
const PAYLOAD_ANNOTATIONS = new Set(["example", "examples", "externalDocs", "x-github"]);

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema that ajv understands: `nullable: true` becomes a
 * `"null"` type (or an `anyOf` with `{type: "null"}` when the schema has no `type`, as ~135 of
 * GitHub's do), and local `#/...` refs are rewritten by `rebase`.
 */
export function normalizeSchema(node: unknown, rebase: (ref: string) => string, stats: NormalizeStats): unknown {
  if (Array.isArray(node)) return node.map((item) => normalizeSchema(item, rebase, stats));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (PAYLOAD_ANNOTATIONS.has(key) || (TEXT_ANNOTATIONS.has(key) && typeof value === "string")) continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out[key] = rebase(value);
    else if (key === "properties" || key === "patternProperties") out[key] = normalizeMap(value, rebase, stats);
    else out[key] = normalizeSchema(value, rebase, stats);
  }
  if (out["nullable"] !== true) {
    delete out["nullable"];
    return out;
  }
  delete out["nullable"];
  if (typeof out["type"] === "string") {
    stats.nullableWithType++;
    out["type"] = [out["type"], "null"];
    if (Array.isArray(out["enum"]) && !out["enum"].includes(null)) out["enum"] = [...out["enum"], null];
    return out;
  }
  stats.nullableWithoutType++;
  return { anyOf: [out, { type: "null" }] };
}

// Keys of `properties` are property names, not keywords: a property called `description` must stay.
function normalizeMap(map: unknown, rebase: (ref: string) => string, stats: NormalizeStats): unknown {
  if (map === null || typeof map !== "object") return map;
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(map)) out[name] = normalizeSchema(schema, rebase, stats);
  return out;
}
