/** When and how the server answers with a rate-limit error instead of serving the request. */
export interface LimitOptions {
  /** Answer every n-th matching request (1 = all of them). Default 1. */
  readonly every?: number;
  /**
   * Secondary: seconds sent in `retry-after` (fractions allowed so tests stay fast; Octokit's
   * throttling plugin treats 0 as "missing" and waits 60 s). Primary: seconds until `x-ratelimit-reset`.
   * Default 1.
   */
  readonly retryAfter?: number;
  /** 403 (GitHub's usual answer) or 429. Default 403. */
  readonly status?: 403 | 429;
  /** Only limit writes (POST/PATCH/PUT/DELETE). Default: true for secondary, false for primary. */
  readonly writesOnly?: boolean;
  /** Switch off by itself after this many limited answers. Default: never. */
  readonly times?: number;
  /**
   * GitHub-like budget instead of `every`: serve at most `max` matching requests per sliding
   * window of `seconds` (GitHub: 80 writes per 60 s); beyond it, answer with `retry-after` = seconds
   * (millisecond precision, so short test windows work) until the oldest served request leaves the window.
   */
  readonly window?: { readonly max: number; readonly seconds: number };
}

interface ActiveLimit {
  readonly every: number;
  readonly retryAfter: number;
  readonly status: 403 | 429;
  readonly writesOnly: boolean;
  readonly window: { readonly max: number; readonly seconds: number } | undefined;
  /** Times (ms) of requests served inside the window, oldest first. */
  readonly served: number[];
  remaining: number;
  seen: number;
}

/** A switch for one kind of limit (primary or secondary). */
export class LimitSwitch {
  private active: ActiveLimit | undefined;

  constructor(private readonly writesOnlyByDefault: boolean) {}

  set(options: LimitOptions | false): void {
    this.active =
      options === false
        ? undefined
        : {
            every: Math.max(1, Math.floor(options.every ?? 1)),
            retryAfter: options.retryAfter ?? 1,
            status: options.status ?? 403,
            writesOnly: options.writesOnly ?? this.writesOnlyByDefault,
            window: options.window,
            served: [],
            remaining: options.times ?? Number.POSITIVE_INFINITY,
            seen: 0,
          };
  }

  /** Decides for one request; returns the limit to answer with, or undefined to serve it. */
  hit(isWrite: boolean): { status: 403 | 429; retryAfter: number } | undefined {
    const limit = this.active;
    if (!limit || (limit.writesOnly && !isWrite)) return undefined;
    limit.seen++;
    const retryAfter = limit.window
      ? this.windowWait(limit, limit.window)
      : limit.seen % limit.every === 0
        ? limit.retryAfter
        : 0;
    if (retryAfter === 0) return undefined;
    limit.remaining--;
    if (limit.remaining <= 0) this.active = undefined;
    return { status: limit.status, retryAfter };
  }

  /** Seconds until the window has room (0: serve now, and count it). */
  private windowWait(limit: ActiveLimit, window: { max: number; seconds: number }): number {
    const now = Date.now();
    const span = window.seconds * 1000;
    while (limit.served.length > 0 && limit.served[0]! <= now - span) limit.served.shift();
    if (limit.served.length < window.max) {
      limit.served.push(now);
      return 0;
    }
    return Math.max(Math.ceil(limit.served[0]! + span - now), 1) / 1000;
  }
}

export const SECONDARY_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
  "If you reach out to GitHub Support for help, please include the request ID.";

/** Primary rate-limit bookkeeping behind the `x-ratelimit-*` headers of every response. */
export class RateBudget {
  private used = 0;
  private resetAt = 0;

  constructor(
    readonly resource: string,
    readonly limit: number,
  ) {}

  /** Spends one request (unless `free`, as for 304s) and returns the headers to send. */
  spend(free: boolean): Record<string, string> {
    const now = Math.floor(Date.now() / 1000);
    if (now >= this.resetAt) {
      this.used = 0;
      this.resetAt = now + 3600;
    }
    if (!free) this.used++;
    return this.headers();
  }

  headers(): Record<string, string> {
    return {
      "x-ratelimit-limit": String(this.limit),
      "x-ratelimit-remaining": String(Math.max(this.limit - this.used, 0)),
      "x-ratelimit-used": String(this.used),
      "x-ratelimit-reset": String(this.resetAt),
      "x-ratelimit-resource": this.resource,
    };
  }

  snapshot(): {
    limit: number;
    remaining: number;
    reset: number;
    used: number;
  } {
    return {
      limit: this.limit,
      remaining: Math.max(this.limit - this.used, 0),
      reset: this.resetAt,
      used: this.used,
    };
  }
}
