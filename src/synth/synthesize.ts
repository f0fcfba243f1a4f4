import { renderModels } from "../components/index.js";
import type { BaselineOptions } from "../options/index.js";
import { TOOL_VERSION } from "../version.js";
import type { RenderedFile } from "./file-model.js";
import { hashOptions, type Manifest } from "./manifest.js";
import { readManifestState } from "./manifest-state.js";
import { MARKER_TEXT, TOOL_NAME } from "./marker.js";
import { isConflict, isWrite, planSynth, type Plan, type PlanFlags } from "./plan.js";
import { blockProjenOwned } from "./projen-owned.js";
import { readDiskEntries } from "./read-disk.js";
import { renderFiles } from "./render-files.js";
import { writeTree, type WriteResult } from "./write-tree.js";

export interface RepoPlan {
  readonly rendered: readonly RenderedFile[];
  readonly plan: Plan;
  readonly manifest: Manifest;
  readonly previous: Manifest | null;
  readonly warnings: readonly string[];
}

/** Renders everything in memory and plans against the repo on disk. Reads, never writes. */
export function planRepo(root: string, options: BaselineOptions, flags: PlanFlags): RepoPlan {
  const rendered = renderFiles(renderModels(options), options);
  const { manifest: previous, warnings } = readManifestState(root);
  const paths = new Set([...rendered.map((f) => f.path), ...Object.keys(previous?.files ?? {})]);
  const plan = planSynth(rendered, previous, blockProjenOwned(root, readDiskEntries(root, paths)), flags);
  const manifest: Manifest = {
    version: 1,
    tool: TOOL_NAME,
    toolVersion: TOOL_VERSION,
    optionsHash: hashOptions(options),
    files: plan.files,
  };
  return { rendered, plan, manifest, previous, warnings };
}

export interface SynthResult extends RepoPlan, WriteResult {
  readonly wrote: boolean;
}

/** Plans, then writes if anything changed. Conflicting files are left alone and reported. */
export function synthesize(root: string, options: BaselineOptions, flags: PlanFlags): SynthResult {
  const repoPlan = planRepo(root, options, flags);
  const manifestChanged = !sameManifest(repoPlan.previous, repoPlan.manifest);
  if (!repoPlan.plan.actions.some(isWrite) && !manifestChanged) return { ...repoPlan, wrote: false, backups: [] };
  const result = writeTree(root, repoPlan.plan, repoPlan.manifest, { readOnly: options.readOnly });
  return { ...repoPlan, ...result, wrote: true };
}

function sameManifest(a: Manifest | null, b: Manifest): boolean {
  return a !== null && JSON.stringify({ ...a, files: sortKeys(a.files) }) === JSON.stringify({ ...b, files: sortKeys(b.files) });
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : 1)));
}

export { isConflict, isWrite, MARKER_TEXT };
