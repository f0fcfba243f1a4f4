import { makeRepository } from "./make-repository.js";
import { BOT_LOGIN, makeBot, makeUser, type Urls } from "./make-user.js";
import type { CommentState, PullState, RepoState } from "./repo-state.js";

/** GitHub's `pull-request` shape (also valid as `pull-request-simple` for lists). */
export function makePullRequest(urls: Urls, repo: RepoState, pull: PullState): Record<string, unknown> {
  const base = `${urls.api}/repos/${repo.fullName}`;
  const html = `${urls.html}/${repo.fullName}/pull/${pull.number}`;
  const repository = makeRepository(urls, repo);
  const owner = repository["owner"];
  const headSha = repo.branchSha(pull.headRef) ?? pull.headSha;
  const link = (href: string) => ({ href });
  return {
    url: `${base}/pulls/${pull.number}`,
    id: pull.id,
    node_id: Buffer.from(`011:PullRequest${pull.id}`).toString("base64"),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${base}/issues/${pull.number}`,
    commits_url: `${base}/pulls/${pull.number}/commits`,
    review_comments_url: `${base}/pulls/${pull.number}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${base}/issues/${pull.number}/comments`,
    statuses_url: `${base}/statuses/${headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: makeBot(urls),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${pull.headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: headSha,
      user: owner,
      repo: repository,
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: repo.branchSha(pull.baseRef) ?? headSha,
      user: owner,
      repo: repository,
    },
    _links: {
      self: link(`${base}/pulls/${pull.number}`),
      html: link(html),
      issue: link(`${base}/issues/${pull.number}`),
      comments: link(`${base}/issues/${pull.number}/comments`),
      review_comments: link(`${base}/pulls/${pull.number}/comments`),
      review_comment: link(`${base}/pulls/comments{/number}`),
      commits: link(`${base}/pulls/${pull.number}/commits`),
      statuses: link(`${base}/statuses/${headSha}`),
    },
    author_association: "NONE",
    auto_merge: null,
    draft: pull.draft,
    merged: pull.mergedAt !== null,
    mergeable: pull.state === "open" ? true : null,
    rebaseable: pull.state === "open" ? true : null,
    mergeable_state: pull.state === "open" ? "clean" : "unknown",
    merged_by: pull.mergedAt === null ? null : makeUser(urls, BOT_LOGIN, "Bot"),
    comments: repo.comments.get(pull.number)?.length ?? 0,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** GitHub's `issue-comment` shape. */
export function makeIssueComment(urls: Urls, repo: RepoState, number: number, comment: CommentState) {
  const base = `${urls.api}/repos/${repo.fullName}`;
  return {
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString("base64"),
    url: `${base}/issues/comments/${comment.id}`,
    html_url: `${urls.html}/${repo.fullName}/pull/${number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: makeBot(urls),
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    issue_url: `${base}/issues/${number}`,
    author_association: "NONE",
  };
}
