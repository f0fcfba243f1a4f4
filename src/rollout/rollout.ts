import { createHash } from "node:crypto";
import type { GitHubSession } from "../github/auth.js";
import { TreeBuffers } from "../github/encode-tree.js";
import { BlobReader, fullName, type RepoInfo } from "../github/read-repo.js";
import type { Redactor } from "../github/redact.js";
import { TOOL_VERSION } from "../version.js";
import { auditOnlyRepo } from "./audit-only.js";
import { Ledger, type RepoOutcome } from "./ledger.js";
import { checkTargets, streamTargets, type TargetSpec } from "./list-targets.js";
import type { Progress } from "./progress.js";
import type { RolloutReport, WavesReport } from "./report.js";
import { runPool } from "./run-pool.js";
import { skipReason, type Selection } from "./select-repos.js";
import { PlanSpool } from "./plan-spool.js";
import { RepoResults } from "./repo-results.js";
import { syncRepo, type SpooledPlanMeta, type SyncSettings } from "./sync-repo.js";
import { waitForWave, waveEnds, type WaveStep } from "./waves.js";
import { formatDuration, realClock, WriteBudget, type Clock, type WindowLimit } from "./write-budget.js";

export interface RolloutInput {
  readonly session: GitHubSession;
  readonly targets: TargetSpec;
  readonly selection: Selection;
  readonly settings: SyncSettings;
  readonly apply: boolean;
  /** Repositories worked on at once (reads overlap; writes still go one by one through the budget). */
  readonly concurrency: number;
  /** JSON-lines ledger; required with `apply` so a stopped run can resume. */
  readonly ledgerPath?: string;
  readonly fresh: boolean;
  /** Write limits per identity, already divided among shards. */
  readonly limits: readonly WindowLimit[];
  readonly spacingMs: number;
  readonly redactor: Redactor;
  readonly progress: Progress;
  /** Hashes of inputs that must match to resume a ledger (the defaults file's content, flags). */
  readonly fingerprint: readonly string[];
  readonly clock?: Clock;
  /** Told once per identity about secondary limits, so the budget pauses (wired by the command). */
  readonly budgets?: Map<string, WriteBudget>;
  /** `--waves`: open PRs wave by wave, each gated on the previous wave's checks. */
  readonly waves?: WavesInput;
}

export interface WavesInput {
  readonly steps: readonly WaveStep[];
  /** After this long with checks still pending (none failed), the next wave starts anyway. */
  readonly waitMs: number;
  /** How often the checks are read while waiting. */
  readonly pollMs: number;
}

export interface RolloutOutcome extends RolloutReport {
  /** The ledger was an unfinished run, continued here. */
  readonly resumed: boolean;
}

const FINAL: ReadonlySet<RepoOutcome> = new Set(["clean", "pr-current", "merged", "skipped"]);

/**
 * Org-wide rollout: list, select, then a read-only planning pass over every target (which gives the
 * ETA), then — with `apply` — the writing pass over the repositories that need it. The writing pass
 * re-reads each repository, so its commit is built on the default branch as it is at that moment: the
 * planning pass's plan, kept on disk, when the branch still has the planned tree; a new plan otherwise.
 */
export async function rollout(input: RolloutInput): Promise<RolloutOutcome> {
  const spool = input.apply ? PlanSpool.open<SpooledPlanMeta>() : undefined;
  try {
    return await runPasses(input, spool);
  } finally {
    spool?.close();
  }
}

