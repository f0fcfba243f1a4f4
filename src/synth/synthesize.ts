import { renderModels } from "../components/index.js";
import type { BaselineOptions } from "../options/index.js";
import type { FileModel, RenderedFile } from "./file-model.js";
import { hashOptions } from "./manifest.js";
import { managedEdits, type DependabotManager } from "./managed-files.js";
import { MARKER_TEXT } from "./marker.js";
import { isConflict, isWrite, type PlanFlags } from "./plan.js";
import { renderFiles } from "./render-files.js";
import { planRendered, synthesizeRendered, type RenderedTree, type RepoPlan, type SynthResult, type WriteIO } from "./synthesize-rendered.js";

export type { RepoPlan, SynthResult };

/** Seams for tests and embedders; the defaults are the real ones. */
export interface SynthIO extends WriteIO {
  /** Renders the owned files from the options and their models, which it asks for only if it needs them (default: `renderFiles`). */
  readonly render?: (options: BaselineOptions, modelsOf: () => readonly FileModel[]) => RenderedFile[];
  /** Needed when the repository keeps its own dependabot.yml: `await loadDependabotManager(options)`. */
  readonly dependabotManager?: DependabotManager;
}

function renderTree(root: string, options: BaselineOptions, io: SynthIO): RenderedTree {
  let models: readonly FileModel[] | undefined;
  const modelsOf = (): readonly FileModel[] => (models ??= renderModels(options));
  const files = io.render ? io.render(options, modelsOf) : renderFiles(modelsOf(), options);
  const { edits, warnings } = managedEdits(root, options, files, modelsOf, io.dependabotManager);
  return { files, optionsHash: hashOptions(options), readOnly: options.readOnly, managed: edits, managedWarnings: warnings };
}

/** Renders everything in memory and plans against the repo on disk. Reads, never writes. */
export function planRepo(root: string, options: BaselineOptions, flags: PlanFlags, io: SynthIO = {}): RepoPlan {
  return planRendered(root, renderTree(root, options, io), flags, io);
}

/** Renders, plans, then writes if anything changed (see `synthesizeRendered`). */
export function synthesize(root: string, options: BaselineOptions, flags: PlanFlags, io: SynthIO = {}): SynthResult {
  return synthesizeRendered(root, renderTree(root, options, io), flags, io);
}

export { isConflict, isWrite, MARKER_TEXT };
