import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { TOOL_VERSION } from "../../version.js";
import type { Job, Workflow } from "../../workflows/model.js";
import { checkoutStep, runStep, toolNodeStep } from "../../workflows/steps.js";
import type { Component } from "../component.js";
import { imageBuilds } from "../docker/index.js";
import { imageJob, publishJob } from "./image-jobs.js";
import { perfSmokeFile } from "./perf-smoke.js";
import { job } from "./runner.js";
import { bundleBudgetJob, checksJob, integrationJob } from "./service-jobs.js";
import { appCiEnv } from "./service-containers.js";
import { servicesUnderTest } from "./stack-context.js";

export { ghcrImage, ON_DEFAULT_BRANCH } from "./image-jobs.js";
export { PERF_SMOKE, PERF_SMOKE_PATH } from "./perf-smoke.js";
export { job, RUNNER } from "./runner.js";

/** Re-renders the baseline in memory and fails on drift; the same tool version that wrote the files. */
function driftJob(): Job {
  return job("Baseline drift check", 10, [
    checkoutStep(),
    toolNodeStep(),
    runStep("check", "create-devops-baseline check", `npx --yes create-devops-baseline@${TOOL_VERSION} check`),
  ]);
}

export function ciWorkflow(options: BaselineOptions): Workflow {
  const jobs: Record<string, Job> = {};
  for (const s of servicesUnderTest(options)) {
    const checks = checksJob(s, s.role === "backend" ? appCiEnv(options) : undefined);
    if (checks) jobs[`${s.role}-checks`] = checks;
    const integration = s.role === "backend" ? integrationJob(s, options) : undefined;
    if (integration) jobs[`${s.role}-integration`] = integration;
    const budget = s.role === "frontend" ? bundleBudgetJob(s, options.frontend.bundleBudgetKb) : undefined;
    if (budget) jobs[`${s.role}-bundle`] = budget;
  }
  const builds = imageBuilds(options);
  for (const build of builds) jobs[`${build.role}-image`] = imageJob(build, options);
  jobs.drift = driftJob();
  // Publish only what passed every other job.
  const gates = Object.keys(jobs);
  for (const build of builds) jobs[`${build.role}-publish`] = publishJob(build, gates, options);
  return {
    name: "CI",
    on: { push: { branches: ["main"] }, pull_request: null, workflow_dispatch: null },
    permissions: {},
    // A new push to a pull request cancels its superseded run; runs on main always finish.
    concurrency: { group: "ci-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    defaults: { run: { shell: "bash" } },
    jobs,
  };
}

export const ci: Component = {
  name: "ci",
  description: "ci.yml: lint, type-check, tests, migration check, integration tests, k6 smoke, bundle budget, image build, GHCR push, drift check.",
  render: (options) => {
    const files: FileModel[] = [{ kind: "yaml", path: ".github/workflows/ci.yml", component: "ci", data: ciWorkflow(options) }];
    const primary = imageBuilds(options)[0];
    if (primary) files.push(perfSmokeFile(primary));
    return files;
  },
};
