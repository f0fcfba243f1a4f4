// Runs a Dockerfile's final stage as a process, without Docker: lays out the image (image-layout.ts),
// starts CMD/ENTRYPOINT with the image's ENV as the image's USER (setpriv, when we are root),
// polls the HEALTHCHECK command with the Dockerfile's start period and retries, checks that the
// exposed port answers, then kills the process group and removes the temporary root.
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostEnv } from "./host-env.js";
import { ImageBuildError, layoutImage, resolveUser, type ImageLayout } from "./image-layout.js";
import { remapText } from "./path-remap.js";
import { newLogFile, runProcess, startProcess, type RunResult, type Tail } from "./processes.js";
import { isPortFree, stopChild } from "./services.js";

export interface ImageRunOptions {
  /**
   * Replaces CMD, as `docker run IMAGE …args` or compose's `command:` do (ENTRYPOINT kept). Container
   * paths in it are remapped like CMD's.
   */
  readonly command?: readonly string[];
  /** Variables added to the image's ENV, as `docker run --env` would (DATABASE_URL, …). */
  readonly env?: Readonly<Record<string, string>>;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /**
   * Run on this port instead of the exposed one, to avoid clashes on a shared machine: every
   * whole-number occurrence of the exposed port in CMD, HEALTHCHECK and ENV is replaced (reported).
   */
  readonly hostPort?: number;
  /** Also GET this path on the port and report the status. */
  readonly httpPath?: string;
  /** Wall-clock limit for becoming healthy; default: start period + retries × interval (Docker's own). */
  readonly deadlineMs?: number;
  /** Pause between health checks during the start period; default 500 ms. */
  readonly pollMs?: number;
  /** Pause between health checks after the start period; default the Dockerfile's --interval. */
  readonly intervalMs?: number;
  /** `image-user` (default): as the Dockerfile's USER via setpriv; `current`: as this process's user. */
  readonly runAs?: "image-user" | "current";
  readonly logFile?: string;
  readonly keepTemp?: boolean;
  /** `npm ci` in RUN reuses an earlier install of the same package-lock.json from this folder (npm-ci-cache.ts). */
  readonly npmCiCache?: string;
  /** Called when the app is healthy (or the wait ended), while it still runs: extra probes. */
  readonly whileRunning?: (running: RunningImage) => Promise<void>;
}

export interface RunningImage {
  readonly layout: ImageLayout;
  readonly port?: number;
  readonly env: Readonly<Record<string, string>>;
  /** Runs a one-off command in the image (migrations, `manage.py check`) as the image user. */
  exec(argv: readonly string[], options?: { timeoutMs?: number }): Promise<RunResult>;
}

export interface ImageRunResult {
  readonly built: boolean;
  readonly buildError?: string;
  /** The process was spawned and was still running when the health wait ended. */
  readonly started: boolean;
  readonly exited?: { readonly code: number | null; readonly signal: string | null };
  readonly healthy: boolean;
  readonly healthChecks: number;
  readonly lastHealthOutput?: string;
  readonly port?: number;
  readonly portRewritten?: { readonly from: number; readonly to: number };
  readonly portAnswered: boolean;
  readonly httpStatus?: number;
  /** Who the process ran as, e.g. "uid 10001 (USER app) via setpriv". */
  readonly runAs: string;
  readonly command: readonly string[];
  readonly notes: readonly string[];
  readonly logsTail: string;
  readonly logFile: string;
  readonly durations: {
    readonly layoutMs: number;
    /** Per stage (name or index) of the layout: RUN steps such as pip install or npm ci dominate. */
    readonly stagesMs?: Readonly<Record<string, number>>;
    readonly toHealthyMs?: number;
    readonly totalMs: number;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tcpAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function containerPathsNote(layout: ImageLayout): string {
  return `container paths ${layout.prefixes.join(", ")} live under ${layout.root}; WORKDIR ${layout.workdir}`;
}

function rewritePort(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<![\\d.])${from}(?![\\d.])`, "g"), String(to));
}

/** The argv prefix that drops to the image's USER, and how it is described. */
function userPrefix(layout: ImageLayout, runAs: ImageRunOptions["runAs"]): { prefix: string[]; description: string; home?: string } {
  if (runAs === "current" || !layout.user) return { prefix: [], description: layout.user ? `current user (USER ${layout.user} not applied)` : "current user (no USER)" };
  if (process.getuid?.() !== 0) return { prefix: [], description: `current user; cannot switch to USER ${layout.user} without root` };
  const user = resolveUser(layout.user, layout.users) ?? { uid: 65534, gid: 65534 };
  const known = resolveUser(layout.user, layout.users) !== undefined;
  const home = user.home ? join(layout.root, user.home) : layout.hostWorkdir;
  return {
    prefix: ["setpriv", `--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--"],
    description: `uid ${user.uid} gid ${user.gid} (USER ${layout.user}${known ? "" : ": unknown name, ran as nobody"}) via setpriv`,
    home,
  };
}

