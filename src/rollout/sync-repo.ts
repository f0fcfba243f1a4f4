import { gitHubError, httpStatus } from "../github/errors.js";
import type { GitHub } from "../github/client.js";
import { BlobReader, fullName, readBranch, readTree, type RepoInfo, type TreeSnapshot } from "../github/read-repo.js";
import type { Redactor } from "../github/redact.js";
import { treeShaAfter, type TreeChange } from "../github/tree-sha.js";
import { encodeTree, type EncodedTree, type TreeBuffers } from "../github/encode-tree.js";
import { branchHead, closePull, commitInfo, editPull, findOpenPull, findOpenPullIfChanged, openPull, pointBranch, pullWasMerged, writeCommit, type OpenPull } from "../github/write-changes.js";
import type { AuditPolicy } from "../audit/policy.js";
import type { BaselineConfig, BaselineOptions } from "../options/index.js";
import type { PlanFlags } from "../synth/plan.js";
import { TOOL_VERSION } from "../version.js";
import type { RepoAudit } from "./audit-remote.js";
import type { Ledger, RepoOutcome, Validators } from "./ledger.js";
import { planRemote } from "./plan-remote.js";
import { CLOSE_COMMENT, commitMessage, internSummary, PR_TITLE, prBody, RESYNC_BRANCH, summarise, type ChangeSummary } from "./pr-text.js";
import { resolveRemoteOptions, type ReadBlob, type RemoteOptions } from "./remote-options.js";
import type { PlanSpool } from "./plan-spool.js";
import { remoteDiff } from "./remote-diff.js";

export interface SyncSettings {
  readonly defaults: BaselineConfig;
  readonly allowCodeConfig: boolean;
  readonly flags: PlanFlags;
  /** Options decided elsewhere (resync in a checkout loads the local config, which may be code). */
  readonly presetOptions?: { readonly options: BaselineOptions; readonly source: string };
  /** Compute a unified diff of each change (dry runs print it). */
  readonly wantDiff: boolean;
  /** The organisation's audit policy (the defaults file's `audit` key); PR bodies and reports audit under it. */
  readonly audit?: AuditPolicy;
  /** Audit every repository and plan nothing: reads only, no write. */
  readonly auditOnly?: boolean;
}

export interface SyncContext {
  readonly github: GitHub;
  /** Waits for the identity's write budget; called before every write. */
  readonly gate: () => Promise<void>;
  readonly blobs: BlobReader;
  /** Reused buffers for the commits' encoded trees. */
  readonly treeBuffers: TreeBuffers;
  /** A rollout's plans kept from its planning pass for its writing pass. */
  readonly spool?: PlanSpool<SpooledPlanMeta>;
  readonly redactor: Redactor;
  readonly ledger: Ledger;
  readonly settings: SyncSettings;
  /**
   * Hash of the settings that shape a plan (tool version included). With it, planning reads are
   * conditional on the validators the ledger kept from the last time the repository was clean.
   */
  readonly planKey?: string;
}

export interface RepoResult {
  readonly repo: string;
  readonly outcome: RepoOutcome;
  readonly pr?: { readonly number: number; readonly url: string };
  readonly summary?: ChangeSummary;
  /** Findings on the default branch and, for a repository the baseline changes, after its PR. */
  readonly audit?: RepoAudit;
  /** Writes this step made (apply) or would make (plan). */
  readonly writes: number;
  readonly reads: number;
  readonly fromVersion?: string | null;
  readonly diff?: string;
  readonly warnings: readonly string[];
  readonly error?: string;
  readonly skipReason?: string;
  /** Set on a clean result (planning with a `planKey`): what proves it unchanged next time. */
  readonly validators?: Validators;
}

/**
 * Brings one repository to the baseline through its resync PR. `apply: false` only reads and says what
 * it would do (with the write count, for the ETA). Every step is idempotent: the current state of the
 * branch and the PR is read first, so a repeated or resumed run never duplicates a branch, commit or PR.
 */
