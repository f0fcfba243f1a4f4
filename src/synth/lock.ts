import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { BaselineError, badInput } from "../errors.js";
import { resolveInsideRepo } from "./safe-path.js";

export const LOCK_PATH = ".devops-baseline/lock";

/** A lock file that cannot be read is only taken over once it is clearly abandoned. */
const UNREADABLE_LOCK_STALE_MS = 60_000;
/** A synth takes seconds: a lock this old (say, one committed by mistake) is stale on any host. */
const LOCK_MAX_AGE_MS = 10 * 60_000;

interface LockInfo {
  readonly pid: number;
  readonly hostname: string;
  readonly createdAt: string;
}

export interface Lock {
  release(): void;
  /** Set when a lock left by a dead run was taken over. */
  readonly recovered?: string;
}

/**
 * Takes `.devops-baseline/lock` (created with O_EXCL, holding pid, hostname and time) so two runs never
 * write the same repo at once. A lock whose process is gone on this host is stale and taken over.
 */
export function acquireLock(root: string): Lock {
  const path = resolveInsideRepo(root, LOCK_PATH, "lock file");
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw badInput(`Could not create the folder of ${LOCK_PATH} (${(error as NodeJS.ErrnoException).code}): is .devops-baseline a file?`);
  }
  let recovered: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o644);
      try {
        const info: LockInfo = { pid: process.pid, hostname: hostname(), createdAt: new Date().toISOString() };
        writeSync(fd, `${JSON.stringify(info)}\n`);
      } finally {
        closeSync(fd);
      }
      return { release: () => releaseLock(path), ...(recovered ? { recovered } : {}) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw badInput(`Could not create ${LOCK_PATH} (${code ?? String(error)}): the repository folder must be writable`);
    }
    const holder = readLock(path);
    const stale = staleReason(path, holder);
    if (!stale) throw lockedError(holder);
    rmSync(path, { force: true });
    recovered = `${LOCK_PATH}: ${stale}; the lock was taken over`;
  }
  throw lockedError(readLock(path));
}

function releaseLock(path: string): void {
  // Only remove our own lock: a lock taken over by another run after ours went stale is theirs.
  if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, "utf8")) as Partial<LockInfo>;
    if (typeof info.pid === "number" && typeof info.hostname === "string") {
      return { pid: info.pid, hostname: info.hostname, createdAt: String(info.createdAt ?? "unknown time") };
    }
  } catch {
    // unreadable: judged by age below
  }
  return undefined;
}

function staleReason(path: string, holder: LockInfo | undefined): string | undefined {
  if (!holder) {
    // A run killed between creating and filling the lock leaves it empty.
    let age = 0;
    try {
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      return "it disappeared";
    }
    return age > UNREADABLE_LOCK_STALE_MS ? `it was unreadable and ${Math.round(age / 1000)} s old` : undefined;
  }
  const age = Date.now() - Date.parse(holder.createdAt);
  if (age > LOCK_MAX_AGE_MS) return `it was taken at ${holder.createdAt}, ${Math.round(age / 60_000)} minutes ago, longer than any run takes`;
  if (holder.hostname !== hostname()) return undefined; // cannot tell whether a process on another host lives
  if (holder.pid === process.pid) return undefined;
  return processIsAlive(holder.pid) ? undefined : `process ${holder.pid} that held it since ${holder.createdAt} is no longer running`;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockedError(holder: LockInfo | undefined): BaselineError {
  const who = holder ? `process ${holder.pid} on ${holder.hostname} since ${holder.createdAt}` : "another run (the lock file is being written)";
  return new BaselineError(
    "LOCKED",
    `Another create-devops-baseline run is writing this repository (${who}). Wait for it to finish; if it is not running, delete ${LOCK_PATH}.`,
  );
}