export async function runImage(dockerfileText: string, contextDir: string, options: ImageRunOptions = {}): Promise<ImageRunResult> {
  const started = Date.now();
  const workRoot = mkdtempSync(join(tmpdir(), "image-run-"));
  const logFile = options.logFile ?? newLogFile("image-run");
  const base = { logFile, healthChecks: 0, healthy: false, portAnswered: false, started: false, runAs: "-", command: [] as string[] };
  let layout: ImageLayout;
  try {
    try {
      layout = await layoutImage(dockerfileText, { contextDir, workRoot, logFile, buildArgs: options.buildArgs, npmCiCache: options.npmCiCache });
    } catch (error) {
      if (!(error instanceof ImageBuildError)) throw error;
      return {
        ...base,
        built: false,
        buildError: error.message,
        notes: [],
        logsTail: error.output,
        durations: { layoutMs: Date.now() - started, totalMs: Date.now() - started },
      };
    }
    const layoutMs = Date.now() - started;
    return await startAndProbe(layout, options, logFile, started, layoutMs);
  } finally {
    if (!options.keepTemp) rmSync(workRoot, { recursive: true, force: true });
  }
}

async function startAndProbe(layout: ImageLayout, options: ImageRunOptions, logFile: string, t0: number, layoutMs: number): Promise<ImageRunResult> {
  const notes = [...layout.notes, containerPathsNote(layout)];
  const exposed = layout.exposed[0];
  let port = exposed;
  let command = options.command
    ? [...layout.entrypoint, ...options.command.map((arg) => remapText(arg, layout.prefixes, layout.root))]
    : [...layout.command];
  let healthArgv = layout.healthcheck ? [...layout.healthcheck.argv] : undefined;
  const env: Record<string, string> = { ...hostEnv(), ...layout.env, ...(options.env ?? {}) };
  let portRewritten: ImageRunResult["portRewritten"];
  if (options.hostPort !== undefined && exposed !== undefined && options.hostPort !== exposed) {
    const to = options.hostPort;
    command = command.map((arg) => rewritePort(arg, exposed, to));
    healthArgv = healthArgv?.map((arg) => rewritePort(arg, exposed, to));
    for (const [key, value] of Object.entries(layout.env)) env[key] = rewritePort(value, exposed, to);
    for (const file of layout.configFiles ?? []) writeFileSync(file, rewritePort(readFileSync(file, "utf8"), exposed, to));
    port = to;
    portRewritten = { from: exposed, to };
  }
  const { prefix, description, home } = userPrefix(layout, options.runAs);
  if (home) env.HOME = home;
  const result = (extra: Partial<ImageRunResult>, tail: string, toHealthyMs?: number): ImageRunResult => ({
    built: true,
    started: false,
    healthy: false,
    healthChecks: 0,
    portAnswered: false,
    port,
    portRewritten,
    runAs: description,
    command,
    notes,
    logsTail: tail,
    logFile,
    durations: { layoutMs, stagesMs: layout.stageDurationsMs, toHealthyMs, totalMs: Date.now() - t0 },
    ...extra,
  });
  if (port !== undefined && !(await isPortFree(port))) {
    return result({ notes: [...notes, `port ${port} is already in use on this machine: not started`] }, "");
  }
  const { child, tail } = startProcess(prefix[0] ?? command[0]!, [...prefix.slice(1), ...(prefix.length ? command : command.slice(1))], {
    cwd: layout.hostWorkdir,
    env,
    logFile,
    tailChars: 4000,
  });
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));
  try {
    const health = await waitHealthy(child, tail, layout, healthArgv, prefix, env, options);
    const running = child.pid !== undefined && child.exitCode === null && child.signalCode === null && !spawnError;
    const portAnswered = port !== undefined && running ? await tcpAnswers(port) : false;
    let httpStatus: number | undefined;
    if (options.httpPath && port !== undefined && running) {
      httpStatus = await fetch(`http://127.0.0.1:${port}${options.httpPath}`, { signal: AbortSignal.timeout(5000) })
        .then((response) => response.status)
        .catch(() => undefined);
    }
    if (options.whileRunning) {
      await options.whileRunning({
        layout,
        port,
        env,
        exec: (rawArgv, execOptions) => {
          // The same container paths as CMD: /app/… in the arguments means the laid-out /app.
          const argv = rawArgv.map((arg) => remapText(arg, layout.prefixes, layout.root));
          return runProcess(prefix[0] ?? argv[0]!, [...prefix.slice(1), ...(prefix.length ? argv : argv.slice(1))], {
            cwd: layout.hostWorkdir,
            env,
            logFile,
            timeoutMs: execOptions?.timeoutMs ?? 120_000,
          });
        },
      });
    }
    return result(
      {
        started: running,
        exited: running
          ? undefined
          : { code: child.exitCode, signal: child.pid === undefined ? `spawn failed: ${spawnError?.message ?? command[0]}` : child.signalCode },
        healthy: health.healthy,
        healthChecks: health.checks,
        lastHealthOutput: health.lastOutput,
        portAnswered,
        httpStatus,
      },
      tail.toString(),
      health.healthy ? health.elapsedMs : undefined,
    );
  } finally {
    await stopChild(child, "SIGTERM", 3000);
  }
}