export async function syncRepo(repo: RepoInfo, ctx: SyncContext, apply: boolean, options: { readonly changesExpected?: boolean } = {}): Promise<RepoResult> {
  const name = fullName(repo);
  const counts = { reads: 0, writes: 0 };
  const gate = async () => {
    await ctx.gate();
    // Counted when sent, failed or not: GitHub counts it against the limit either way.
    counts.writes++;
  };
  const read = <T>(p: Promise<T>): Promise<T> => {
    counts.reads++;
    return p;
  };
  let touchesWorkflows = false;
  // A tree encoded for a commit that turns out not to be needed goes back to the pool too.
  let encodedTree: EncodedTree | undefined;
  try {
    const known = ctx.planKey === undefined ? undefined : ctx.ledger.state(name).validators;
    const validators = known?.plan === ctx.planKey ? known : undefined;
    let snapshot: TreeSnapshot;
    let headSha: string | undefined;
    let listed: Awaited<ReturnType<typeof findOpenPullIfChanged>>;
    try {
      if (apply) {
        // Writing needs the head commit and its tree as one moment: the commit is built on them.
        counts.reads++;
        const branch = await readBranch(ctx.github, repo, repo.defaultBranch);
        counts.reads++;
        snapshot = branch;
        headSha = branch.headSha;
      } else {
        // Planning reads the branch's tree by name and the PR list at once; the head commit only when a
        // change needs it. One round trip, and the listing waits for no other answer before it is planned
        // (a listing kept through a network wait outlived the young generation; issue 14).
        const [tree, pulls] = await Promise.all([
          read(readTree(ctx.github, repo, repo.defaultBranch, validators?.tree)),
          read(findOpenPullIfChanged(ctx.github, repo, RESYNC_BRANCH, validators?.pulls)),
        ]);
        // Both unchanged under the same settings: the same outcome as last time, for two free 304s.
        if (tree === undefined && pulls === undefined) {
          const { pr: open, warnings = [] } = validators!;
          return { repo: name, outcome: open ? "pr-current" : "clean", ...(open ? { pr: open } : {}), writes: 0, reads: counts.reads, warnings, validators: validators! };
        }
        // One of them changed: the other, unchanged (a free 304), is read again for its content.
        listed = pulls;
        snapshot = tree ?? (await read(readTree(ctx.github, repo, repo.defaultBranch)))!;
      }
    } catch (error) {
      // 409: a repository without commits; 404: the default branch is gone.
      if (httpStatus(error) === 409 || httpStatus(error) === 404) return { repo: name, outcome: "skipped", skipReason: "empty", writes: 0, reads: counts.reads, warnings: [] };
      throw error;
    }
    if (snapshot.truncated) {
      return failed(name, counts, "the tree has more entries than GitHub lists in one answer (100,000); this repository is too large for rollout");
    }
    // The PR list before planning (it is read either way): no network wait then keeps a plan's rendered
    // files alive, so a repository already on the baseline leaves nothing for the old generation (issue 14).
    listed ??= await read(findOpenPullIfChanged(ctx.github, repo, RESYNC_BRANCH));
    const pull = listed!.pull;
    const readBlob = (sha: string) => ctx.blobs.read(ctx.github, repo, sha, () => counts.reads++);
    // Our branch is read only when there is a change to compare it with. In a rollout's writing pass
    // (its planning pass found changes) it is read before planning, so the planned files wait for no
    // read before they are sent (issue 14).
    const readOurBranch = async () => {
      const sha = pull?.headSha ?? (await read(branchHead(ctx.github, repo, RESYNC_BRANCH)));
      if (sha === undefined) return undefined;
      const info = await read(commitInfo(ctx.github, repo, sha));
      // Only now does planning need the default branch's head: is our branch built on it?
      headSha ??= await read(branchHead(ctx.github, repo, repo.defaultBranch));
      return { sha, ...info };
    };
    const readFirst = apply && options.changesExpected ? { branch: await readOurBranch() } : undefined;
    // The writing pass takes the planning pass's plan when the default branch still has the planned tree.
    const spooled = apply ? ctx.spool?.take(name, snapshot.treeSha, ctx.treeBuffers) : undefined;
    // The planning pass encodes a tree for the spool only where no PR of ours is open: with one, the outcome
    // is often `pr-current` and the tree would be encoded only to be dropped (2,000 times in the benchmark's
    // re-run). An update to an open PR is planned again in the writing pass, as without a spool.
    const encode = apply || (ctx.spool !== undefined && pull === undefined);
    const planned: PlannedRepo = spooled ? fromSpool(ctx, name, snapshot.treeSha, spooled.meta, spooled.tree) : await planRepo(ctx, repo, snapshot, readBlob, encode);
    encodedTree = planned.tree;
    touchesWorkflows = planned.touchesWorkflows;
    const warnings = planned.warnings;
    const base = { repo: name, warnings, fromVersion: planned.fromVersion };

    if (planned.proposal === undefined) {
      if (pull) {
        if (!apply) return { ...base, outcome: "would-close", pr: pr(pull), writes: 3, reads: counts.reads };
        await closePull(ctx.github, repo, pull.number, RESYNC_BRANCH, CLOSE_COMMENT, gate);
        ctx.ledger.record({ repo: name, step: "closed", pr: pull.number });
        return finish(ctx, { ...base, outcome: "pr-closed", pr: pr(pull), writes: counts.writes, reads: counts.reads });
      }
      // Our PR from an earlier run is gone: merged (the baseline landed) or closed by a person.
      const known = ctx.ledger.state(name).pr;
      if (known?.open) {
        const merged = await read(pullWasMerged(ctx.github, repo, known.number));
        if (apply) ctx.ledger.record({ repo: name, step: merged ? "merged" : "closed", pr: known.number });
        if (merged) return finish(ctx, { ...base, outcome: "merged", pr: { number: known.number, url: known.url ?? "" }, writes: 0, reads: counts.reads }, apply);
      }
      const proof = apply ? undefined : proofOf(ctx, snapshot, listed!, warnings);
      return finish(ctx, { ...base, outcome: "clean", writes: 0, reads: counts.reads, ...(proof ? { validators: proof } : {}) }, apply);
    }

    const { summary, audit, body, desiredTree, diff } = planned.proposal;
    const branch = readFirst ? readFirst.branch : await readOurBranch();
    const branchSha = branch?.sha;
    const branchCurrent = branch !== undefined && branch.treeSha === desiredTree && branch.parents.length === 1 && branch.parents[0] === headSha;
    const textChanged = pull !== undefined && (pull.title !== PR_TITLE || pull.body !== body);
    const needed = (branchCurrent ? 0 : 3) + (pull ? (textChanged ? 1 : 0) : 1);
    const shown = { ...base, summary, audit, ...(diff ? { diff } : {}) };
    if (needed === 0) {
      // The PR list's ETag covers the PR's head, title and body; the tree's, what the change is made of.
      const proof = apply ? undefined : proofOf(ctx, snapshot, listed!, warnings, pr(pull!));
      return finish(ctx, { ...shown, outcome: "pr-current", pr: pr(pull!), writes: 0, reads: counts.reads, ...(proof ? { validators: proof } : {}) }, apply);
    }
    if (!apply) {
      if (ctx.spool && encodedTree) {
        const { tree, ...meta } = planned;
        ctx.spool.put(name, snapshot.treeSha, { meta, tree: encodedTree });
        encodedTree = undefined;
      }
      return { ...shown, outcome: pull ? "would-update" : "would-open", ...(pull ? { pr: pr(pull) } : {}), writes: needed, reads: counts.reads };
    }

    if (!branchCurrent) {
      const commit = { tree: encodedTree!, parent: headSha!, message: commitMessage(base.fromVersion, TOOL_VERSION) };
      const { commitSha } = await writeCommit(ctx.github, repo, commit, gate);
      await moveBranch(ctx.github, repo, commitSha, branchSha !== undefined, gate);
      ctx.ledger.record({ repo: name, step: "branch-written", commit: commitSha });
    }
    if (pull) {
      if (textChanged) await editPull(ctx.github, repo, pull.number, { title: PR_TITLE, body }, gate);
      ctx.ledger.record({ repo: name, step: "pr-updated", pr: pull.number, url: pull.url });
      return finish(ctx, { ...shown, outcome: "pr-updated", pr: pr(pull), writes: counts.writes, reads: counts.reads });
    }
    const opened = await openOrFind(ctx.github, repo, { branch: RESYNC_BRANCH, base: repo.defaultBranch, title: PR_TITLE, body }, gate, () => counts.reads++);
    ctx.ledger.record({ repo: name, step: "pr-opened", pr: opened.number, url: opened.url });
    return finish(ctx, { ...shown, outcome: "pr-opened", pr: opened, writes: counts.writes, reads: counts.reads });
  } catch (error) {
    return failed(name, counts, gitHubError(error, `${name}`, ctx.redactor, touchesWorkflows).message);
  } finally {
    encodedTree?.release();
  }
}

