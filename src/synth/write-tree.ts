import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { BaselineError, badInput } from "../errors.js";
import type { BaseStore } from "./base-store.js";
import { writeStep } from "./crash-point.js";
import { gitBlobSha } from "./git-blob.js";
import { GITATTRIBUTES_PATH, withManagedBlock } from "./gitattributes.js";
import { JOURNAL_PATH, serializeJournal, type Journal } from "./journal.js";
import { MANIFEST_PATH, serializeManifest, type Manifest } from "./manifest.js";
import { pathOf, writtenContent, type Plan } from "./plan.js";
import { hasPrettierConfig, nextPrettierignore, PRETTIERIGNORE_PATH } from "./prettierignore.js";
import { readTextIfExists } from "./read-disk.js";
import { resolveInsideRepo } from "./safe-path.js";

export { JOURNAL_PATH };

/** Keeps the run state (lock, journal, temp files) out of commits, without touching the user's .gitignore. */
const STATE_IGNORE_PATH = ".devops-baseline/.gitignore";
const STATE_IGNORE = "# Run state of create-devops-baseline: commit manifest.json, never these.\nlock\njournal.json\n*.tmp\n";

export interface WriteResult {
  /** Backups of replaced files, `<path>.orig` (or `.orig.N`), so nothing is lost. */
  readonly backups: readonly { readonly path: string; readonly backup: string }[];
}

export interface WriteOptions {
  readonly readOnly: boolean;
  /** Keeps what is written so a later run can 3-way merge against it. */
  readonly baseStore?: BaseStore;
}

/**
 * Applies a plan so that a crash at any point leaves every owned file old or new, never half written:
 * 1. the journal (the manifest to be, what goes where, the temp names), written atomically;
 * 2. backups of replaced files, then every new file as a temp file beside its target;
 * 3. each temp renamed over its target (atomic per file), then deletes;
 * 4. the manifest, `.gitattributes` (and `.prettierignore` where prettier is configured), and finally the journal is removed.
 * A failure before step 3 removes the temps and leaves the tree as it was; a crash after step 1 is
 * finished by the next run, which recognises from the journal which files are already new.
 */
export function writeTree(root: string, plan: Plan, manifest: Manifest, options: WriteOptions): WriteResult {
  const writes = plan.actions.flatMap((action) => {
    const content = writtenContent(action);
    if (content === undefined || !("file" in action)) return [];
    const target = resolveInsideRepo(root, action.file.path, "owned file");
    return [{ action, content, target, temp: tempName(target), executable: action.file.executable }];
  });
  options.baseStore?.keep(writes.map((w) => ("file" in w.action ? w.action.file.content : w.content)));
  writeStep();

  // Backup names are chosen up front so the journal can list every temp file this run may leave.
  const backups = plan.actions.flatMap((a) =>
    a.type === "replace" || (a.type === "delete" && a.backup) ? [{ path: pathOf(a), backup: freeBackupPath(root, pathOf(a)), previous: a.previous }] : [],
  );
  const temps = [
    ...writes.map((w) => w.temp),
    ...backups.map((b) => tempName(join(root, b.backup))),
    tempName(join(root, GITATTRIBUTES_PATH)),
    tempName(join(root, PRETTIERIGNORE_PATH)),
    tempName(join(root, MANIFEST_PATH)),
  ];
  const journal: Journal = {
    version: 1,
    manifest,
    written: Object.fromEntries(writes.map((w) => [pathOf(w.action), gitBlobSha(w.content)])),
    temps: temps.map((t) => relative(root, t).split("\\").join("/")),
  };
  step("write", JOURNAL_PATH, () => writeAtomic(root, JOURNAL_PATH, serializeJournal(journal)));

  try {
    for (const b of backups) step("back up", b.path, () => writeAtomic(root, b.backup, b.previous));
    for (const w of writes) {
      step("create the folder of", pathOf(w.action), () => mkdirSync(dirname(w.target), { recursive: true }));
      writeStep();
      step("write", pathOf(w.action), () => writeFileSync(w.temp, w.content, { mode: fileMode(w.executable, options.readOnly) }));
      writeStep();
    }
  } catch (error) {
    for (const w of writes) removeQuietly(w.temp);
    for (const b of backups) removeQuietly(join(root, b.backup));
    removeQuietly(join(root, JOURNAL_PATH));
    throw error;
  }

  for (const w of writes) {
    step("replace", pathOf(w.action), () => {
      chmodSync(w.temp, fileMode(w.executable, options.readOnly));
      renameSync(w.temp, w.target);
    });
    writeStep();
  }
  if (options.readOnly) {
    // Turning readOnly on marks files that did not change, too; turning it off leaves modes to the user.
    for (const action of plan.actions) {
      if (action.type !== "unchanged") continue;
      const target = resolveInsideRepo(root, action.file.path, "owned file");
      const mode = statSync(target).mode & 0o777;
      if ((mode & 0o222) === 0) continue;
      step("mark read-only", action.file.path, () => chmodSync(target, mode & ~0o222));
      writeStep();
    }
  }
  for (const action of plan.actions) {
    if (action.type !== "delete") continue;
    step("delete", action.path, () => rmSync(resolveInsideRepo(root, action.path, "owned file"), { force: true }));
    writeStep();
  }
  step("write", MANIFEST_PATH, () => writeAtomic(root, MANIFEST_PATH, serializeManifest(manifest)));
  if (readTextIfExists(root, STATE_IGNORE_PATH) !== STATE_IGNORE) step("write", STATE_IGNORE_PATH, () => writeAtomic(root, STATE_IGNORE_PATH, STATE_IGNORE));
  step("update", GITATTRIBUTES_PATH, () => updateGitattributes(root, Object.keys(manifest.files)));
  step("update", PRETTIERIGNORE_PATH, () => updatePrettierignore(root, Object.keys(manifest.files)));
  step("remove", JOURNAL_PATH, () => rmSync(join(root, JOURNAL_PATH), { force: true }));
  writeStep();
  return { backups: backups.map(({ path, backup }) => ({ path, backup })) };
}

