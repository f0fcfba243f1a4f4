import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AuditCounts } from "../audit/audit-counts.js";
import { badInput } from "../errors.js";
import type { RepoAudit } from "./audit-remote.js";

/**
 * The steps one repository goes through. Each is recorded after GitHub confirmed it, and each is
 * safe to repeat: a resumed run re-reads the branch and the PR, so a step that happened but was not
 * recorded is found, never done twice.
 */
export type LedgerStep = "planned" | "branch-written" | "pr-opened" | "pr-updated" | "closed" | "merged" | "done";

export type RepoOutcome =
  /** Nothing to change, and no PR of ours open. */
  | "clean"
  /** Changes pending in our open PR, which already holds exactly them. */
  | "pr-current"
  | "pr-opened"
  | "pr-updated"
  | "pr-closed"
  /** Our PR was merged since the last run; nothing left to do. */
  | "merged"
  | "would-open"
  | "would-update"
  | "would-close"
  | "skipped"
  /** `--audit-only`: read and audited, nothing planned or written. */
  | "audited"
  | "failed";

export interface LedgerEvent {
  readonly repo: string;
  readonly step: LedgerStep;
  readonly at: string;
  readonly outcome?: RepoOutcome;
  readonly pr?: number;
  readonly url?: string;
  readonly commit?: string;
  readonly writes?: number;
  readonly detail?: string;
  /** On a `done` that was clean or `pr-current`: what proves the repository unchanged next time. */
  readonly validators?: Validators;
  /** On `planned` in a run with `--waves`: the wave (0-based) the repository belongs to. */
  readonly wave?: number;
}

/** How a wave's gate ended: its PRs' checks passed, one failed (the run paused), or the wait ran out. */
export type WaveState = "passed" | "failed" | "timed-out";

/**
 * The ETags of the two reads that found a repository clean (or its PR current), and the plan settings
 * they were read under. When both reads answer 304 under the same settings, the outcome is the same, at
 * no rate-limit cost.
 */
export interface Validators {
  readonly tree: string;
  readonly pulls: string;
  /** Hash of the tool version and the settings that shape a plan. */
  readonly plan: string;
  /** Set when the outcome was `pr-current`: our open PR that already held the change. */
  readonly pr?: { readonly number: number; readonly url: string };
  /** The plan's warnings, shown again when the outcome is replayed (a 304 has no body to warn about). */
  readonly warnings?: readonly string[];
}

interface RunHeader {
  readonly run: string;
  readonly fingerprint: string;
  readonly at: string;
}

/** What the ledger knows about one repository. */
export interface RepoLedgerState {
  /** The last terminal outcome of the current run, if the repo is finished. */
  readonly done?: Pick<LedgerEvent, "outcome" | "pr" | "url">;
  /** The last PR of ours we know of, from this or an earlier run. */
  readonly pr?: { readonly number: number; readonly url?: string; readonly open: boolean };
  readonly lastStep?: LedgerStep;
  /** From the last step recorded, of any run, when it found the repository clean or its PR current. */
  readonly validators?: Validators;
  /** The wave of the current run the repository was planned in. */
  readonly wave?: number;
}

/**
 * A JSON-lines file: a run header, one line per confirmed step, and an `end` line when a run
 * finished. A run without `end` is resumed by the next start with the same settings.
 */
export class Ledger {
  private readonly states = new Map<string, RepoLedgerState>();
  /** Gates of the current run's waves, by 0-based wave. */
  private readonly waves = new Map<number, WaveState>();
  /** The last audit of each repository, of any run, with what decides it (see {@link recordAudit}). */
  private readonly audits = new Map<string, { readonly key: string; readonly audit: RepoAudit }>();
  readonly resumed: boolean;
  readonly runId: string;