/** What a repository's plan proposes, when it changes something. */
interface Proposal {
  readonly summary: ChangeSummary;
  readonly audit: RepoAudit;
  readonly body: string;
  readonly desiredTree: string;
  readonly diff?: string;
}

/** What planning returns to the rest of the sync. */
export interface PlannedRepo {
  readonly warnings: readonly string[];
  readonly fromVersion: string | null;
  readonly touchesWorkflows: boolean;
  readonly proposal?: Proposal;
  /** The commit's tree over the snapshot, encoded (only when it is to be written or spooled, and there are changes). */
  readonly tree?: EncodedTree;
}

/** A plan as the spool keeps it: all but the tree, which it keeps as bytes. */
export type SpooledPlanMeta = Omit<PlannedRepo, "tree">;

/**
 * A plan read back from the spool, sharing what the run already holds: the writing pass's result keeps
 * its summary and audit until the report, and parsed JSON holds fresh copies of every path and count
 * (about 2 KB a repository; issue 14). The audit is the ledger's, made for the same two trees.
 */
function fromSpool(ctx: SyncContext, repo: string, treeSha: string, meta: SpooledPlanMeta, tree: EncodedTree): PlannedRepo {
  const spooled = meta.proposal;
  const key = spooled && auditKey(ctx, treeSha, spooled.desiredTree);
  const audit = key === undefined ? undefined : ctx.ledger.audit(repo, key);
  const proposal = spooled && { ...spooled, summary: internSummary(spooled.summary), audit: audit ?? spooled.audit };
  return { ...meta, proposal, tree };
}