async function waitHealthy(
  child: ChildProcess,
  tail: Tail,
  layout: ImageLayout,
  argv: string[] | undefined,
  prefix: string[],
  env: Record<string, string>,
  options: ImageRunOptions,
): Promise<{ healthy: boolean; checks: number; lastOutput?: string; elapsedMs: number }> {
  const t0 = Date.now();
  if (!argv || !layout.healthcheck) {
    return { healthy: false, checks: 0, lastOutput: "no HEALTHCHECK in the final stage", elapsedMs: 0 };
  }
  const timings = layout.healthcheck.timings;
  const interval = options.intervalMs ?? timings.intervalMs;
  const deadline = t0 + (options.deadlineMs ?? timings.startPeriodMs + timings.retries * (interval + timings.timeoutMs));
  let checks = 0;
  let failuresAfterStart = 0;
  let lastOutput: string | undefined;
  while (Date.now() < deadline) {
    // A spawn that failed (command not found without setpriv) emits 'error' and sets no exit code.
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      return { healthy: false, checks, lastOutput: `the process exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${tail.toString().slice(-1500)}`, elapsedMs: Date.now() - t0 };
    }
    const check = await runProcess(prefix[0] ?? argv[0]!, [...prefix.slice(1), ...(prefix.length ? argv : argv.slice(1))], {
      cwd: layout.hostWorkdir,
      env,
      timeoutMs: timings.timeoutMs,
      tailChars: 1500,
    }).catch((error: Error) => ({ exitCode: 127, output: error.message, timedOut: false }));
    checks += 1;
    lastOutput = check.output;
    const alive = child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    // A check that passes while the app is not running (a leftover server on the port) proves nothing.
    if (check.exitCode === 0 && !check.timedOut && alive) return { healthy: true, checks, lastOutput, elapsedMs: Date.now() - t0 };
    const inStartPeriod = Date.now() - t0 < timings.startPeriodMs;
    if (!inStartPeriod) {
      failuresAfterStart += 1;
      if (failuresAfterStart >= timings.retries) break;
    }
    await sleep(inStartPeriod ? (options.pollMs ?? 500) : interval);
  }
  return { healthy: false, checks, lastOutput, elapsedMs: Date.now() - t0 };
}

/** `setpriv` is in util-linux; without it (or without root) the image user cannot be applied. */
export function canSwitchUser(): boolean {
  try {
    execFileSync("setpriv", ["--version"], { stdio: "ignore" });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

export interface ImageExecResult {
  readonly built: boolean;
  readonly buildError?: string;
  readonly exitCode: number | null;
  readonly output: string;
  readonly runAs: string;
  readonly notes: readonly string[];
  readonly durationMs: number;
}

/**
 * Runs a one-off command in the laid-out image and waits for it, as `docker run --rm IMAGE argv`
 * does for a deploy's migration task: the image's ENV + `env`, WORKDIR, USER; ENTRYPOINT kept.
 */
export async function execImage(
  dockerfileText: string,
  contextDir: string,
  argv: readonly string[],
  options: Pick<ImageRunOptions, "env" | "buildArgs" | "runAs" | "logFile" | "keepTemp" | "npmCiCache"> & { readonly timeoutMs?: number } = {},
): Promise<ImageExecResult> {
  const started = Date.now();
  const workRoot = mkdtempSync(join(tmpdir(), "image-exec-"));
  const logFile = options.logFile ?? newLogFile("image-exec");
  try {
    let layout: ImageLayout;
    try {
      layout = await layoutImage(dockerfileText, { contextDir, workRoot, logFile, buildArgs: options.buildArgs, npmCiCache: options.npmCiCache });
    } catch (error) {
      if (!(error instanceof ImageBuildError)) throw error;
      return { built: false, buildError: error.message, exitCode: null, output: error.output, runAs: "-", notes: [], durationMs: Date.now() - started };
    }
    const { prefix, description, home } = userPrefix(layout, options.runAs);
    const env: Record<string, string> = { ...hostEnv(), ...layout.env, ...(options.env ?? {}) };
    if (home) env.HOME = home;
    const command = [...layout.entrypoint, ...argv.map((arg) => remapText(arg, layout.prefixes, layout.root))];
    const run = await runProcess(prefix[0] ?? command[0]!, [...prefix.slice(1), ...(prefix.length ? command : command.slice(1))], {
      cwd: layout.hostWorkdir,
      env,
      logFile,
      timeoutMs: options.timeoutMs ?? 300_000,
    });
    return { built: true, exitCode: run.exitCode, output: run.output, runAs: description, notes: layout.notes, durationMs: Date.now() - started };
  } finally {
    if (!options.keepTemp) rmSync(workRoot, { recursive: true, force: true });
  }
}
