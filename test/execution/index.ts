// The execution harness: proof by execution for generated CI workflows and Dockerfiles (issue 11).
// See README.md in this folder for what runs for real, what is skipped, and the limits.
export { runWorkflow, runWorkflowJob } from "./workflow-runner.js";
export type { JobResult, StepResult, WorkflowRunOptions, WorkflowRunResult } from "./workflow-runner.js";
export { isImageJob, nonImageJobIds, parseWorkflow } from "./workflow-model.js";
export { execImage, runImage } from "./image-runner.js";
export type { ImageExecResult, ImageRunOptions, ImageRunResult, RunningImage } from "./image-runner.js";
export { layoutImage } from "./image-layout.js";
export type { ImageLayout } from "./image-layout.js";
export { freePort, startPostgres, startRedis, startServices } from "./services.js";
export { evaluateExpression, interpolate, UnsupportedExpressionError } from "./expressions.js";
