import type { RepoOutcome } from "./ledger.js";
import type { RepoResult } from "./sync-repo.js";

// A Record, so a new outcome cannot be left out.
const OUTCOME_CODES: Readonly<Record<RepoOutcome, number>> = { clean: 0, "pr-current": 1, "pr-opened": 2, "pr-updated": 3, "pr-closed": 4, merged: 5, "would-open": 6, "would-update": 7, "would-close": 8, skipped: 9, audited: 10, failed: 11 };
const OUTCOMES = Object.keys(OUTCOME_CODES) as RepoOutcome[];
const NO_WARNINGS: readonly string[] = Object.freeze([]);

// A plain result packs into one small integer: outcome (4 bits), fromVersion (5 bits, an index into the
// versions seen), writes (8 bits), reads (13 bits). 30 bits stay a V8 small integer, which costs no allocation.
const VERSIONS_MAX = 32;
const WRITES_MAX = 256;
const READS_MAX = 8192;

/**
 * Every repository's result, kept from its pass until the report. Most repositories of a rollout end
 * clean, with nothing but an outcome, two counts and a version to report: those are kept as one number
 * each instead of an object (about 150 bytes less a repository, 1.5 MB over 10,000; issue 14). A result
 * with anything more (a PR, a summary, an audit, warnings, an error) is kept as it is.
 */
export class RepoResults {
  private readonly byRepo = new Map<string, RepoResult | number>();
  private readonly versions: (string | null | undefined)[] = [];

  get size(): number {
    return this.byRepo.size;
  }

  set(result: RepoResult): void {
    this.byRepo.set(result.repo, this.pack(result) ?? compact(result));
  }

  get(repo: string): RepoResult | undefined {
    const kept = this.byRepo.get(repo);
    return typeof kept === "number" ? this.unpack(repo, kept) : kept;
  }

  /** In the order the repositories were first set. */
  *values(): IterableIterator<RepoResult> {
    for (const [repo, kept] of this.byRepo) yield typeof kept === "number" ? this.unpack(repo, kept) : kept;
  }

  private pack(r: RepoResult): number | undefined {
    if (r.pr || r.summary || r.audit || r.diff !== undefined || r.error !== undefined || r.skipReason !== undefined || r.warnings.length > 0) return undefined;
    if (!Number.isInteger(r.writes) || r.writes < 0 || r.writes >= WRITES_MAX || !Number.isInteger(r.reads) || r.reads < 0 || r.reads >= READS_MAX) return undefined;
    let version = this.versions.indexOf(r.fromVersion);
    if (version < 0) {
      if (this.versions.length >= VERSIONS_MAX) return undefined;
      version = this.versions.push(r.fromVersion) - 1;
    }
    return OUTCOME_CODES[r.outcome] + 16 * (version + VERSIONS_MAX * (r.writes + WRITES_MAX * r.reads));
  }

  private unpack(repo: string, packed: number): RepoResult {
    const outcome = OUTCOMES[packed % 16]!;
    let rest = Math.floor(packed / 16);
    const fromVersion = this.versions[rest % VERSIONS_MAX];
    rest = Math.floor(rest / VERSIONS_MAX);
    const writes = rest % WRITES_MAX;
    const reads = Math.floor(rest / WRITES_MAX);
    return compact({ repo, outcome, writes, reads, warnings: NO_WARNINGS, ...(fromVersion !== undefined ? { fromVersion } : {}) });
  }
}

/**
 * A result as kept: always the same fields, so all share one hidden class, and no validators, which the
 * ledger has. Node 20's V8 gives every object built by spreading and then adding a property a hidden
 * class of its own, about 250 bytes each (issue 14).
 */
function compact(r: RepoResult): RepoResult {
  return { repo: r.repo, outcome: r.outcome, pr: r.pr, summary: r.summary, audit: r.audit, writes: r.writes, reads: r.reads, fromVersion: r.fromVersion, diff: r.diff, warnings: r.warnings, error: r.error, skipReason: r.skipReason };
}
