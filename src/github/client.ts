import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { TOOL_VERSION } from "../version.js";
import { createHttpFetch, type HttpFetch } from "./http-transport.js";
import { redactValue, type Redactor } from "./redact.js";
import { retryServerErrors, type RetryOptions } from "./retry-server-errors.js";

/** @octokit/rest (REST methods + pagination), GitHub's limits handled by the official throttling plugin, server errors tried again. */
const GitHubOctokit = Octokit.plugin(throttling, retryServerErrors);
/** The plugins add no methods we use, so the client is typed as @octokit/rest's (portable declarations). */
export type GitHub = Octokit;

/** Where debug and warning lines go; every line is redacted before it gets here. */
export type LogSink = (level: "debug" | "info" | "warn" | "error", line: string) => void;

export interface GitHubClientOptions {
  /** A token, or an auth strategy (the GitHub App installation strategy) with its options. */
  readonly auth: { readonly token: string } | { readonly strategy: unknown; readonly options: Record<string, unknown> };
  /** REST API root; `https://HOST/api/v3` for GitHub Enterprise Server. */
  readonly baseUrl?: string;
  /**
   * `github`: the throttling plugin's default pacing (writes one per second, notifications one per
   * three). `off`: no client-side pacing, for a local test server or a GHES with rate limits disabled.
   */
  readonly pacing?: "github" | "off";
  /** The HTTP transport (`node:http` by default); a wrapper can count every request on the wire, retries included. */
  readonly fetch?: HttpFetch;
  readonly redactor: Redactor;
  readonly log?: LogSink;
  /**
   * Pass debug and info lines to `log` (`--debug`). Off by default: they are dropped before they are
   * formatted, as Octokit logs every request's options, the body of a commit's tree included (issue 14).
   */
  readonly debug?: boolean;
  /** Told about every secondary-limit answer, so the write scheduler can pause all writes, not just this one. */
  readonly onSecondaryLimit?: (retryAfterSeconds: number) => void;
  /** How often one request is retried after a rate-limit answer. */
  readonly maxLimitRetries?: number;
  /** Tries again after a server error or a network failure (3 more, after 1, 4 and 9 s, by default). */
  readonly retry?: Partial<RetryOptions>;
}

const DEFAULTS = { pacing: "github", maxLimitRetries: 4 } as const satisfies Partial<GitHubClientOptions>;

const REQUEST_LOG_LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE) \S+ - \d{3} /;

/** A pass-through limiter: the shape the throttling plugin expects of a Bottleneck group, with no waiting. */
const UNPACED = {
  key: () => ({
    schedule: <A extends unknown[], R>(_options: unknown, task: (...args: A) => R, ...args: A): Promise<R> =>
      Promise.resolve().then(() => task(...args)),
  }),
};

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const { pacing, maxLimitRetries } = { ...DEFAULTS, ...options };
  const log = options.log ?? (() => undefined);
  const quiet = () => undefined;
  const say = (level: Parameters<LogSink>[0]) => (...parts: unknown[]) => {
    const line = parts.map((p) => redactValue(options.redactor, p)).join(" ");
    // The request-log plugin reports every non-2xx answer as an error, also the 404/409/422s we expect
    // and handle; what really failed is reported by the caller, so these lines are debug output.
    log(level === "error" && REQUEST_LOG_LINE.test(line) ? "debug" : level, line);
  };
  if ("token" in options.auth) options.redactor.addSecret(options.auth.token);
  const auth = "token" in options.auth ? { auth: options.auth.token } : { authStrategy: options.auth.strategy, auth: options.auth.options };

  type Throttle = NonNullable<NonNullable<ConstructorParameters<typeof GitHubOctokit>[0]>["throttle"]>;
  const throttle = {
    ...(pacing === "off" ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {}),
    // Each client gets its own limiter keys: shards or installations must not share one queue by accident.
    id: `cdb-${Math.random().toString(36).slice(2)}`,
    onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log("warn", `rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter}s`);
      return retryCount < maxLimitRetries;
    },
    onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      options.onSecondaryLimit?.(retryAfter);
      log("warn", `secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter}s as GitHub asked`);
      return retryCount < maxLimitRetries;
    },
  } as unknown as Throttle; // the plugin types handlers as returning void and groups as Bottleneck; it uses our booleans and shape

  return new GitHubOctokit({
    ...auth,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
    userAgent: `create-devops-baseline/${TOOL_VERSION}`,
    request: { fetch: options.fetch ?? createHttpFetch() },
    log: { debug: options.debug ? say("debug") : quiet, info: options.debug ? say("info") : quiet, warn: say("warn"), error: say("error") },
    throttle,
    retry: options.retry ?? {},
  });
}