/**
 * Resolves the options and plans the repository, and returns only what the rest of the sync needs: the
 * rendered files and the plan are dropped here, before the next network wait; a commit's files go on only
 * as its encoded tree.
 */
async function planRepo(ctx: SyncContext, repo: RepoInfo, snapshot: TreeSnapshot, readBlob: ReadBlob, encode: boolean): Promise<PlannedRepo> {
  const resolved: RemoteOptions = ctx.settings.presetOptions
    ? { options: ctx.settings.presetOptions.options, source: { kind: "config", path: ctx.settings.presetOptions.source }, warnings: [] }
    : await resolveRemoteOptions({ entries: snapshot.entries, readBlob, defaults: ctx.settings.defaults, allowCodeConfig: ctx.settings.allowCodeConfig });
  const planned = await planChanges(ctx, resolved, snapshot, readBlob);
  const warnings = [...resolved.warnings, ...planned.warnings];
  const { fromVersion, changes, summary } = planned;
  const touchesWorkflows = changes.some((c) => c.path.startsWith(".github/workflows/"));
  if (summary === undefined) return { warnings, fromVersion, touchesWorkflows };
  const desiredTree = treeShaAfter(snapshot.entries.values(), changes);
  const tree = encode ? encodeTree(snapshot.treeSha, changes, ctx.treeBuffers) : undefined;
  const audit = await auditOnce(ctx, fullName(repo), snapshot.treeSha, desiredTree, snapshot.entries, readBlob, changes);
  const body = prBody({
    summary,
    audit,
    fromVersion,
    toVersion: TOOL_VERSION,
    optionsSource: resolved.source.kind === "config" ? `\`${resolved.source.path}\`${Object.keys(ctx.settings.defaults).length > 0 ? " over the organisation defaults" : ""}` : "detected from the repository (no config committed yet; this PR adds `devops-baseline.json`)",
    defaultBranch: repo.defaultBranch,
  });
  const { diff } = planned;
  return { warnings, fromVersion, touchesWorkflows, proposal: { summary, audit, body, desiredTree, ...(diff ? { diff } : {}) }, ...(tree ? { tree } : {}) };
}

/**
 * The plan, reduced to what the sync needs once it is made: its changes and, when there are any, their
 * summary (and diff). The plan itself (every rendered file, every action) ends with this call, so it is
 * not kept alive while the audit reads and parses (an async function keeps its locals until it returns;
 * issue 14).
 */
