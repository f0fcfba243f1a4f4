import { renderModels } from "../components/index.js";
import type { TreeChange, TreeEntry } from "../github/tree-sha.js";
import type { BaselineOptions } from "../options/index.js";
import type { RenderedFile } from "../synth/file-model.js";
import { gitBlobSha } from "../synth/git-blob.js";
import { GITATTRIBUTES_PATH, withManagedBlock } from "../synth/gitattributes.js";
import { hasPrettierConfig, nextPrettierignore, PRETTIERIGNORE_PATH } from "../synth/prettierignore.js";
import { hashOptions, MANIFEST_PATH, serializeManifest, type Manifest } from "../synth/manifest.js";
import { resolveManifestSides } from "../synth/manifest-state.js";
import { parseManifest } from "../synth/salvage-manifest.js";
import { TOOL_NAME } from "../synth/marker.js";
import { planSynth, UNKNOWN_BASE_SHA, writtenContent, type DiskEntry, type PlanFlags, type PlannedAction } from "../synth/plan.js";
import { renderFiles } from "../synth/render-files.js";
import { TOOL_VERSION } from "../version.js";
import type { ReadBlob } from "./remote-options.js";

/** Files above this size are not something we generated (the same bound as a local synth). */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export interface RemotePlan {
  readonly actions: readonly PlannedAction[];
  /** What the commit writes: owned files, deletions, the manifest, `.gitattributes`, a new config. */
  readonly changes: readonly TreeChange[];
  readonly manifest: Manifest;
  /** The manifest on the default branch, if any: its toolVersion is the "from" version. */
  readonly previous: Manifest | null;
  /** Paths whose old content was not downloaded because the SHAs alone decided; diffs show them as changed. */
  readonly notDownloaded: ReadonlySet<string>;
  readonly warnings: readonly string[];
}

export interface RemotePlanInput {
  readonly entries: ReadonlyMap<string, TreeEntry>;
  readonly options: BaselineOptions;
  readonly readBlob: ReadBlob;
  /** A blob already in memory (the run's blob cache), without a wait; `undefined` when it must be read. */
  readonly peekBlob?: (sha: string) => string | undefined;
  readonly flags: PlanFlags;
  readonly configToAdd?: { readonly path: string; readonly content: string };
}

/** What a download gave: the text, or `null` for a blob the repository does not have (a base that is gone). */
type KnownBlobs = Map<string, string | null>;

/**
 * Plans a repository from its tree listing with the same pure `planSynth` a local synth uses. Git
 * blob SHAs are computed locally and compared with the listing, so a file that already matches is
 * never downloaded; a file is downloaded only when its content decides the plan (a possible hand
 * edit, or ownership told by a marker when there is no manifest).
 *
 * Each attempt renders and plans in one synchronous step from the blobs in memory. One that needs a
 * blob not yet read ends there; the blobs are read with nothing of it alive, and the next attempt
 * renders again. A rendered baseline kept through a network wait, while other repositories render and
 * audit, outlived the young generation (issue 14).
 */
export async function planRemote(input: RemotePlanInput): Promise<RemotePlan> {
  const known: KnownBlobs = new Map();
  for (;;) {
    const attempt = planWithKnownBlobs(input, known);
    if (!(attempt instanceof Set)) return attempt;
    await Promise.all(
      [...attempt].map(async (sha) => {
        // A base (what the tool last wrote) may be gone from the repository: the merge then has no base.
        known.set(sha, await input.readBlob(sha).catch((error: unknown) => (attempt.optional.has(sha) ? null : Promise.reject(error))));
      }),
    );
  }
}

/** The blobs an attempt could not plan without; `optional` ones may be missing from the repository. */
class MissingBlobs extends Set<string> {
  readonly optional = new Set<string>();
}

function planWithKnownBlobs(input: RemotePlanInput, known: KnownBlobs): RemotePlan | MissingBlobs {
  const missing = new MissingBlobs();
  /** A blob's text, `null` for one the repository does not have, `undefined` (recorded as missing) for one not read yet. */
  const blob: BlobLookup = (sha, optional = false) => {
    const text = known.has(sha) ? known.get(sha)! : input.peekBlob?.(sha);
    if (text !== undefined) return text;
    missing.add(sha);
    if (optional) missing.optional.add(sha);
    return undefined;
  };
  const plan = planSync(input, blob);
  return missing.size > 0 || plan === undefined ? missing : plan;
}