  /** @param text the ledger file's content; `finished` treats its last run as finished whatever it says. */
  private constructor(
    private readonly path: string | undefined,
    text: string,
    fingerprint: string,
    now: () => Date,
    finished = false,
  ) {
    // First only the run headers and ends, without parsing the other lines.
    let lastHeader = -1;
    let header: RunHeader | undefined;
    let ended = false;
    for (const [i, line] of ledgerLines(text, (raw) => raw.includes('"fingerprint"') || raw.includes('"end"'))) {
      if (typeof line.run === "string" && typeof line.fingerprint === "string") [lastHeader, header, ended] = [i, line as unknown as RunHeader, false];
      else if (line.end === true) ended = true;
    }
    finished ||= ended || header === undefined;
    if (header && !finished && header.fingerprint !== fingerprint) {
      throw badInput(
        `The ledger ${path} belongs to an unfinished run with other settings (targets, defaults, shard or tool version). Repeat that command to resume it, pass --fresh to start over, or use another --ledger file.`,
      );
    }
    this.resumed = Boolean(header && !finished);
    this.runId = this.resumed ? header!.run : now().toISOString();
    for (const [i, line] of ledgerLines(text)) {
      const currentRun = this.resumed && i > lastHeader;
      if (currentRun && typeof line.wave === "number" && typeof line.gate === "string" && line.repo === undefined) this.waves.set(line.wave, line.gate as WaveState);
      if (typeof line.repo === "string" && typeof line.audit === "string" && isAuditCounts(line.before)) {
        this.audits.set(line.repo.toLowerCase(), { key: line.audit, audit: { before: line.before, ...(isAuditCounts(line.after) ? { after: line.after } : {}) } });
      }
      if (typeof line.repo !== "string" || typeof line.step !== "string") continue;
      this.fold(line as unknown as LedgerEvent, currentRun, true);
    }
    if (!this.resumed) this.write({ run: this.runId, fingerprint, at: now().toISOString() });
  }

  /** Opens (or creates) a ledger file; `undefined` path keeps it in memory (dry runs). */
  static open(path: string | undefined, fingerprint: string, options: { fresh?: boolean; now?: () => Date } = {}): Ledger {
    const now = options.now ?? (() => new Date());
    if (path === undefined) return new Ledger(undefined, "", fingerprint, now);
    if (options.fresh || !existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, "");
    }
    return new Ledger(path, readFileSync(path, "utf8"), fingerprint, now);
  }

  /** The history of a ledger file (if any) for a run that writes nothing: never creates or appends. */
  static readOnly(path: string | undefined, fingerprint: string): Ledger {
    const text = path !== undefined && existsSync(path) ? readFileSync(path, "utf8") : "";
    // Treated as finished, so no settings check applies and nothing counts as done in this run.
    return new Ledger(undefined, text, fingerprint, () => new Date(), true);
  }

  state(repo: string): RepoLedgerState {
    return this.states.get(repo.toLowerCase()) ?? {};
  }

  record(event: Omit<LedgerEvent, "at">): void {
    const full = { ...event, at: new Date().toISOString() } as LedgerEvent;
    this.write(full);
    this.fold(full, true, false);
  }

  /** Records how a wave's gate ended, so a resumed run does not wait for a passed wave again. */
  recordWave(wave: number, gate: WaveState): void {
    this.write({ wave, gate, at: new Date().toISOString() });
    this.waves.set(wave, gate);
  }

  waveGate(wave: number): WaveState | undefined {
    return this.waves.get(wave);
  }

  /**
   * Keeps a repository's audit for later runs. `key` names everything the audit depends on: the trees
   * before and after (content hashes), the tool version and the audit policy. A re-run of an organisation
   * whose PRs are still open then audits none of them again, and parses none of their files (issue 14: a
   * 10,000-repository re-run went from 124–133 s to 90–97 s). Only the last per repository is kept in
   * memory.
   */
  recordAudit(repo: string, key: string, audit: RepoAudit): void {
    this.write({ repo, audit: key, ...audit, at: new Date().toISOString() });
    this.audits.set(repo.toLowerCase(), { key, audit });
  }

  /** The repository's last audit, if it was made under `key`. */
  audit(repo: string, key: string): RepoAudit | undefined {
    const kept = this.audits.get(repo.toLowerCase());
    return kept?.key === key ? kept.audit : undefined;
  }

  finish(): void {
    this.write({ end: true, run: this.runId, at: new Date().toISOString() });
  }

  /**
   * @param fromFile the event was read from the file. Validators are kept in memory only from there: they
   * are read when a repository is planned, once a run, so the ones this run records are for the next
   * run, which reads them from the file (10,000 of them held ~2 MB all run; issue 14).
   */
  private fold(event: LedgerEvent, currentRun: boolean, fromFile: boolean): void {
    const key = event.repo.toLowerCase();
    const previous = this.states.get(key) ?? {};
    let pr = previous.pr;
    if (event.pr !== undefined && (event.step === "pr-opened" || event.step === "pr-updated" || event.outcome === "pr-current")) {
      pr = { number: event.pr, ...(event.url ? { url: event.url } : {}), open: true };
    }
    const gone = event.step === "closed" || event.step === "merged" || (event.step === "done" && (event.outcome === "clean" || event.outcome === "merged" || event.outcome === "pr-closed"));
    if (gone) pr = pr && { ...pr, open: false };
    const done = currentRun && event.step === "done" ? doneOf(event) : currentRun ? previous.done : undefined;
    // Any later step (a plan, a write) means the repository is no longer known clean.
    const validators = fromFile && event.step === "done" && isValidators(event.validators) ? event.validators : undefined;
    const wave = !currentRun ? undefined : event.step === "planned" && typeof event.wave === "number" ? event.wave : previous.wave;
    // One state per repository for the whole run (10,000 in a large organisation): only what is read
    // back, and always the same fields, so all states share one hidden class. Node 20's V8 gives every
    // object built by spreading and then adding a property a hidden class of its own (issue 14).
    this.states.set(key, { done, pr, lastStep: event.step, validators, wave });
  }

  private write(line: object): void {
    // Appending one line is atomic enough: a line cut by a crash is skipped when read back.
    if (this.path !== undefined) appendFileSync(this.path, `${JSON.stringify(line)}\n`);
  }
}

