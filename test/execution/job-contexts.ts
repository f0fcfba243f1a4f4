// The `github` and `runner` contexts of a local run, and the variables GitHub sets for every step.
// https://docs.github.com/en/actions/reference/workflows-and-actions/contexts
import { join } from "node:path";

export function githubContext(event: string, ref: string, workspace: string, jobId: string) {
  return {
    workspace,
    event_name: event,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ""),
    sha: "0000000000000000000000000000000000000000",
    repository: "local/repository",
    repository_owner: "local",
    actor: "local-runner",
    job: jobId,
    run_id: "1",
    run_number: "1",
    run_attempt: "1",
    server_url: "https://github.com",
    api_url: "https://api.github.com",
    head_ref: event === "pull_request" ? "feature" : "",
    base_ref: event === "pull_request" ? "main" : "",
    event: { repository: { default_branch: "main" }, ...(event === "pull_request" ? { pull_request: { number: 1 } } : {}) },
  };
}

export function runnerContext(runnerTemp: string) {
  return { temp: runnerTemp, os: "Linux", arch: "X64", name: "local", tool_cache: join(runnerTemp, "tool-cache") };
}

/** The default variables of a step (GITHUB_*, RUNNER_*, CI). */
export function defaultStepEnv(github: ReturnType<typeof githubContext>, runner: ReturnType<typeof runnerContext>): Record<string, string> {
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: github.workspace,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_REF: github.ref,
    GITHUB_SHA: github.sha,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_JOB: github.job,
    GITHUB_RUN_ID: github.run_id,
    RUNNER_OS: runner.os,
    RUNNER_ARCH: runner.arch,
    RUNNER_TEMP: runner.temp,
    RUNNER_TOOL_CACHE: runner.tool_cache,
  };
}
