import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GITATTRIBUTES_PATH, withManagedBlock } from "./gitattributes.js";
import { MANIFEST_PATH, serializeManifest, type Manifest } from "./manifest.js";
import { isWrite, type Plan } from "./plan.js";
import { readTextIfExists } from "./read-disk.js";
import { resolveInsideRepo } from "./safe-path.js";

/** Written before the first rename, removed after the manifest: a crash in between is recovered from it. */
export const JOURNAL_PATH = ".devops-baseline/journal.json";

export interface WriteResult {
  /** Backups of replaced files, `<path>.orig` (or `.orig.N`), so nothing is lost. */
  readonly backups: readonly { readonly path: string; readonly backup: string }[];
}

/**
 * Applies a plan: every new file is first written beside its target as a temp file, then the journal,
 * then each temp file is renamed over its target, then the manifest. A failure before the renames leaves
 * the tree as it was; a crash during them leaves each file old or new, and the journal says which is ours.
 */
export function writeTree(root: string, plan: Plan, manifest: Manifest, options: { readOnly: boolean }): WriteResult {
  const staged: { temp: string; target: string; executable: boolean }[] = [];
  const backups: { path: string; backup: string }[] = [];
  try {
    for (const action of plan.actions) {
      if (action.type !== "create" && action.type !== "update" && action.type !== "replace") continue;
      const target = resolveInsideRepo(root, action.file.path, "owned file");
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.devops-baseline-${process.pid}.tmp`;
      writeFileSync(temp, action.file.content);
      staged.push({ temp, target, executable: action.file.executable });
      if (action.type === "replace") {
        const backup = freeBackupPath(root, action.file.path);
        writeFileSync(join(root, backup), action.previous);
        backups.push({ path: action.file.path, backup });
      }
    }
    if (plan.actions.some(isWrite)) writeAtomic(root, JOURNAL_PATH, serializeManifest(manifest));
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }

  for (const { temp, target, executable } of staged) {
    chmodSync(temp, options.readOnly ? (executable ? 0o555 : 0o444) : executable ? 0o755 : 0o644);
    renameSync(temp, target);
  }
  for (const action of plan.actions) {
    if (action.type === "delete") rmSync(resolveInsideRepo(root, action.path, "owned file"), { force: true });
  }
  writeAtomic(root, MANIFEST_PATH, serializeManifest(manifest));
  updateGitattributes(root, Object.keys(manifest.files));
  rmSync(join(root, JOURNAL_PATH), { force: true });
  return { backups };
}

export function writeAtomic(root: string, path: string, content: string): void {
  const target = resolveInsideRepo(root, path, "file");
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.devops-baseline-${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, target);
}

function updateGitattributes(root: string, ownedPaths: string[]): void {
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  if (next !== (existing ?? "") ) {
    if (next === "" && existing === null) return;
    writeAtomic(root, GITATTRIBUTES_PATH, next);
  }
}

function freeBackupPath(root: string, path: string): string {
  let candidate = `${path}.orig`;
  for (let n = 1; existsSync(join(root, candidate)); n++) candidate = `${path}.orig.${n}`;
  return candidate;
}