async function runPasses(input: RolloutInput, spool: PlanSpool<SpooledPlanMeta> | undefined): Promise<RolloutOutcome> {
  const startedAt = new Date().toISOString();
  const budgets = input.budgets ?? new Map<string, WriteBudget>();
  const budgetFor = (key: string) => {
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, (budget = new WriteBudget(input.limits, input.clock, input.spacingMs)));
    return budget;
  };
  checkTargets(input.targets);
  const listing = await input.session.forOwner(input.targets.org ?? ownerOfQuery(input.targets.search) ?? "");
  const skipped: Record<string, number> = {};
  let listed = 0;
  // What a plan depends on besides the repository itself: validators recorded under another key are not used.
  const planKey = createHash("sha256").update(JSON.stringify([TOOL_VERSION, input.settings.defaults, input.settings.flags, input.settings.allowCodeConfig, input.settings.audit ?? null])).digest("hex").slice(0, 16);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([TOOL_VERSION, input.targets, input.selection, input.settings.flags, input.settings.allowCodeConfig, input.waves?.steps ?? null, ...input.fingerprint]))
    .digest("hex")
    .slice(0, 16);
  // A dry run (and an audit) writes no ledger, but reads a finished one's history, so it can tell "merged" from "clean".
  const ledger = input.apply ? Ledger.open(input.ledgerPath, fingerprint, { fresh: input.fresh }) : Ledger.readOnly(input.ledgerPath, fingerprint);
  if (ledger.resumed) input.progress.note(`Resuming the unfinished run of ${ledger.runId} from ${input.ledgerPath}`);

  const blobs = new BlobReader();
  const treeBuffers = new TreeBuffers();
  const results = new RepoResults();
  const contextFor = async (repo: RepoInfo) => {
    const identity = await input.session.forOwner(repo.owner);
    const budget = budgetFor(identity.key);
    return { identityKey: identity.key, ctx: { github: identity.github, gate: () => budget.acquire(), blobs, treeBuffers, ...(spool ? { spool } : {}), redactor: input.redactor, ledger, settings: input.settings, planKey } };
  };

  // Pass 1: read and plan (or audit) everything as the listing streams in; finished repositories of a resumed run are not read again.
  input.progress.phase(input.settings.auditOnly ? "auditing" : input.apply ? "planning" : "dry run");
  const pending: { repo: RepoInfo; writes: number; identityKey: string }[] = [];
  await runPool(streamTargets(listing.github, input.targets, input.session), input.concurrency, async (repo) => {
    listed++;
    const reason = skipReason(repo, input.selection);
    if (reason) {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      return;
    }
    const done = ledger.state(fullName(repo)).done;
    if (done) {
      results.set({ repo: fullName(repo), outcome: done.outcome ?? "clean", writes: 0, reads: 0, warnings: [], ...(done.pr ? { pr: { number: done.pr, url: done.url ?? "" } } : {}) });
      return;
    }
    const { ctx, identityKey } = await contextFor(repo);
    const result = input.settings.auditOnly ? await auditOnlyRepo(repo, ctx) : await syncRepo(repo, ctx, false);
    results.set(result);
    if (input.apply && FINAL.has(result.outcome)) {
      ledger.record({ repo: result.repo, step: "done", outcome: result.outcome, writes: 0, ...(result.pr ? { pr: result.pr.number, url: result.pr.url } : {}), ...(result.validators ? { validators: result.validators } : {}) });
    }
    if (result.outcome.startsWith("would-")) pending.push({ repo, writes: result.writes, identityKey });
    input.progress.done(result);
  });
  input.progress.end();

  const writes = pending.reduce((n, p) => n + p.writes, 0);
  const perIdentity = new Map<string, number>();
  for (const p of pending) perIdentity.set(p.identityKey, (perIdentity.get(p.identityKey) ?? 0) + p.writes);
  const ms = Math.max(0, ...[...perIdentity].map(([key, n]) => budgetFor(key).estimateMs(n)));
  const eta = { repos: pending.length, writes, ms };
  input.progress.note(`${eta.repos.toLocaleString("en-US")} repos need changes ≈ ${writes.toLocaleString("en-US")} writes ≈ ${formatDuration(ms)}${input.limits.length > 0 ? ` (GitHub allows ${input.limits.map(describeLimit).join(" and ")} per identity)` : ""}`);

  pending.sort((a, b) => (fullName(a.repo).toLowerCase() < fullName(b.repo).toLowerCase() ? -1 : 1));
  const waveOf = assignWaves(pending.map((p) => fullName(p.repo)), ledger, input.waves?.steps);
  if (input.apply) for (const p of pending) ledger.record({ repo: fullName(p.repo), step: "planned", writes: p.writes, ...(waveOf ? { wave: waveOf.get(fullName(p.repo))! } : {}) });
  const waveCount = waveOf ? Math.max(0, ...waveOf.values()) + 1 : 1;
  const sizes = Array.from({ length: waveCount }, (_, w) => pending.filter((p) => (waveOf?.get(fullName(p.repo)) ?? 0) === w).length);
  if (waveOf && pending.length > 0) input.progress.note(`Waves of ${sizes.join(", ")} repositories; each waits for the previous wave's PR checks.`);

  // Pass 2: write, repository by repository (wave by wave), rebuilt on the latest default branch.
  let waves: WavesReport | undefined = waveOf ? { sizes, applied: 0, movedOnAfterWait: [] } : undefined;
  if (input.apply && pending.length > 0) {
    const clock = input.clock ?? realClock;
    for (let wave = 0; wave < waveCount; wave++) {
      const members = pending.filter((p) => (waveOf?.get(fullName(p.repo)) ?? 0) === wave);
      if (members.length > 0) {
        input.progress.phase(waveOf ? `applying wave ${wave + 1}/${waveCount}` : "applying", members.length);
        await runPool(members, input.concurrency, async ({ repo }) => {
          const { ctx } = await contextFor(repo);
          const planned = results.get(fullName(repo));
          const applied = await syncRepo(repo, ctx, true, { changesExpected: true });
          // Reads of both passes count: the report and the benchmark show what a repository really cost.
          const result = { ...applied, reads: applied.reads + (planned?.reads ?? 0) };
          results.set(result);
          input.progress.done(result);
        });
        input.progress.end();
      }
      if (!waves || !input.waves) continue;
      waves = { ...waves, applied: wave + 1 };
      const gate = ledger.waveGate(wave);
      // The last wave gates nothing; a gate passed before a resume is not waited for again.
      if (wave === waveCount - 1 || gate === "passed" || gate === "timed-out") continue;
      const pulls = [...results.values()].filter((r) => r.pr && ledger.state(r.repo).wave === wave && WAITED_FOR.has(r.outcome)).map((r) => ({ repo: r.repo, number: r.pr!.number }));
      input.progress.note(`Wave ${wave + 1}/${waveCount}: waiting for the checks of ${pulls.length} PR(s)…`);
      // A write that failed in a wave stops the rollout as a failed check would: the canary did not land.
      const broken = members.map((m) => results.get(fullName(m.repo))!).filter((r) => r.outcome === "failed");
      if (broken.length > 0) {
        ledger.recordWave(wave, "failed");
        waves = { ...waves, paused: { wave: wave + 1, failing: broken.map((r) => ({ repo: r.repo, pr: 0, checks: [`rollout failed: ${r.error ?? "unknown error"}`] })) } };
        break;
      }
      const verdict = await waitForWave({
        pulls,
        clientFor: async (ref) => (await input.session.forOwner(ref.owner)).github,
        waitMs: input.waves.waitMs,
        pollMs: input.waves.pollMs,
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms),
      });
      ledger.recordWave(wave, verdict.state);
      if (verdict.state === "failed") {
        waves = { ...waves, paused: { wave: wave + 1, failing: verdict.failing } };
        break;
      }
      if (verdict.state === "timed-out") {
        waves = { ...waves, movedOnAfterWait: [...waves.movedOnAfterWait, wave + 1] };
        input.progress.note(`Wave ${wave + 1}: checks still pending after --wave-wait (${verdict.pending.join(", ")}); moving on.`);
      }
    }
  }

  const all = [...results.values()].sort((a, b) => (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1));
  // A run is finished when nothing failed; otherwise the next start resumes it and retries the failures.
  // A paused wave leaves the run unfinished too: the next start waits for that wave's checks again.
  if (input.apply && !all.some((r) => r.outcome === "failed") && !waves?.paused) ledger.finish();
  return { apply: input.apply, ...(input.settings.auditOnly ? { auditOnly: true } : {}), startedAt, finishedAt: new Date().toISOString(), listed, skipped, results: all, eta, resumed: ledger.resumed, ...(waves ? { waves } : {}) };
}