type BlobLookup = (sha: string, optional?: boolean) => string | null | undefined;

/** The plan from the blobs in memory; `undefined` when the manifest is not read yet (what else to read depends on it). */
function planSync(input: RemotePlanInput, blob: BlobLookup): RemotePlan | undefined {
  const { entries, options } = input;
  const rendered = renderFiles(renderModels(options), options);
  const renderedSha = new Map(rendered.map((f) => [f.path, gitBlobSha(f.content)]));
  const manifestBase = { version: 1 as const, tool: TOOL_NAME as Manifest["tool"], toolVersion: TOOL_VERSION, optionsHash: hashOptions(options) };
  const warnings: string[] = [];

  // The manifest: when it is byte-for-byte what this run would write, its content is known without a download.
  const ideal: Manifest = { ...manifestBase, files: Object.fromEntries(rendered.map((f) => [f.path, { sha: renderedSha.get(f.path)!, component: f.component }])) };
  const manifestEntry = blobAt(entries, MANIFEST_PATH);
  let previous: Manifest | null = null;
  if (manifestEntry) {
    const idealText = serializeManifest(ideal);
    const text = manifestEntry.sha === gitBlobSha(idealText) ? idealText : blob(manifestEntry.sha);
    if (typeof text !== "string") return undefined;
    const parsed = parseManifest(text);
    // A manifest with merge-conflict markers: per path, the side whose SHA the tree holds.
    previous = resolveManifestSides(parsed, (path) => blobAt(entries, path)?.sha);
    if (parsed.warning) warnings.push(parsed.warning);
  }

  // A file that is owned, unedited (its SHA is the manifest's) and stale needs no download: the plan's
  // answer is "update" (or "delete") whatever its bytes are. planSynth decides by SHA too, so it gets a
  // stand-in text and a manifest entry with the stand-in's SHA; the PR diff shows the real old file.
  const STAND_IN = "";
  const notDownloaded = new Set<string>();
  const planManifest: Manifest | null = previous && { ...previous, files: { ...previous.files } };
  const disk = new Map<string, DiskEntry>();
  // Bases for 3-way merges of hand-edited files: what the tool last wrote, from the repository's object store.
  const bases = new Map<string, string>();
  const paths = new Set([...renderedSha.keys(), ...Object.keys(previous?.files ?? {})]);
  for (const path of paths) {
    const entry = entries.get(path);
    const wanted = renderedSha.get(path);
    if (!entry) {
      disk.set(path, { type: "missing" });
    } else if (entry.type === "tree") {
      disk.set(path, { type: "blocked", reason: "is a directory where a file is generated" });
    } else if (entry.type === "commit") {
      disk.set(path, { type: "blocked", reason: "is a git submodule where a file is generated" });
    } else if (entry.mode === "120000") {
      disk.set(path, { type: "blocked", reason: "is a symbolic link; replace it with a regular file or eject it" });
    } else if (wanted !== undefined && entry.sha === wanted) {
      disk.set(path, { type: "file", content: rendered.find((f) => f.path === path)!.content });
    } else if ((entry.size ?? 0) > MAX_TEXT_BYTES) {
      disk.set(path, { type: "blocked", reason: `is ${entry.size} bytes, too large to be a generated text file` });
    } else if (planManifest?.files[path]?.sha === entry.sha) {
      planManifest.files[path] = { ...planManifest.files[path]!, sha: gitBlobSha(STAND_IN) };
      disk.set(path, { type: "file", content: STAND_IN });
      notDownloaded.add(path);
    } else {
      // Not read yet: a stand-in, as this attempt is discarded.
      const content = blob(entry.sha) ?? "";
      disk.set(path, content.includes("\0") ? { type: "blocked", reason: "is a binary file where a text file is generated" } : { type: "file", content });
      const base = planManifest?.files[path]?.sha;
      if (base && base !== UNKNOWN_BASE_SHA && base !== wanted && wanted !== undefined) {
        const text = blob(base, true);
        if (typeof text === "string") bases.set(base, text);
      }
    }
  }

  const plan = planSynth(rendered, planManifest, disk, input.flags, (sha) => bases.get(sha));
  const manifest: Manifest = { ...manifestBase, files: { ...plan.files } };
  const changes: TreeChange[] = [];
  for (const action of plan.actions) {
    const content = writtenContent(action);
    if (content !== undefined && "file" in action) changes.push({ ...toChange(action.file), content });
    else if (action.type === "delete") changes.push({ path: action.path, content: null, executable: false });
    else if (action.type === "unchanged" && action.file.executable !== (entries.get(action.file.path)?.mode === "100755")) {
      // Same bytes, wrong mode (a script committed without +x): fix the mode only.
      changes.push(toChange(action.file));
    }
  }
  const attributes = nextGitattributes(entries, Object.keys(manifest.files).sort(), blob);
  // A .gitattributes that held nothing but our block goes away with it.
  if (attributes !== undefined) changes.push({ path: GITATTRIBUTES_PATH, content: attributes === "" ? null : attributes, executable: false });
  const prettierignore = nextRemotePrettierignore(entries, Object.keys(manifest.files).sort(), blob);
  if (prettierignore !== undefined) changes.push({ path: PRETTIERIGNORE_PATH, content: prettierignore === "" ? null : prettierignore, executable: false });
  if (input.configToAdd && !entries.has(input.configToAdd.path)) changes.push({ ...input.configToAdd, executable: false });
  const manifestText = serializeManifest(manifest);
  // A manifest whose files are all the same and only its toolVersion or optionsHash moved is not worth a
  // PR in every repository of an organisation; it is brought up to date with the next real change.
  const metadataOnly = previous !== null && changes.length === 0 && sameFiles(previous.files, manifest.files);
  if (manifestEntry?.sha !== gitBlobSha(manifestText) && !metadataOnly) changes.push({ path: MANIFEST_PATH, content: manifestText, executable: false });

  return { actions: plan.actions, changes: changes.sort((a, b) => (a.path < b.path ? -1 : 1)), manifest, previous, notDownloaded, warnings };
}

