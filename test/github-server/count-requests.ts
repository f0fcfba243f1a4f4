/** Requests seen by the server, as a plain snapshot. */
export interface RequestCounts {
  readonly total: number;
  /** GET/HEAD requests. */
  readonly reads: number;
  /** POST/PATCH/PUT/DELETE requests (GitHub's "content-creating" budget counts these). */
  readonly writes: number;
  /** Conditional GETs answered 304 (free on GitHub). */
  readonly notModified: number;
  /** Requests answered by the primary or secondary limit switch. */
  readonly limited: number;
  /** Most requests in flight at once (arrived, not yet answered); meaningful with `latencyMs`. */
  readonly peakInFlight: number;
  /** Keyed by `METHOD /openapi/path`, e.g. `POST /repos/{owner}/{repo}/git/trees`; `METHOD unknown` for unknown routes. */
  readonly byRoute: Readonly<Record<string, number>>;
  /** Keyed by `owner/name` as the client spelled it; `notModified` (part of `reads`) are 304s, `blobReads` (part of `reads`) blob downloads. */
  readonly byRepo: Readonly<Record<string, RepoCounts>>;
}

export interface RepoCounts {
  readonly reads: number;
  readonly writes: number;
  readonly notModified: number;
  readonly blobReads: number;
}

const BLOB_ROUTE = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}";

export class RequestCounter {
  private total = 0;
  private reads = 0;
  private writes = 0;
  notModified = 0;
  limited = 0;
  inFlight = 0;
  private peakInFlight = 0;
  private byRoute = new Map<string, number>();
  private byRepo = new Map<string, { -readonly [K in keyof RepoCounts]: number }>();

  arrived(): void {
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
  }

  add(method: string, route: string | undefined, repo: string | undefined, isWrite: boolean): void {
    this.total++;
    if (isWrite) this.writes++;
    else this.reads++;
    const key = route ?? `${method} unknown`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
    if (repo !== undefined) {
      const entry = this.byRepo.get(repo) ?? { reads: 0, writes: 0, notModified: 0, blobReads: 0 };
      if (isWrite) entry.writes++;
      else entry.reads++;
      if (key === BLOB_ROUTE) entry.blobReads++;
      this.byRepo.set(repo, entry);
    }
  }

  /** A conditional GET answered 304. */
  notModifiedFor(repo: string | undefined): void {
    this.notModified++;
    const entry = repo === undefined ? undefined : this.byRepo.get(repo);
    if (entry) entry.notModified++;
  }

  reset(): void {
    this.total = this.reads = this.writes = this.notModified = this.limited = 0;
    this.peakInFlight = this.inFlight;
    this.byRoute = new Map();
    this.byRepo = new Map();
  }

  snapshot(): RequestCounts {
    return {
      total: this.total,
      reads: this.reads,
      writes: this.writes,
      notModified: this.notModified,
      limited: this.limited,
      peakInFlight: this.peakInFlight,
      byRoute: Object.fromEntries(this.byRoute),
      byRepo: Object.fromEntries([...this.byRepo].map(([repo, counts]) => [repo, { ...counts }])),
    };
  }
}
