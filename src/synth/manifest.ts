import { createHash } from "node:crypto";
import { z } from "zod";
import { TOOL_NAME } from "./marker.js";

export const MANIFEST_PATH = ".devops-baseline/manifest.json";

const manifestEntryShape = z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/), component: z.string() });

export const manifestSchema = z.object({
  version: z.literal(1),
  tool: z.literal(TOOL_NAME),
  toolVersion: z.string(),
  optionsHash: z.string(),
  files: z.record(z.string(), manifestEntryShape),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest["files"][string];

export const manifestEntrySchema = manifestEntryShape;

export interface ManifestReadResult {
  readonly manifest: Manifest | null;
  /** Set when the file existed but could not be used as it was; says what was done instead. */
  readonly warning?: string;
  /**
   * Both sides of a manifest with merge-conflict markers. The caller keeps, per path, the entry that
   * matches the file on disk (`manifest` is then the first side).
   */
  readonly sides?: readonly Manifest[];
}

/** Strict parse of a manifest's text; `undefined` when it is not exactly a valid manifest. */
export function parseManifestStrict(text: string): Manifest | undefined {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, "")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stable bytes: sorted paths, two-space JSON, trailing newline. */
export function serializeManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
}

/** A stable hash of the options, so the manifest says which options produced the files. */
export function hashOptions(options: unknown): string {
  return `sha256:${createHash("sha256").update(stableStringify(options)).digest("hex").slice(0, 16)}`;
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