/** Whether `.gitattributes` lacks or has a stale managed block for these owned paths. */
export function gitattributesNeedUpdate(root: string, ownedPaths: readonly string[]): boolean {
  if (!gitattributesIsEditable(root)) return false;
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  return next !== (existing ?? "");
}

/**
 * The new `.prettierignore` for these owned paths, or `undefined` when it stays as it is (no prettier
 * config at the root and no block of ours, a symlink, or already up to date). "" removes the file.
 */
export function prettierignoreUpdate(root: string, ownedPaths: readonly string[]): string | undefined {
  if (!isRegularOrAbsent(root, PRETTIERIGNORE_PATH)) return undefined;
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    // an unreadable root has no prettier config we can see
  }
  return nextPrettierignore(readTextIfExists(root, PRETTIERIGNORE_PATH), [...ownedPaths].sort(), hasPrettierConfig(names));
}

function updatePrettierignore(root: string, ownedPaths: string[]): void {
  const next = prettierignoreUpdate(root, ownedPaths);
  if (next === undefined) return;
  if (next === "") rmSync(join(root, PRETTIERIGNORE_PATH), { force: true });
  else writeAtomic(root, PRETTIERIGNORE_PATH, next);
}

function isRegularOrAbsent(root: string, path: string): boolean {
  try {
    return lstatSync(join(root, path)).isFile();
  } catch {
    return true;
  }
}

/**
 * `.gitattributes` is the user's file with our block in it: only a regular file (or none) is edited.
 * A symlink is left alone, since replacing it would change the user's file and copy in what it points to.
 */
export function gitattributesIsEditable(root: string): boolean {
  try {
    return lstatSync(join(root, GITATTRIBUTES_PATH)).isFile();
  } catch {
    return true; // absent: created when there are owned files
  }
}

/**
 * Removes what a run killed mid-write left behind: the temp files its journal lists, and temp files in
 * our own folder. Owned files themselves are never touched here.
 */
export function removeLeftovers(root: string, journal: Journal | undefined): void {
  for (const temp of journal?.temps ?? []) {
    if (!/\.devops-baseline-\d+\.tmp$/.test(temp)) continue; // only our own temp names, whatever the journal says
    try {
      removeQuietly(resolveInsideRepo(root, temp, "temp file"));
    } catch {
      // an unsafe path in a damaged journal: ignored
    }
  }
  const ownFolder = join(root, ".devops-baseline");
  if (!existsSync(ownFolder)) return;
  for (const name of readdirSync(ownFolder)) {
    if (/\.devops-baseline-\d+\.tmp$/.test(name)) removeQuietly(join(ownFolder, name));
  }
}

/** Cleanup after a failure must not hide it: a file that cannot be removed (or is a folder) is left. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the original error is the one to report
  }
}

/** Temp file beside its target, so the rename stays on one file system (atomic). */
function tempName(target: string): string {
  return `${target}.devops-baseline-${process.pid}.tmp`;
}

function fileMode(executable: boolean, readOnly: boolean): number {
  return readOnly ? (executable ? 0o555 : 0o444) : executable ? 0o755 : 0o644;
}

export function writeAtomic(root: string, path: string, content: string): void {
  const target = resolveInsideRepo(root, path, "file");
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempName(target);
  writeFileSync(temp, content);
  writeStep();
  renameSync(temp, target);
  writeStep();
}

/** Runs one file-system step; an OS error becomes a message naming the file and what went wrong. */
function step(what: string, path: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    const e = error as NodeJS.ErrnoException;
    const hint =
      e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS"
        ? "the file or its folder is not writable"
        : e.code === "ENOTDIR"
          ? "a folder on its path is a file"
          : e.code === "EISDIR"
            ? "it is a directory"
            : e.code === "ENOSPC"
              ? "the disk is full"
              : (e.code ?? "error");
    throw badInput(`Could not ${what} ${path}: ${hint} (${e.code ?? e.message}). Files not yet replaced were left as they were; the next run completes or recovers.`);
  }
}

function updateGitattributes(root: string, ownedPaths: string[]): void {
  if (!gitattributesIsEditable(root)) return;
  const existing = readTextIfExists(root, GITATTRIBUTES_PATH);
  const next = withManagedBlock(existing, [...ownedPaths].sort());
  if (next === (existing ?? "")) return;
  writeAtomic(root, GITATTRIBUTES_PATH, next);
}

function freeBackupPath(root: string, path: string): string {
  let candidate = `${path}.orig`;
  // lstat, not exists: a dangling symlink named like the backup is the user's and is not replaced.
  const taken = (p: string): boolean => {
    try {
      lstatSync(join(root, p));
      return true;
    } catch {
      return false;
    }
  };
  for (let n = 1; taken(candidate); n++) candidate = `${path}.orig.${n}`;
  return candidate;
}
