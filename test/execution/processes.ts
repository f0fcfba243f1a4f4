// Child processes for the harness: each runs in its own process group so that a timeout or the
// end of a run kills everything it started (servers, workers), never anything else.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A new log file under one folder of the OS temp dir, so runs' logs are easy to find and to clear. */
export function newLogFile(kind: string): string {
  const dir = join(tmpdir(), "execution-harness-logs");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${kind}-${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.log`);
}

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Combined stdout/stderr is appended here as it arrives. */
  readonly logFile?: string;
  readonly timeoutMs?: number;
  /** Characters of output kept for the result. */
  readonly tailChars?: number;
  /** Called with each started child, so that a caller can kill what it left running later. */
  readonly onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly output: string;
  readonly durationMs: number;
}

/** Keeps the last `limit` characters of a stream. */
export class Tail {
  private text = "";
  constructor(private readonly limit: number) {}
  push(chunk: string): void {
    this.text += chunk;
    if (this.text.length > this.limit * 2) this.text = this.text.slice(-this.limit);
  }
  toString(): string {
    return this.text.slice(-this.limit);
  }
}

/** Kills a process group started by this module (negative pid = the whole group). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    // The leader may be gone while its group lives on (a daemonised worker): try the group anyway.
    if (child.pid === undefined) return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGKILLs a process group and waits (up to `maxWaitMs`) until no member is left, so its ports are free again. */
export async function killGroupAndWait(child: ChildProcess, maxWaitMs = 2000): Promise<void> {
  if (child.pid === undefined) return;
  killGroup(child);
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a long-running process in its own group, streaming output to a log file and a tail. */
export function startProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): { child: ChildProcess; tail: Tail } {
  const tail = new Tail(options.tailChars ?? 4000);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const onData = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    tail.push(text);
    if (options.logFile) appendFileSync(options.logFile, text);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return { child, tail };
}

/** Runs a command to completion; never rejects on a non-zero exit (that is data). */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const { child, tail } = startProcess(command, args, options);
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            tail.push(`\n[harness] timed out after ${options.timeoutMs} ms, killing the process group\n`);
            killGroup(child);
          }, options.timeoutMs);
    child.on("error", (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    options.onSpawn?.(child);
    // 'exit', not 'close': a background process (`server &`) keeps the pipes open, and on GitHub it
    // survives until the job ends. Output still in flight gets a short grace period.
    child.on("exit", (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      const done = () =>
        resolve({ exitCode, signal, timedOut, output: tail.toString(), durationMs: Date.now() - started });
      const grace = setTimeout(done, 300);
      child.on("close", () => {
        clearTimeout(grace);
        done();
      });
    });
  });
}
