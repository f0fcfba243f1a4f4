import { createHash } from "node:crypto";
import { TOOL_NAME } from "./marker.js";

export const MANIFEST_PATH = ".devops-baseline/manifest.json";

/** What the tool wrote at a path: the git blob SHA of its bytes, and the component that renders it. */
export interface ManifestEntry {
  sha: string;
  component: string;
}

export interface Manifest {
  version: 1;
  tool: typeof TOOL_NAME;
  toolVersion: string;
  optionsHash: string;
  files: Record<string, ManifestEntry>;
}

// Checked by hand rather than with zod: every `check` reads a manifest, and zod (its module and a parse)
// cost more than the rest of reading it (issue 14). test/synth/fuzz-manifest.test.ts holds the zod schema
// these must agree with.
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const SHA = /^[0-9a-f]{40}$/;

/** A manifest entry, unknown keys dropped; `undefined` when it is not one. */
export function manifestEntryOf(value: unknown): ManifestEntry | undefined {
  if (!isRecord(value) || typeof value.sha !== "string" || !SHA.test(value.sha) || typeof value.component !== "string") return undefined;
  return { sha: value.sha, component: value.component };
}

/** A manifest, unknown keys dropped; `undefined` when it is not exactly one. */
export function manifestOf(value: unknown): Manifest | undefined {
  if (!isRecord(value) || value.version !== 1 || value.tool !== TOOL_NAME || typeof value.toolVersion !== "string" || typeof value.optionsHash !== "string" || !isRecord(value.files)) return undefined;
  const files: Record<string, ManifestEntry> = {};
  for (const [path, raw] of Object.entries(value.files)) {
    const entry = manifestEntryOf(raw);
    if (!entry) return undefined;
    // An own property even for "__proto__", as JSON.parse made it: the safe-path check then drops it, with a warning.
    Object.defineProperty(files, path, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return { version: 1, tool: TOOL_NAME, toolVersion: value.toolVersion, optionsHash: value.optionsHash, files };
}

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
    return manifestOf(JSON.parse(text.replace(/^\uFEFF/, "")));
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