function sameFiles(a: Manifest["files"], b: Manifest["files"]): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k]?.sha === a[k]!.sha && b[k]?.component === a[k]!.component);
}

function toChange(file: RenderedFile): TreeChange {
  return { path: file.path, content: file.content, executable: file.executable };
}

function blobAt(entries: ReadonlyMap<string, TreeEntry>, path: string): TreeEntry | undefined {
  const entry = entries.get(path);
  return entry?.type === "blob" ? entry : undefined;
}

/** The new `.prettierignore` (synth's rule: only where prettier is configured), or `undefined`; downloaded only when it exists. */
function nextRemotePrettierignore(entries: ReadonlyMap<string, TreeEntry>, owned: readonly string[], blob: BlobLookup): string | undefined {
  const rootNames = [...entries.keys()].filter((p) => !p.includes("/") && entries.get(p)?.type === "blob");
  const configured = hasPrettierConfig(rootNames);
  const entry = blobAt(entries, PRETTIERIGNORE_PATH);
  if (!configured && !entry) return undefined;
  return nextPrettierignore(entry ? (blob(entry.sha) ?? "") : null, owned, configured);
}

/** The new `.gitattributes`, or `undefined` when it stays as it is. Downloaded only when it holds more than our block. */
function nextGitattributes(entries: ReadonlyMap<string, TreeEntry>, owned: readonly string[], blob: BlobLookup): string | undefined {
  const entry = blobAt(entries, GITATTRIBUTES_PATH);
  const onlyOurs = withManagedBlock(null, owned);
  if (!entry) return onlyOurs === "" ? undefined : onlyOurs;
  // Only our block, or (when nothing is owned any more) an empty file: known without a download.
  if (entry.sha === gitBlobSha(onlyOurs)) return undefined;
  const existing = blob(entry.sha) ?? "";
  const next = withManagedBlock(existing, owned);
  return next === existing ? undefined : next;
}
