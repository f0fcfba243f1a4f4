import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { lazyBuiltin } from "../lazy-builtin.js";
import { gitBlobSha } from "./git-blob.js";
import { gitObjectsDirFromLayout } from "./git-objects-dir.js";

/**
 * Where the bases of 3-way merges live: what the tool wrote, by git blob SHA. The plan only reads
 * through `read`; `keep` runs before a write so every SHA the manifest records can be read back.
 */
export interface BaseStore {
  read(sha: string): string | undefined;
  keep(contents: readonly string[]): void;
}

/** No git: nothing is kept, no base is found, and hand edits are refused with a diff as before merges. */
export const NO_BASE_STORE: BaseStore = { read: () => undefined, keep: () => undefined };

/** In memory, for tests and for resync/rollout, which fetch bases through the API. */
export function memoryBaseStore(): BaseStore & { readonly size: number } {
  const blobs = new Map<string, string>();
  return {
    read: (sha) => blobs.get(sha),
    keep: (contents) => contents.forEach((c) => blobs.set(gitBlobSha(c), c)),
    get size() {
      return blobs.size;
    },
  };
}

const GIT_TIMEOUT_MS = 10_000;

/**
 * The repo's own git object store. Reads with `git cat-file` (loose or packed, committed or not);
 * keeps rendered content as loose blobs, exactly what `git hash-object -w` writes, so a base is
 * found even when the user never committed the generated file. Unreferenced blobs are pruned by
 * `git gc` after two weeks; a pruned base falls back to refusing with a diff.
 */
export function gitBaseStore(root: string): BaseStore {
  let objectsDir: string | null | undefined;
  const objects = (): string | null => {
    if (objectsDir === undefined) objectsDir = gitObjectsDirFromLayout(root);
    if (objectsDir === undefined) {
      try {
        const out = lazyBuiltin.childProcess().execFileSync("git", ["rev-parse", "--git-path", "objects"], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: GIT_TIMEOUT_MS });
        const dir = out.toString("utf8").trim();
        objectsDir = isAbsolute(dir) ? dir : join(root, dir);
      } catch {
        objectsDir = null; // not a git repository, or no git
      }
    }
    return objectsDir;
  };
  return {
    read(sha) {
      if (!/^[0-9a-f]{40}$/.test(sha) || objects() === null) return undefined;
      try {
        const out = lazyBuiltin.childProcess().execFileSync("git", ["cat-file", "blob", sha], { cwd: root, stdio: ["ignore", "pipe", "ignore"], timeout: GIT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
        return out.toString("utf8");
      } catch {
        return undefined;
      }
    },
    keep(contents) {
      const dir = objects();
      if (dir === null) return;
      for (const content of contents) writeLooseBlob(dir, content);
    },
  };
}

/** A loose object as git writes it: zlib of `blob <size>\0<bytes>` at objects/xx/yyyy…, never rewritten. */
function writeLooseBlob(objectsDir: string, content: string): void {
  const bytes = Buffer.from(content, "utf8");
  const sha = gitBlobSha(bytes);
  const folder = join(objectsDir, sha.slice(0, 2));
  const target = join(folder, sha.slice(2));
  if (existsSync(target)) return;
  mkdirSync(folder, { recursive: true });
  // git's own temp prefix, so `git gc` cleans it up if this process dies here.
  const temp = join(folder, `tmp_obj_devops_baseline_${process.pid}`);
  try {
    writeFileSync(temp, lazyBuiltin.zlib().deflateSync(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])), { mode: 0o444 });
    renameSync(temp, target);
  } catch {
    // Keeping a base is best effort: without it, a later hand edit is refused with a diff, never lost.
    rmSync(temp, { force: true });
  }
}
