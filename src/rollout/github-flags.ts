import { badInput } from "../errors.js";
import { createSession, resolveAuth, type GitHubSession } from "../github/auth.js";
import { createRedactor, type Redactor } from "../github/redact.js";
import type { GitHubFlags } from "./github-flag-options.js";
import { GITHUB_WRITE_LIMITS, PLUGIN_WRITE_SPACING_MS, type WindowLimit, type WriteBudget } from "./write-budget.js";

export interface Connection {
  readonly session: GitHubSession;
  readonly redactor: Redactor;
  readonly limits: readonly WindowLimit[];
  readonly spacingMs: number;
  /** One write budget per identity; the clients pause them when GitHub sends `retry-after`. */
  readonly budgets: Map<string, WriteBudget>;
}

/**
 * Credentials, client settings and the write budget from the flags. `shareOf` divides the budget when
 * the identity is shared by `n` shards running at once (a matrix of one token or one App installation).
 */
export function connect(
  flags: GitHubFlags,
  env: NodeJS.ProcessEnv,
  log: (level: "debug" | "info" | "warn" | "error", line: string) => void,
  options: { shareOf?: number } = {},
): Connection {
  const redactor = createRedactor();
  const auth = resolveAuth(flags, env, redactor);
  const pacing = flags.pacing === "off" ? "off" : "github";
  if (flags.apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(flags.apiUrl)) throw badInput(`--api-url: "${flags.apiUrl}" is not a URL`);
  const share = Math.max(1, options.shareOf ?? 1);
  const perMinute = positive(flags.writesPerMinute, "--writes-per-minute");
  const perHour = positive(flags.writesPerHour, "--writes-per-hour");
  const limits: WindowLimit[] =
    pacing === "off" && perMinute === undefined && perHour === undefined
      ? []
      : [
          { max: Math.max(1, Math.floor((perMinute ?? GITHUB_WRITE_LIMITS[0]!.max) / share)), windowMs: 60_000 },
          { max: Math.max(1, Math.floor((perHour ?? GITHUB_WRITE_LIMITS[1]!.max) / share)), windowMs: 3_600_000 },
        ];
  const budgets = new Map<string, WriteBudget>();
  const session = createSession(auth, {
    redactor,
    pacing,
    ...(flags.apiUrl ? { baseUrl: flags.apiUrl } : {}),
    debug: Boolean(flags.debug),
    log: (level, line) => {
      if (level !== "debug" && level !== "info") log(level, line);
      else if (flags.debug) log(level, line);
    },
    // A secondary limit is per identity, but we cannot tell which client hit it here: pause them all.
    onSecondaryLimit: (seconds) => {
      for (const budget of budgets.values()) budget.pause(seconds);
    },
  });
  return { session, redactor, limits, spacingMs: pacing === "off" ? 0 : PLUGIN_WRITE_SPACING_MS, budgets };
}

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badInput(`${flag}: "${value}" must be a whole number above 0`);
  return Number(value);
}
