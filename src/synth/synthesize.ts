import { renderModels } from "../components/index.js";
import type { BaselineOptions } from "../options/index.js";
import { TOOL_VERSION } from "../version.js";
import { gitBaseStore, type BaseStore } from "./base-store.js";
import type { RenderedFile } from "./file-model.js";
import { acquireLock } from "./lock.js";
import { hashOptions, type Manifest } from "./manifest.js";
import { readManifestState, type ManifestState } from "./manifest-state.js";
import { MARKER_TEXT, TOOL_NAME } from "./marker.js";
import { blockProjenOwned } from "./projen-owned.js";
import { isConflict, isWrite, planSynth, type Plan, type PlanFlags } from "./plan.js";
import { readDiskEntries } from "./read-disk.js";
import { renderFiles } from "./render-files.js";
import { gitattributesNeedUpdate, removeLeftovers, writeTree, type WriteResult } from "./write-tree.js";

export interface RepoPlan {
  readonly rendered: readonly RenderedFile[];
  readonly plan: Plan;
  readonly manifest: Manifest;
  readonly previous: Manifest | null;
  readonly warnings: readonly string[];
}

/** Seams for tests and embedders; the defaults are the real ones. */
export interface SynthIO {
  /** Renders the owned files for the options (default: every component, through `renderFiles`). */
  readonly render?: (options: BaselineOptions) => RenderedFile[];
  /** Where merge bases are read and kept (default: the repo's git object store, if it is a git repo). */
  readonly baseStore?: BaseStore;
}

const renderAll = (options: BaselineOptions): RenderedFile[] => renderFiles(renderModels(options), options);

/** Renders everything in memory and plans against the repo on disk. Reads, never writes. */
export function planRepo(root: string, options: BaselineOptions, flags: PlanFlags, io: SynthIO = {}): RepoPlan {
  return planWithState(root, options, flags, io, readManifestState(root)).repoPlan;
}

function planWithState(root: string, options: BaselineOptions, flags: PlanFlags, io: SynthIO, state: ManifestState) {
  const rendered = (io.render ?? renderAll)(options);
  const baseStore = io.baseStore ?? gitBaseStore(root);
  const { manifest: previous, warnings } = state;
  const paths = new Set([...rendered.map((f) => f.path), ...Object.keys(previous?.files ?? {})]);
  const plan = planSynth(rendered, previous, blockProjenOwned(root, readDiskEntries(root, paths)), flags, (sha) => baseStore.read(sha));
  const manifest: Manifest = {
    version: 1,
    tool: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    optionsHash: hashOptions(options),
    files: plan.files,
  };
  return { repoPlan: { rendered, plan, manifest, previous, warnings }, baseStore };
}

export interface SynthResult extends RepoPlan, WriteResult {
  readonly wrote: boolean;
}

/**
 * Plans, then writes if anything changed, holding the repo's lock. Conflicting files are left alone and
 * reported. A run interrupted earlier is completed: its temp files are removed and the manifest rewritten.
 */
export function synthesize(root: string, options: BaselineOptions, flags: PlanFlags, io: SynthIO = {}): SynthResult {
  const lock = acquireLock(root);
  try {
    const state = readManifestState(root);
    const { repoPlan, baseStore } = planWithState(root, options, flags, io, state);
    const warnings = lock.recovered ? [lock.recovered, ...repoPlan.warnings] : repoPlan.warnings;
    const needsWrite =
      repoPlan.plan.actions.some(isWrite) ||
      state.interrupted !== undefined ||
      !sameManifest(repoPlan.previous, repoPlan.manifest) ||
      gitattributesNeedUpdate(root, Object.keys(repoPlan.manifest.files));
    if (!needsWrite) return { ...repoPlan, warnings, wrote: false, backups: [] };
    removeLeftovers(root, state.interrupted);
    const result = writeTree(root, repoPlan.plan, repoPlan.manifest, { readOnly: options.readOnly, baseStore });
    return { ...repoPlan, ...result, warnings, wrote: true };
  } finally {
    lock.release();
  }
}

function sameManifest(a: Manifest | null, b: Manifest): boolean {
  return a !== null && JSON.stringify({ ...a, files: sortKeys(a.files) }) === JSON.stringify({ ...b, files: sortKeys(b.files) });
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : 1)));
}

export { isConflict, isWrite, MARKER_TEXT };
