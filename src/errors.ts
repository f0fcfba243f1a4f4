/** Exit codes every command shares (documented in `--help` and docs/commands). */
export const ExitCode = {
  ok: 0,
  /** Drift found by `check`, or findings a command reports. */
  drift: 1,
  /** Bad input: invalid options, flags or config; nothing was written. */
  badInput: 2,
  /** The tool itself failed (I/O error, bug). */
  internal: 3,
  /** Another run holds the repository's lock (`.devops-baseline/lock`); nothing was written. */
  locked: 4,
} as const;

export type ErrorCode = "BAD_INPUT" | "CONFLICT" | "LOCKED" | "IO" | "GITHUB";

/** The one error type inner code throws; only the CLI entry point prints it and picks the exit code. */
export class BaselineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = "BaselineError";
  }

  get exitCode(): number {
    if (this.code === "LOCKED") return ExitCode.locked;
    return this.code === "BAD_INPUT" ? ExitCode.badInput : this.code === "CONFLICT" ? ExitCode.drift : ExitCode.internal;
  }
}

export function badInput(message: string, details?: string): BaselineError {
  return new BaselineError("BAD_INPUT", message, details);
}
