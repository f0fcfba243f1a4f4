export { createGitHubClient, type GitHub, type GitHubClientOptions, type LogSink } from "./client.js";
export { AUTH_HELP, createSession, resolveAuth, type AuthConfig, type AuthFlags, type GitHubSession, type Identity } from "./auth.js";
export { gitHubError, httpStatus, isWorkflowPermissionError, WORKFLOW_TOKEN_HELP } from "./errors.js";
export { BlobReader, fullName, getRepoInfo, readBranch, toRepoInfo, type BranchSnapshot, type RepoInfo, type RepoRef } from "./read-repo.js";
export { createRedactor, redactValue, type Redactor } from "./redact.js";
export { treeShaAfter, type TreeChange, type TreeEntry } from "./tree-sha.js";
export * from "./write-changes.js";
