import type { SarifUpload } from "./routes-code-scanning.js";
import { applyTreeEdits, findEntry, listTree, type ListedEntry, type TreeEdit } from "./edit-tree.js";
import type { CommitObject, EntryMode, ObjectStore, Signature } from "./git-objects.js";

export type FileSpec = string | Buffer | { readonly content: string | Buffer; readonly mode?: "100644" | "100755" };

export interface AddRepoOptions {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch?: string;
  readonly files?: Readonly<Record<string, FileSpec>>;
  readonly topics?: readonly string[];
  readonly archived?: boolean;
  readonly fork?: boolean;
  readonly private?: boolean;
  /** A repository without any commit or branch (GitHub answers 409 for its git data). */
  readonly empty?: boolean;
  readonly description?: string;
  /** The primary language GitHub would report (`language:` in search). */
  readonly language?: string;
  /** The owner's account type; default "Organization" (`/orgs/...` routes answer 404 for users). */
  readonly ownerType?: "User" | "Organization";
}

export interface PullState {
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  readonly draft: boolean;
  readonly headOwner: string;
  readonly headRef: string;
  headSha: string;
  baseRef: string;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  readonly maintainerCanModify: boolean;
}

/** A check run as CI reports it on a commit (the GitHub Checks API). */
export interface CheckRunSpec {
  readonly name: string;
  readonly status: "queued" | "in_progress" | "completed";
  /** Set when `status` is `completed`. */
  readonly conclusion?: "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required";
}

/** A commit status (the older Statuses API, which the combined status sums up). */
export interface CommitStatusSpec {
  readonly context: string;
  readonly state: "error" | "failure" | "pending" | "success";
}

/** What CI reported on one commit. */
export interface CiReport {
  readonly checkRuns?: readonly CheckRunSpec[];
  readonly statuses?: readonly CommitStatusSpec[];
}

export interface CommentState {
  readonly id: number;
  readonly body: string;
  readonly createdAt: string;
}

export interface PushOptions {
  readonly branch?: string;
  readonly files?: Readonly<Record<string, FileSpec>>;
  readonly delete?: readonly string[];
  readonly message?: string;
}

