import { TOOL_VERSION } from "../version.js";
import { gitBaseStore, type BaseStore } from "./base-store.js";
import type { RenderedFile } from "./file-model.js";
import { acquireLock } from "./lock.js";
import { serializeManifest, type Manifest } from "./manifest.js";
import { readManifestState, type ManifestState } from "./manifest-state.js";
import { TOOL_NAME } from "./marker.js";
import { isWrite, planSynth, type Plan, type PlanFlags } from "./plan.js";
import { blockProjenOwned } from "./projen-owned.js";
import { readDiskEntries } from "./read-disk.js";
import { GITATTRIBUTES_PATH } from "./gitattributes.js";
import type { ManagedEdit } from "./managed-files.js";
import { gitattributesIsEditable, gitattributesNeedUpdate, prettierignoreUpdate, removeLeftovers, writeAtomic, writeTree, type WriteResult } from "./write-tree.js";

export interface RepoPlan {
  readonly rendered: readonly RenderedFile[];
  /** Kept files whose managed part would change. */
  readonly managed: readonly ManagedEdit[];
  readonly plan: Plan;
  readonly manifest: Manifest;
  readonly previous: Manifest | null;
  readonly warnings: readonly string[];
}

export interface SynthResult extends RepoPlan, WriteResult {
  readonly wrote: boolean;
}

/** What was rendered, and the settings that shape how it is written. */
export interface RenderedTree {
  readonly files: readonly RenderedFile[];
  /** `hashOptions(options)`, recorded in the manifest. */
  readonly optionsHash: string;
  readonly readOnly: boolean;
  /** Files the repository keeps whose managed part (Dependabot entries, a .dockerignore block) changes. */
  readonly managed?: readonly ManagedEdit[];
  readonly managedWarnings?: readonly string[];
}

export interface WriteIO {
  /** Where merge bases are read and kept (default: the repo's git object store, if it is a git repo). */
  readonly baseStore?: BaseStore;
}

/** Plans rendered files against the repo on disk. Reads, never writes. */
export function planRendered(root: string, tree: RenderedTree, flags: PlanFlags, io: WriteIO = {}): RepoPlan {
  return planWithState(root, tree, flags, io.baseStore ?? gitBaseStore(root), readManifestState(root));
}

function planWithState(root: string, tree: RenderedTree, flags: PlanFlags, baseStore: BaseStore, state: ManifestState): RepoPlan {
  const { manifest: previous, warnings } = state;
  const paths = new Set([...tree.files.map((f) => f.path), ...Object.keys(previous?.files ?? {})]);
  const disk = blockProjenOwned(root, readDiskEntries(root, paths));
  const plan = planSynth(tree.files, previous, disk, flags, (sha) => baseStore.read(sha));
  const manifest: Manifest = { version: 1, tool: TOOL_NAME, toolVersion: TOOL_VERSION, optionsHash: tree.optionsHash, files: plan.files };
  return { rendered: tree.files, plan, manifest, previous, warnings: [...warnings, ...(tree.managedWarnings ?? [])], managed: tree.managed ?? [] };
}

/**
 * Plans, then writes if anything changed, holding the repo's lock. Conflicting files are left alone and
 * reported. A run interrupted earlier is completed: its temp files are removed and the manifest rewritten.
 */
export function synthesizeRendered(root: string, tree: RenderedTree, flags: PlanFlags, io: WriteIO = {}): SynthResult {
  const lock = acquireLock(root);
  try {
    const state = readManifestState(root);
    const baseStore = io.baseStore ?? gitBaseStore(root);
    const repoPlan = planWithState(root, tree, flags, baseStore, state);
    const warnings = [
      ...(lock.recovered ? [lock.recovered] : []),
      ...repoPlan.warnings,
      ...(gitattributesIsEditable(root) ? [] : [`${GITATTRIBUTES_PATH} is not a regular file (a symbolic link?); its managed block was left alone`]),
    ];
    const needsWrite =
      repoPlan.plan.actions.some(isWrite) ||
      state.interrupted !== undefined ||
      state.raw !== serializeManifest(repoPlan.manifest) ||
      gitattributesNeedUpdate(root, Object.keys(repoPlan.manifest.files)) ||
      prettierignoreUpdate(root, Object.keys(repoPlan.manifest.files)) !== undefined ||
      repoPlan.managed.length > 0;
    if (!needsWrite) return { ...repoPlan, warnings, wrote: false, backups: [] };
    removeLeftovers(root, state.interrupted);
    const result = writeTree(root, repoPlan.plan, repoPlan.manifest, { readOnly: tree.readOnly, baseStore });
    for (const edit of repoPlan.managed) writeAtomic(root, edit.path, edit.content);
    return { ...repoPlan, ...result, warnings, wrote: true };
  } finally {
    lock.release();
  }
}
