/** One sliding-window limit: at most `max` writes in any `windowMs`. */
export interface WindowLimit {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * GitHub's secondary limits for content-creating requests, per identity: about 80 a minute and 500
 * an hour (docs.github.com "Rate limits for the REST API"). The throttling plugin additionally
 * spaces writes one second apart, so the minute limit is never the one that bites.
 */
export const GITHUB_WRITE_LIMITS: readonly WindowLimit[] = [
  { max: 80, windowMs: 60_000 },
  { max: 500, windowMs: 3_600_000 },
];

/** The throttling plugin's default spacing between two writes of one client. */
export const PLUGIN_WRITE_SPACING_MS = 1_000;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The write scheduler: every write takes a slot; when a window is full it waits until the oldest
 * write leaves it. A `retry-after` from GitHub pauses every write of the identity, not just the one
 * that was refused.
 */
export class WriteBudget {
  private readonly history: number[] = [];
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  taken = 0;

  constructor(
    readonly limits: readonly WindowLimit[],
    private readonly clock: Clock = realClock,
    readonly spacingMs = 0,
  ) {}

  /** Resolves when one more write may be sent. Calls are served in order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const wait = this.waitMs(this.clock.now());
        if (wait <= 0) break;
        await this.clock.sleep(wait);
      }
      this.history.push(this.clock.now());
      this.taken++;
      this.forget(this.clock.now());
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** GitHub asked us to stop for a while (`retry-after`). */
  pause(seconds: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + seconds * 1000);
  }

  /** How long the next write must wait, in ms, at `now`. */
  waitMs(now: number): number {
    let wait = this.pausedUntil - now;
    const last = this.history[this.history.length - 1];
    if (last !== undefined) wait = Math.max(wait, last + this.spacingMs - now);
    for (const limit of this.limits) {
      const inWindow = this.history.filter((t) => t > now - limit.windowMs);
      if (inWindow.length >= limit.max) wait = Math.max(wait, inWindow[inWindow.length - limit.max]! + limit.windowMs - now);
    }
    return wait;
  }

  /** Milliseconds `writes` more writes take under these limits, from `now`, if nothing else waits. */
  estimateMs(writes: number, now: number = this.clock.now()): number {
    return estimateWriteTime(writes, this.limits, this.spacingMs, [...this.history], now);
  }

  private forget(now: number): void {
    const longest = Math.max(0, ...this.limits.map((l) => l.windowMs));
    while (this.history.length > 0 && this.history[0]! <= now - longest) this.history.shift();
  }
}

/**
 * Simulates the scheduler: the time when the last of `writes` writes goes out. Exact for the
 * sliding windows (not `writes / hourly rate`, which overstates a run that fits in a few bursts).
 */
export function estimateWriteTime(writes: number, limits: readonly WindowLimit[], spacingMs: number, history: number[] = [], now = 0): number {
  const sent = [...history];
  let t = now;
  for (let i = 0; i < writes; i++) {
    const last = sent[sent.length - 1];
    if (last !== undefined) t = Math.max(t, last + spacingMs);
    for (const limit of limits) {
      // The write that would be `max` back from this one must have left the window.
      const k = sent.length - limit.max;
      if (k >= 0) t = Math.max(t, sent[k]! + limit.windowMs);
    }
    sent.push(t);
  }
  return writes === 0 ? 0 : t - now;
}

/** "3 h 18 min", "12 min", "40 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A budget that never waits: pacing off (a local server, or GHES without rate limits). */
export function unlimitedBudget(): WriteBudget {
  return new WriteBudget([]);
}
