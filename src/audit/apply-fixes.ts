import { chmodSync, copyFileSync, existsSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { writeAtomic } from "../synth/write-tree.js";
import type { GeneratedFix } from "./fixes.js";

export interface AppliedFix {
  readonly file: string;
  /** `<file>.orig` (or `.orig.N`) holding what was there; undefined for a file that did not exist. */
  readonly backup?: string;
}

/** A backup name nobody uses yet: `.orig`, else `.orig.1`, `.orig.2`, … (lstat: a dangling symlink counts as taken). */
function freeBackupPath(root: string, path: string): string {
  const taken = (p: string): boolean => {
    try {
      lstatSync(join(root, p));
      return true;
    } catch {
      return false;
    }
  };
  let candidate = `${path}.orig`;
  for (let n = 1; taken(candidate); n++) candidate = `${path}.orig.${n}`;
  return candidate;
}

/**
 * `audit --fix`: writes each generated fix (temp file + rename), keeping a `.orig` backup of every file
 * it replaces. The written files are byte for byte what `synth` renders, so the next `init` or `synth`
 * with the same options records them as owned and unchanged.
 */
export function applyFixes(root: string, fixes: readonly GeneratedFix[]): AppliedFix[] {
  const applied: AppliedFix[] = [];
  for (const fix of fixes) {
    for (const file of fix.writes) {
      let backup: string | undefined;
      if (existsSync(join(root, file.path))) {
        backup = freeBackupPath(root, file.path);
        copyFileSync(join(root, file.path), join(root, backup));
      }
      writeAtomic(root, file.path, file.content);
      if (file.executable) chmodSync(join(root, file.path), 0o755);
      applied.push({ file: file.path, ...(backup ? { backup } : {}) });
    }
  }
  return applied;
}