/** PR outcomes whose checks gate the next wave. */
const WAITED_FOR: ReadonlySet<RepoOutcome> = new Set(["pr-opened", "pr-updated", "pr-current"]);

/**
 * The wave of each repository to write, by name (sorted). A resumed run keeps the waves it recorded;
 * a repository that needs a PR only since then joins the last recorded wave.
 */
function assignWaves(names: readonly string[], ledger: Ledger, steps: readonly WaveStep[] | undefined): Map<string, number> | undefined {
  if (!steps) return undefined;
  const recorded = names.map((n) => ledger.state(n).wave);
  const known = recorded.filter((w) => w !== undefined);
  const ends = waveEnds(names.length, steps);
  return new Map(
    names.map((name, i) => [name, recorded[i] ?? (known.length > 0 ? Math.max(...known) : ends.findIndex((end) => i < end))]),
  );
}

function describeLimit(limit: WindowLimit): string {
  return limit.windowMs === 60_000 ? `${limit.max}/min` : limit.windowMs === 3_600_000 ? `${limit.max}/h` : `${limit.max} per ${limit.windowMs / 1000}s`;
}

/** `org:acme topic:x` → `acme`: with a GitHub App, search runs as that owner's installation. */
function ownerOfQuery(query: string | undefined): string | undefined {
  return query ? /\b(?:org|user):([\w.-]+)/.exec(query)?.[1] : undefined;
}

