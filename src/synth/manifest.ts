import { createHash } from "node:crypto";
import { z } from "zod";
import { TOOL_NAME } from "./marker.js";

export const MANIFEST_PATH = ".devops-baseline/manifest.json";

const manifestSchema = z.object({
  version: z.literal(1),
  tool: z.literal(TOOL_NAME),
  toolVersion: z.string(),
  optionsHash: z.string(),
  files: z.record(
    z.string(),
    z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/), component: z.string() }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest["files"][string];

export interface ManifestReadResult {
  readonly manifest: Manifest | null;
  /** Set when the file existed but could not be used as it was; says what was done instead. */
  readonly warning?: string;
}

/** Parses the manifest tolerantly: a broken manifest is reported, never fatal. */
export function parseManifest(text: string | null): ManifestReadResult {
  if (text === null) return { manifest: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { manifest: null, warning: `${MANIFEST_PATH} is not valid JSON; ownership is recovered from the files' markers` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    return { manifest: null, warning: `${MANIFEST_PATH} has an unexpected shape; ownership is recovered from the files' markers` };
  }
  return { manifest: parsed.data };
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
