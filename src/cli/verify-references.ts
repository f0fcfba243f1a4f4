import { readLocalSnapshot } from "../detect/read-local-snapshot.js";
import type { RepoSnapshot } from "../detect/types.js";
import { badInput } from "../errors.js";
import type { BaselineOptions } from "../options/index.js";
import { describeUnresolved, referenceFilesToRead, unresolvedReferences } from "../synth/references.js";

/** Refuses (exit 2) before anything is written when a generated file would point at something missing. */
export function assertReferencesResolve(root: string, options: BaselineOptions, snapshot: RepoSnapshot = readLocalSnapshot(root, referenceFilesToRead)): void {
  const problems = unresolvedReferences(options, snapshot);
  if (problems.length > 0) throw badInput(describeUnresolved(problems));
}
