export { startGitHubServer } from "./start-github-server.js";
export type {
  GitHubServer,
  GitHubServerOptions,
  Interceptor,
  InterceptedRequest,
  Violation,
} from "./start-github-server.js";
export type { RequestCounts } from "./count-requests.js";
export type { LimitOptions } from "./rate-limit.js";
export type { AddRepoOptions, CheckRunSpec, CiReport, CommitStatusSpec, FileSpec, PullState, PushOptions, RepoState } from "./repo-state.js";
export { blobSha } from "./git-objects.js";
export { loadOpenApi } from "./load-openapi.js";