/** ISO 8601 as GitHub prints it: seconds precision, `Z`. */
export function isoSeconds(date: Date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export const SEED_AUTHOR = { name: "Seed", email: "seed@example.com" } as const;

/** One repository: refs, pulls and comments over the server-wide object store. */
export class RepoState {
  readonly refs = new Map<string, string>();
  readonly pulls: PullState[] = [];
  readonly comments = new Map<number, CommentState[]>();
  /** SARIF uploads to code scanning, in order. */
  readonly sarifs: SarifUpload[] = [];
  /** CI results by commit SHA; see `reportCi`. */
  readonly ci = new Map<string, CiReport>();
  readonly createdAt = isoSeconds();
  pushedAt = this.createdAt;
  updatedAt = this.createdAt;
  readonly owner: string;
  readonly name: string;
  readonly ownerType: "User" | "Organization";
  defaultBranch: string;
  topics: string[];
  archived: boolean;
  readonly fork: boolean;
  readonly private: boolean;
  readonly description: string | null;
  readonly language: string | null;
  private nextNumber = 1;

  constructor(
    readonly store: ObjectStore,
    readonly id: number,
    options: AddRepoOptions,
    private readonly nextId: () => number,
  ) {
    this.owner = options.owner;
    this.name = options.name;
    this.ownerType = options.ownerType ?? "Organization";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.topics = [...(options.topics ?? [])];
    this.archived = options.archived ?? false;
    this.fork = options.fork ?? false;
    this.private = options.private ?? false;
    this.description = options.description ?? null;
    this.language = options.language ?? null;
    if (!options.empty) this.push({ files: options.files ?? {}, message: "Initial commit" });
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  get isEmpty(): boolean {
    return this.refs.size === 0;
  }

  /** Resolves a branch name, `heads/x`, `refs/heads/x` or a commit SHA to a commit SHA. */
  resolveCommit(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref) && this.store.commit(ref)) return ref;
    const name = ref.replace(/^refs\//, "").replace(/^heads\//, "");
    return this.refs.get(`refs/heads/${name}`) ?? this.refs.get(`refs/${ref.replace(/^refs\//, "")}`);
  }

  allocateNumber(): number {
    return this.nextNumber++;
  }

  allocateId(): number {
    return this.nextId();
  }

  touch(): void {
    this.updatedAt = this.pushedAt = isoSeconds();
  }

  // --- helpers for tests: read state and simulate people working in the repository ---

  /**
   * Tags a commit (default: the default branch's head) as `git tag` does: lightweight, or annotated
   * (`git tag -a`, the ref then names a tag object). Moving an existing tag is allowed, as a force-push is.
   */
  tag(name: string, options: { sha?: string; annotated?: boolean; message?: string } = {}): { ref: string; commit: string } {
    const commit = options.sha ?? this.branchSha(this.defaultBranch);
    if (!commit || !this.store.commit(commit)) throw new Error(`${this.fullName}: no commit ${commit ?? "on the default branch"} to tag`);
    const ref = options.annotated
      ? this.store.putTag({ tag: name, object: commit, type: "commit", message: options.message ?? `Release ${name}\n`, tagger: { ...SEED_AUTHOR, date: isoSeconds() } }).sha
      : commit;
    this.refs.set(`refs/tags/${name}`, ref);
    return { ref, commit };
  }

  /** Simulates CI reporting on a commit (a branch name or SHA); replaces what it reported before. */
  reportCi(ref: string, report: CiReport): void {
    const sha = this.resolveCommit(ref);
    if (sha === undefined) throw new Error(`unknown ref ${ref} in ${this.fullName}`);
    this.ci.set(sha, report);
  }

  branches(): string[] {
    return [...this.refs.keys()].filter((ref) => ref.startsWith("refs/heads/")).map((ref) => ref.slice(11));
  }

  branchSha(branch: string): string | undefined {
    return this.refs.get(`refs/heads/${branch}`);
  }

  tree(ref: string = this.defaultBranch): ListedEntry[] {
    const commit = this.commitAt(ref);
    return commit ? listTree(this.store, commit.tree, true) : [];
  }

  /** All files at a ref as UTF-8 text, keyed by path. */
  files(ref: string = this.defaultBranch): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of this.tree(ref)) {
      if (entry.type === "blob") out[entry.path] = this.store.blob(entry.sha)!.toString("utf8");
    }
    return out;
  }

  file(path: string, ref: string = this.defaultBranch): string | undefined {
    const commit = this.commitAt(ref);
    const entry = commit && findEntry(this.store, commit.tree, path);
    return entry?.type === "blob" ? this.store.blob(entry.sha)!.toString("utf8") : undefined;
  }

  mode(path: string, ref: string = this.defaultBranch): EntryMode | undefined {
    const commit = this.commitAt(ref);
    return commit ? findEntry(this.store, commit.tree, path)?.mode : undefined;
  }

  /** First-parent history of a ref, newest first. */
  commits(ref: string = this.defaultBranch): CommitObject[] {
    const out: CommitObject[] = [];
    for (let commit = this.commitAt(ref); commit; commit = this.store.commit(commit.parents[0] ?? "")) {
      out.push(commit);
    }
    return out;
  }

  commitAt(ref: string): CommitObject | undefined {
    const sha = this.resolveCommit(ref);
    return sha === undefined ? undefined : this.store.commit(sha);
  }

  pullComments(number: number): string[] {
    return (this.comments.get(number) ?? []).map((comment) => comment.body);
  }

  /** Commits files (and deletions) on top of a branch, starting it from the default branch if new. */
  push(options: PushOptions): string {
    const branch = options.branch ?? this.defaultBranch;
    const parent = this.branchSha(branch) ?? this.branchSha(this.defaultBranch);
    const edits: TreeEdit[] = Object.entries(options.files ?? {}).map(([path, spec]) => {
      const content = typeof spec === "string" || Buffer.isBuffer(spec) ? spec : spec.content;
      const mode = typeof spec === "object" && !Buffer.isBuffer(spec) ? (spec.mode ?? "100644") : "100644";
      return { path, mode, type: "blob", sha: this.store.putBlob(content) };
    });
    for (const path of options.delete ?? []) edits.push({ path, mode: "100644", type: "blob", sha: null });
    const baseTree = parent === undefined ? undefined : this.store.commit(parent)!.tree;
    const tree = applyTreeEdits(this.store, baseTree, edits);
    const signature: Signature = { ...SEED_AUTHOR, date: isoSeconds() };
    const commit = this.store.putCommit({
      tree,
      parents: parent === undefined ? [] : [parent],
      message: options.message ?? "Update files",
      author: signature,
      committer: signature,
    });
    this.refs.set(`refs/heads/${branch}`, commit.sha);
    this.touch();
    return commit.sha;
  }

  /** Merges an open pull request with a merge commit, as the "Merge" button would. */
  mergePull(number: number): string {
    const pull = this.pulls.find((candidate) => candidate.number === number);
    if (!pull || pull.state !== "open") throw new Error(`pull #${number} is not open`);
    const base = this.branchSha(pull.baseRef)!;
    const head = this.branchSha(pull.headRef) ?? pull.headSha;
    const signature: Signature = { ...SEED_AUTHOR, date: isoSeconds() };
    const commit = this.store.putCommit({
      tree: this.store.commit(head)!.tree,
      parents: [base, head],
      message: `Merge pull request #${number} from ${pull.headOwner}/${pull.headRef}`,
      author: signature,
      committer: signature,
    });
    this.refs.set(`refs/heads/${pull.baseRef}`, commit.sha);
    Object.assign(pull, {
      state: "closed",
      headSha: head,
      mergedAt: signature.date,
      closedAt: signature.date,
    });
    pull.mergeCommitSha = commit.sha;
    this.touch();
    return commit.sha;
  }
}