async function planChanges(ctx: SyncContext, resolved: RemoteOptions, snapshot: TreeSnapshot, readBlob: ReadBlob): Promise<{ readonly changes: readonly TreeChange[]; readonly summary?: ChangeSummary; readonly fromVersion: string | null; readonly warnings: readonly string[]; readonly diff?: string }> {
  const plan = await planRemote({
    entries: snapshot.entries,
    options: resolved.options,
    readBlob,
    peekBlob: (sha) => ctx.blobs.peek(sha),
    flags: ctx.settings.flags,
    ...(resolved.configToAdd ? { configToAdd: resolved.configToAdd } : {}),
  });
  const fromVersion = plan.previous?.toolVersion ?? null;
  // A repository already on the baseline (most of a rollout) has nothing to summarise.
  if (plan.changes.length === 0) return { changes: plan.changes, fromVersion, warnings: plan.warnings };
  const summary = summarise(plan.changes, plan.actions, new Set(snapshot.entries.keys()));
  const diff = ctx.settings.wantDiff ? await remoteDiff(plan, snapshot.entries, readBlob) : undefined;
  return { changes: plan.changes, summary, fromVersion, warnings: plan.warnings, ...(diff ? { diff } : {}) };
}

/**
 * Both trees are content hashes, so an audit made for them holds as long as the tool version and the
 * policy do, which the plan key names: under one, the ledger keeps audits for the writing pass and for
 * later runs.
 */
async function auditOnce(ctx: SyncContext, repo: string, treeSha: string, desiredTree: string, entries: TreeSnapshot["entries"], readBlob: ReadBlob, changes: readonly TreeChange[]): Promise<RepoAudit> {
  const key = auditKey(ctx, treeSha, desiredTree);
  const known = key === undefined ? undefined : ctx.ledger.audit(repo, key);
  if (known) return known;
  // The rule catalog loads with the first repository that has changes, not with every command.
  const { auditRemote } = await import("./audit-remote.js");
  const audit = await auditRemote(entries, readBlob, ctx.settings.audit ?? {}, changes, (sha) => ctx.blobs.peek(sha));
  if (key !== undefined) ctx.ledger.recordAudit(repo, key, audit);
  return audit;
}

/** What an audit of the change from one tree to another is kept under in the ledger (none without a plan key). */
function auditKey(ctx: SyncContext, treeSha: string, desiredTree: string): string | undefined {
  return ctx.planKey === undefined ? undefined : `${ctx.planKey}:${treeSha}>${desiredTree}`;
}

/** Validators for a planning result (the tree read by branch name), with what replaying it must repeat. */
function proofOf(ctx: SyncContext, tree: TreeSnapshot, pulls: { etag: string | undefined }, warnings: readonly string[], open?: { number: number; url: string }): Validators | undefined {
  if (ctx.planKey === undefined || !tree.etag || !pulls.etag) return undefined;
  return { tree: tree.etag, pulls: pulls.etag, plan: ctx.planKey, ...(open ? { pr: open } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
}

function pr(pull: OpenPull): { number: number; url: string } {
  return { number: pull.number, url: pull.url };
}

function failed(repo: string, counts: { reads: number; writes: number }, error: string): RepoResult {
  // Not recorded as done: a resumed run tries this repository again.
  return { repo, outcome: "failed", writes: counts.writes, reads: counts.reads, warnings: [], error };
}

function finish(ctx: SyncContext, result: RepoResult, record = true): RepoResult {
  if (record) {
    ctx.ledger.record({ repo: result.repo, step: "done", outcome: result.outcome, writes: result.writes, ...(result.pr ? { pr: result.pr.number, url: result.pr.url } : {}) });
  }
  return result;
}

/** Creates the branch, or forces it; a branch that appeared since we looked (a racing run) is forced too. */
async function moveBranch(github: GitHub, repo: RepoInfo, sha: string, exists: boolean, gate: () => Promise<void>): Promise<void> {
  try {
    await pointBranch(github, repo, RESYNC_BRANCH, sha, exists, gate);
  } catch (error) {
    if (exists || httpStatus(error) !== 422) throw error;
    await pointBranch(github, repo, RESYNC_BRANCH, sha, true, gate);
  }
}

/** Opens the PR; if one appeared since we looked (GitHub answers 422), that one is ours to keep. */
async function openOrFind(
  github: GitHub,
  repo: RepoInfo,
  input: { branch: string; base: string; title: string; body: string },
  gate: () => Promise<void>,
  countRead: () => void,
): Promise<{ number: number; url: string }> {
  try {
    return await openPull(github, repo, input, gate);
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    countRead();
    const existing = await findOpenPull(github, repo, input.branch);
    if (!existing) throw error;
    return { number: existing.number, url: existing.url };
  }
}

