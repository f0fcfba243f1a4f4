import { Option, type Command } from "commander";
import { badInput } from "../errors.js";
import { createSession, resolveAuth, type GitHubSession } from "../github/auth.js";
import { createRedactor, type Redactor } from "../github/redact.js";
import { GITHUB_WRITE_LIMITS, PLUGIN_WRITE_SPACING_MS, type WindowLimit, type WriteBudget } from "./write-budget.js";

/** Flags every command that talks to GitHub shares. */
export interface GitHubFlags {
  tokenEnv?: string;
  appId?: string;
  appPrivateKeyFile?: string;
  appPrivateKeyEnv?: string;
  apiUrl?: string;
  pacing?: string;
  writesPerMinute?: string;
  writesPerHour?: string;
  debug?: boolean;
}

export function addGitHubFlags(command: Command): Command {
  const group = "GitHub connection:";
  const add = (option: Option) => command.addOption(option.helpGroup(group));
  add(new Option("--token-env <name>", "environment variable holding the token (default GITHUB_TOKEN, then GH_TOKEN)"));
  add(new Option("--app-id <id>", "authenticate as this GitHub App (installation token per organisation); also GITHUB_APP_ID"));
  add(new Option("--app-private-key-file <path>", "the App's private key (PEM)"));
  add(new Option("--app-private-key-env <name>", "environment variable holding the App's private key (default GITHUB_APP_PRIVATE_KEY)"));
  add(new Option("--api-url <url>", "REST API root for GitHub Enterprise Server, e.g. https://github.example.com/api/v3"));
  add(new Option("--writes-per-minute <n>", "write budget per identity and minute (GitHub's secondary limit: 80)"));
  add(new Option("--writes-per-hour <n>", "write budget per identity and hour (GitHub's secondary limit: 500)"));
  add(new Option("--pacing <mode>", "github: pace writes as GitHub asks (default); off: no client-side pacing or budget (GHES without rate limits, a local test server)").choices(["github", "off"]));
  add(new Option("--debug", "log every request (tokens are masked)"));
  return command;
}

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
  options: { shareOf?: number; fetch?: typeof globalThis.fetch } = {},
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
    ...(options.fetch ? { fetch: options.fetch } : {}),
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