/** One `done` per outcome for the repositories without a PR (most of a rollout), shared by all of them. */
const DONE_WITHOUT_PR = new Map<RepoOutcome | undefined, RepoLedgerState["done"]>();

function doneOf(event: LedgerEvent): NonNullable<RepoLedgerState["done"]> {
  if (event.pr !== undefined || event.url !== undefined) return { outcome: event.outcome, pr: event.pr, url: event.url };
  let shared = DONE_WITHOUT_PR.get(event.outcome);
  if (!shared) DONE_WITHOUT_PR.set(event.outcome, (shared = Object.freeze({ outcome: event.outcome, pr: undefined, url: undefined })));
  return shared;
}

/**
 * The ledger's lines as objects, each with its line number, parsed one at a time: a 10,000-repository
 * ledger parsed at once held about 15 MB as a run started (issue 14). `wanted` skips a line unparsed.
 */
function* ledgerLines(text: string, wanted?: (raw: string) => boolean): Generator<[number, Record<string, unknown>]> {
  for (let start = 0, i = 0; start < text.length; i++) {
    const end = text.indexOf("\n", start);
    const raw = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (!raw.trim() || (wanted && !wanted(raw))) continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (value && typeof value === "object") yield [i, value as Record<string, unknown>];
    } catch {
      // A torn last line from a killed run.
    }
  }
}

// Ledger lines are read back from disk: a hand-edited or foreign line must not pass as a validator.
function isValidators(value: unknown): value is Validators {
  const v = value as Partial<Validators> | undefined;
  return typeof v?.tree === "string" && typeof v.pulls === "string" && typeof v.plan === "string" && (v.pr === undefined || typeof v.pr.number === "number") && (v.warnings === undefined || Array.isArray(v.warnings));
}

function isAuditCounts(value: unknown): value is AuditCounts {
  const counts = value as Partial<AuditCounts> | null;
  return typeof counts === "object" && counts !== null && typeof counts.findings === "number" && typeof counts.score === "number" && typeof counts.suppressed === "number" && typeof counts.bySeverity === "object" && typeof counts.byRule === "object";
}
