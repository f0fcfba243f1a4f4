import type { GitHub } from "./client.js";
import { readIfChanged } from "./conditional.js";
import { httpStatus } from "./errors.js";
import type { RepoRef } from "./read-repo.js";
import type { EncodedTree } from "./encode-tree.js";

/** Every content-creating request waits here first: the caller's write budget (GitHub's secondary limits). */
export type WriteGate = () => Promise<void>;

export interface OpenPull {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly body: string;
  readonly headSha: string;
}

/** One read: the open pull request whose head is our branch in the same repository, if any. */
export async function findOpenPull(github: GitHub, repo: RepoRef, branch: string): Promise<OpenPull | undefined> {
  return (await findOpenPullIfChanged(github, repo, branch))!.pull;
}

/** {@link findOpenPull} as a conditional read: `undefined` when the list is as it was at `etag` (a free 304). */
export async function findOpenPullIfChanged(github: GitHub, repo: RepoRef, branch: string, etag?: string): Promise<{ pull: OpenPull | undefined; etag: string | undefined } | undefined> {
  const list = await readIfChanged(etag, (headers) => github.rest.pulls.list({ owner: repo.owner, repo: repo.name, state: "open", head: `${repo.owner}:${branch}`, per_page: 10, headers }));
  if (list === undefined) return undefined;
  // Filter again: a fork's PR from a same-named branch is not ours.
  const pull = list.data.find((p) => p.head.ref === branch && p.head.repo?.full_name?.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase());
  return { pull: pull && { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? "", headSha: pull.head.sha }, etag: list.etag };
}

/** One read; `undefined` when the branch does not exist (asked as a prefix match, so absence is a 200, not a logged 404). */
export async function branchHead(github: GitHub, repo: RepoRef, branch: string): Promise<string | undefined> {
  const { data } = await github.rest.git.listMatchingRefs({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  return data.find((r) => r.ref === `refs/heads/${branch}`)?.object.sha;
}

export async function commitInfo(github: GitHub, repo: RepoRef, sha: string): Promise<{ treeSha: string; parents: string[] }> {
  const { data } = await github.rest.git.getCommit({ owner: repo.owner, repo: repo.name, commit_sha: sha });
  return { treeSha: data.tree.sha, parents: data.parents.map((p) => p.sha) };
}

/**
 * Two writes: one tree with every file inline (no blob per file) over the base tree, and one commit.
 * The tree comes encoded (`encodeTree`), and its buffer is given back once GitHub has it.
 */
export async function writeCommit(github: GitHub, repo: RepoRef, input: { tree: EncodedTree; parent: string; message: string }, gate: WriteGate): Promise<{ treeSha: string; commitSha: string }> {
  await gate();
  // The bytes go as they are: Octokit sends a body that is not a plain object unchanged (its own serializer
  // would make two more copies of the largest request of a rollout).
  const created = await github.rest.git
    .createTree({ owner: repo.owner, repo: repo.name, data: input.tree.bytes } as unknown as Parameters<GitHub["rest"]["git"]["createTree"]>[0])
    .finally(() => input.tree.release());
  await gate();
  const commit = await github.rest.git.createCommit({ owner: repo.owner, repo: repo.name, message: input.message, tree: created.data.sha, parents: [input.parent] });
  return { treeSha: created.data.sha, commitSha: commit.data.sha };
}

/** One write: create the branch, or force it onto the rebuilt commit. */
export async function pointBranch(github: GitHub, repo: RepoRef, branch: string, sha: string, exists: boolean, gate: WriteGate): Promise<void> {
  await gate();
  if (exists) await github.rest.git.updateRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}`, sha, force: true });
  else await github.rest.git.createRef({ owner: repo.owner, repo: repo.name, ref: `refs/heads/${branch}`, sha });
}

export async function openPull(
  github: GitHub,
  repo: RepoRef,
  input: { branch: string; base: string; title: string; body: string },
  gate: WriteGate,
): Promise<{ number: number; url: string }> {
  await gate();
  const { data } = await github.rest.pulls.create({ owner: repo.owner, repo: repo.name, head: input.branch, base: input.base, title: input.title, body: input.body });
  return { number: data.number, url: data.html_url };
}

export async function editPull(github: GitHub, repo: RepoRef, number: number, input: { title: string; body: string }, gate: WriteGate): Promise<void> {
  await gate();
  await github.rest.pulls.update({ owner: repo.owner, repo: repo.name, pull_number: number, title: input.title, body: input.body });
}

/** Three writes: say why, close, and remove the branch so a later change starts clean. */
export async function closePull(github: GitHub, repo: RepoRef, number: number, branch: string, comment: string, gate: WriteGate): Promise<void> {
  await gate();
  await github.rest.issues.createComment({ owner: repo.owner, repo: repo.name, issue_number: number, body: comment });
  await gate();
  await github.rest.pulls.update({ owner: repo.owner, repo: repo.name, pull_number: number, state: "closed" });
  await gate();
  try {
    await github.rest.git.deleteRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` });
  } catch (error) {
    // Someone deleted it already: the goal is reached.
    if (httpStatus(error) !== 404 && httpStatus(error) !== 422) throw error;
  }
}

/** One read, used only when a repo we opened a PR for is clean again: merged or closed by hand? */
export async function pullWasMerged(github: GitHub, repo: RepoRef, number: number): Promise<boolean> {
  const { data } = await github.rest.pulls.get({ owner: repo.owner, repo: repo.name, pull_number: number });
  return data.merged_at !== null && data.merged_at !== undefined;
}
