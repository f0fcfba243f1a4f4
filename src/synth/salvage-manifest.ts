import { TOOL_NAME } from "./marker.js";
import { MANIFEST_PATH, manifestEntryOf, parseManifestStrict, type Manifest, type ManifestEntry, type ManifestReadResult } from "./manifest.js";
import { assertSafeRelativePath } from "./safe-path.js";

/** A manifest lists a few hundred small entries; anything far larger is not ours. */
const MAX_MANIFEST_CHARS = 10 * 1024 * 1024;
const CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: .*)?$/;

/**
 * Parses the manifest tolerantly, never throwing: merge-conflict markers are split into both sides;
 * a truncated or hand-damaged manifest keeps every entry that can still be read; entries whose path
 * could lead outside the repository are dropped. Each fallback is reported in `warning`.
 */
export function parseManifest(text: string | null): ManifestReadResult {
  if (text === null) return { manifest: null };
  if (text.length > MAX_MANIFEST_CHARS) {
    return { manifest: null, warning: `${MANIFEST_PATH} is ${text.length} characters, far too large to be ours; ownership is recovered from the files' markers` };
  }
  const strict = parseManifestStrict(text);
  if (strict) return withSafePaths(strict);

  const lines = text.split(/\r?\n/);
  if (lines.some((line) => CONFLICT_LINE.test(line) && !line.startsWith("="))) {
    const sides = splitConflict(lines).map((side) => parseManifestStrict(side) ?? salvageEntries(side));
    const usable = sides.filter((m): m is Manifest => m !== undefined).map((m) => withSafePaths(m).manifest!);
    if (usable.length > 0) {
      return {
        manifest: usable[0]!,
        sides: usable,
        warning: `${MANIFEST_PATH} has merge-conflict markers; for each file the side that matches the file on disk is kept, and the manifest is rewritten on the next synth`,
      };
    }
  }
  const salvaged = salvageEntries(text);
  if (salvaged) {
    const { manifest, warning } = withSafePaths(salvaged);
    const count = Object.keys(manifest!.files).length;
    return {
      manifest,
      warning: [`${MANIFEST_PATH} is damaged (not a valid manifest); ${count} entr${count === 1 ? "y was" : "ies were"} recovered from it, other owned files are recognised by their markers`, warning]
        .filter(Boolean)
        .join("; "),
    };
  }
  return { manifest: null, warning: `${MANIFEST_PATH} is not a readable manifest; ownership is recovered from the files' markers` };
}

/** The two sides of a text with git conflict markers (the diff3 base section is dropped). */
function splitConflict(lines: readonly string[]): [string, string] {
  const a: string[] = [];
  const b: string[] = [];
  let state: "both" | "a" | "base" | "b" = "both";
  for (const line of lines) {
    if (line.startsWith("<<<<<<<") && CONFLICT_LINE.test(line)) state = "a";
    else if (line.startsWith("|||||||") && state === "a") state = "base";
    else if (line === "=======" && (state === "a" || state === "base")) state = "b";
    else if (line.startsWith(">>>>>>>") && state === "b") state = "both";
    else {
      if (state === "both" || state === "a") a.push(line);
      if (state === "both" || state === "b") b.push(line);
    }
  }
  return [a.join("\n"), b.join("\n")];
}

/** Every `"path": { "sha": …, "component": … }` that still parses, wherever it is in the text. */
function salvageEntries(text: string): Manifest | undefined {
  const files: Record<string, ManifestEntry> = {};
  const entry = /"((?:[^"\\\n]|\\.){1,4096})"\s*:\s*(\{[^{}]{0,8192}\})/g;
  for (const match of text.matchAll(entry)) {
    try {
      const path = JSON.parse(`"${match[1]}"`) as string;
      const parsed = manifestEntryOf(JSON.parse(match[2]!));
      if (parsed && !Object.hasOwn(files, path)) files[path] = parsed;
    } catch {
      // a damaged entry is skipped; its file is judged by its marker
    }
  }
  if (Object.keys(files).length === 0) return undefined;
  return { version: 1, tool: TOOL_NAME, toolVersion: "unknown", optionsHash: "unknown", files };
}

/** Drops entries whose path is absolute, has `..` or is otherwise unsafe: a hostile manifest must not steer writes or deletes. */
function withSafePaths(manifest: Manifest): { manifest: Manifest; warning?: string } {
  const files: Record<string, ManifestEntry> = Object.create(null) as Record<string, ManifestEntry>;
  const dropped: string[] = [];
  for (const [path, entry] of Object.entries(manifest.files)) {
    try {
      assertSafeRelativePath(path, "manifest");
      if (path.split("/").includes("__proto__")) throw new Error("prototype key");
      files[path] = entry;
    } catch {
      dropped.push(JSON.stringify(path));
    }
  }
  if (dropped.length === 0) return { manifest };
  return {
    manifest: { ...manifest, files: { ...files } },
    warning: `${MANIFEST_PATH}: ignored ${dropped.length} entr${dropped.length === 1 ? "y" : "ies"} with a path that is not a relative path inside the repository (${dropped.slice(0, 5).join(", ")})`,
  };
}
