// Runs jobs of a workflow on this machine as GitHub would on ubuntu: `run:` steps in order with
// their shell, working directory, env and `${{ }}` expressions; GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY;
// simple `if:`; `needs:` order; services from local binaries; setup-* actions from the local
// toolchain. A failing step is data (in the result); only a construct we cannot emulate throws.
import { execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { evaluateCondition, interpolate, type ExpressionContext } from "./expressions.js";
import { hostEnv } from "./host-env.js";
import { defaultStepEnv, githubContext, runnerContext } from "./job-contexts.js";
import { npmCiCacheShim } from "./npm-ci-cache.js";
import { killGroupAndWait, newLogFile } from "./processes.js";
import { commandFiles, runRunStep } from "./run-step.js";
import { startServices, type StartedService } from "./services.js";
import { EMULATED_ACTIONS, runAction } from "./setup-actions.js";
import { writeExecutable } from "./toolchain.js";
import {
  firstMatrixCombination,
  needsOf,
  orderJobs,
  parseWorkflow,
  type Workflow,
  type WorkflowJob,
} from "./workflow-model.js";

export interface WorkflowRunOptions {
  /** The repository folder; each job gets a fresh copy of it unless `inPlace`. */
  readonly repoDir: string;
  /** Run the steps in `repoDir` itself instead of a copy (faster; the run's files stay behind). */
  readonly inPlace?: boolean;
  /** `github.event_name`; default `pull_request`. */
  readonly event?: string;
  /** `github.ref`; default `refs/pull/1/merge` for pull_request, else `refs/heads/main`. */
  readonly ref?: string;
  readonly matrix?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly secrets?: Readonly<Record<string, string>>;
  /** Extra variables for every step (below the workflow's own env). */
  readonly env?: Readonly<Record<string, string>>;
  /** Steps' output is appended here; default a file in the OS temp folder (see `logFile` in the result). */
  readonly logFile?: string;
  /** Upper bound per step, on top of the workflow's `timeout-minutes`. */
  readonly stepTimeoutMs?: number;
  readonly tailChars?: number;
  /**
   * Where setup-python's virtualenv lives. Default: a fresh one per job, as on GitHub. A folder that
   * survives jobs makes a second run with the same dependencies skip the downloads (pip still runs).
   */
  readonly pythonVenvDir?: string;
  /**
   * `npx` calls of these packages (`name` or `name@version`) run this local folder or tarball instead
   * of the registry's: the drift job's `npx create-devops-baseline@<version> check` can then run the
   * build under test before that version is published. Listed in the job's notes.
   */
  readonly npxPackages?: Readonly<Record<string, string>>;
  /** Keep the temp folders (workspace copy, runner temp) for debugging. */
  readonly keepTemp?: boolean;
  /**
   * `npm ci` runs for real once per package-lock.json (and arguments), then later ones link that
   * install from this folder (npm-ci-cache.ts; e.g. NPM_CI_CACHE). Listed in the job's notes.
   */
  readonly npmCiCache?: string;
}

export type StepStatus = "passed" | "failed" | "skipped";

export interface StepResult {
  readonly name: string;
  readonly id?: string;
  readonly kind: "run" | "uses";
  readonly uses?: string;
  readonly status: StepStatus;
  /** `continue-on-error: true`: a failure here does not fail the job. */
  readonly continueOnError: boolean;
  readonly exitCode: number | null;
  readonly outputTail: string;
  readonly durationMs: number;
  /** What the runner did instead of an action, why a step was skipped, or why it failed before running. */
  readonly note?: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** `::error::`/`::warning::`/`::notice::` lines the step printed. */
  readonly annotations: readonly string[];
}

export interface JobResult {
  readonly id: string;
  readonly name: string;
  readonly status: "passed" | "failed" | "skipped";
  readonly steps: readonly StepResult[];
  /** `uses:` steps that were not emulated (cache, docker, upload-artifact, codeql, …). */
  readonly skippedActions: readonly string[];
  /** Why the job did not run its steps (service failed to start, needs failed, `if:` false). */
  readonly error?: string;
  readonly notes: readonly string[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly durationMs: number;
  /** Where every step's output was streamed. */
  readonly logFile: string;
}

export interface WorkflowRunResult {
  readonly passed: boolean;
  readonly jobs: readonly JobResult[];
  readonly logFile: string;
}

function stringRecord(values: Readonly<Record<string, unknown>> | undefined, context: () => ExpressionContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    out[key] = interpolate(value === null || value === undefined ? "" : String(value), context());
  }
  return out;
}

interface JobRunInput {
  readonly workflow: Workflow;
  readonly jobId: string;
  readonly options: WorkflowRunOptions;
  readonly logFile: string;
  readonly needs: Readonly<Record<string, { result: string; outputs: Record<string, string> }>>;
}

function header(logFile: string, text: string): void {
  appendFileSync(logFile, `\n===== ${text} =====\n`);
}

async function runJob(input: JobRunInput): Promise<JobResult> {
  const root = mkdtempSync(join(tmpdir(), `wf-${input.jobId}-`));
  try {
    return await runJobIn(root, input);
  } finally {
    if (!input.options.keepTemp) rmSync(root, { recursive: true, force: true });
  }
}

async function runJobIn(root: string, input: JobRunInput): Promise<JobResult> {
  const { workflow, jobId, options, logFile } = input;
  const job: WorkflowJob = workflow.jobs[jobId]!;
  const started = Date.now();
  const name = job.name ?? jobId;
  if (job.uses) throw new Error(`job '${jobId}' calls a reusable workflow (${job.uses}): not emulated`);
  if (job.container) throw new Error(`job '${jobId}' runs in a container: not emulated`);

  const event = options.event ?? "pull_request";
  const ref = options.ref ?? (event === "pull_request" ? "refs/pull/1/merge" : "refs/heads/main");
  const runnerTemp = join(root, "runner-temp");
  mkdirSync(runnerTemp, { recursive: true });
  const workspace = options.inPlace ? resolve(options.repoDir) : join(root, "workspace", basename(resolve(options.repoDir)));
  if (!options.inPlace) {
    cpSync(resolve(options.repoDir), workspace, {
      recursive: true,
      filter: (src) => !/(^|\/)(node_modules|\.venv|__pycache__)$/.test(src),
    });
  }

  const github = githubContext(event, ref, workspace, jobId);
  const runner = runnerContext(runnerTemp);
  const matrix = options.matrix?.[jobId] ?? firstMatrixCombination(jobId, job.strategy?.matrix);
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const jobContext: { status: string; services: Record<string, { ports: Record<string, string> }> } = { status: "success", services: {} };
  let fileEnv: Record<string, string> = {};
  let envContext: Record<string, string> = {};
  let jobStatus: "success" | "failure" = "success";
  const extraPath: string[] = [];
  const context = (): ExpressionContext => ({
    jobStatus,
    contexts: { github, runner, matrix, steps, env: envContext, secrets: options.secrets ?? {}, job: jobContext, needs: input.needs, strategy: {} },
  });

  // Job-level `if:` (the needs' results fold into the implicit success()).
  const needsFailed = Object.values(input.needs).some((need) => need.result !== "success");
  jobStatus = needsFailed ? "failure" : "success";
  const runIt = evaluateCondition(job.if, context());
  jobStatus = "success";
  const results: StepResult[] = [];
  const skippedActions: string[] = [];
  const notes: string[] = [];
  const finish = (status: JobResult["status"], error?: string, outputs: Record<string, string> = {}, summary = ""): JobResult => {
    return { id: jobId, name, status, steps: results, skippedActions, error, notes, outputs, summary, durationMs: Date.now() - started, logFile };
  };
  if (!runIt) return finish("skipped", needsFailed ? "a needed job did not succeed" : `if: ${String(job.if)} is false`);

  header(logFile, `job ${jobId} (${name})`);
  const workflowEnv = stringRecord(workflow.env, context);
  envContext = { ...workflowEnv };
  const jobEnv = stringRecord(job.env, context);
  envContext = { ...workflowEnv, ...jobEnv };

  let services: StartedService[] = [];
  const leftovers: ChildProcess[] = [];
  try {
    services = await startServices(stringServices(job.services, context), logFile);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    appendFileSync(logFile, `[harness] ${message}\n`);
    return finish("failed", message);
  }
  for (const service of services) {
    jobContext.services[service.id] = { ports: { ...service.ports } };
    notes.push(...service.notes.map((note) => `service ${service.id}: ${note}`));
  }

  if (options.npxPackages && Object.keys(options.npxPackages).length > 0) {
    extraPath.push(npxRedirect(runnerTemp, options.npxPackages));
    notes.push(`npx ${Object.entries(options.npxPackages).map(([name, path]) => `${name} → ${path}`).join(", ")}`);
  }
  if (options.npmCiCache) {
    extraPath.push(npmCiCacheShim(runnerTemp, options.npmCiCache));
    notes.push(`npm ci: once per package-lock.json, later installs hard-linked from ${options.npmCiCache}`);
  }
  const summaryFile = join(runnerTemp, "step-summary.md");
  const deadline = Date.now() + (job["timeout-minutes"] ?? 360) * 60_000;
  try {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepName = step.name !== undefined ? interpolate(step.name, context()) : step.run !== undefined ? `Run ${step.run.split("\n")[0]}` : `Run ${step.uses ?? "?"}`;
      const stepStarted = Date.now();
      const continueOnError = step["continue-on-error"] === true || step["continue-on-error"] === "true";
      const record = (result: Omit<StepResult, "name" | "id" | "kind" | "uses" | "continueOnError" | "durationMs">) => {
        const full: StepResult = {
          name: stepName,
          id: step.id,
          kind: step.run !== undefined ? "run" : "uses",
          uses: step.uses,
          continueOnError,
          durationMs: Date.now() - stepStarted,
          ...result,
        };
        results.push(full);
        if (step.id) {
          const outcome = full.status === "passed" ? "success" : full.status === "failed" ? "failure" : "skipped";
          steps[step.id] = { outputs: { ...full.outputs }, outcome, conclusion: continueOnError && outcome === "failure" ? "success" : outcome };
        }
        if (full.status === "failed" && !continueOnError) {
          jobStatus = "failure";
          jobContext.status = "failure";
        }
      };

      if (!evaluateCondition(step.if, context())) {
        record({ status: "skipped", exitCode: null, outputTail: "", outputs: {}, annotations: [], note: `if: ${String(step.if ?? "success()")} is false` });
        continue;
      }
      envContext = { ...fileEnv, ...workflowEnv, ...jobEnv };
      const stepEnv = stringRecord(step.env, context);
      envContext = { ...fileEnv, ...workflowEnv, ...jobEnv, ...stepEnv };
      const pathPrefix = [...extraPath].reverse();
      const files = commandFiles(runnerTemp, index);
      const env: Record<string, string> = { ...hostEnv(), ...(options.env ?? {}), ...defaultStepEnv(github, runner), ...files, ...envContext };
      env.PATH = [...pathPrefix, env.PATH].join(":");
      header(logFile, `job ${jobId} · step ${step.id ?? index}: ${stepName}`);

      if (step.uses !== undefined) {
        const action = step.uses.split("@")[0]!;
        if (!EMULATED_ACTIONS.has(action)) {
          // Cache, docker, upload-artifact, codeql, …: listed, not run; their inputs (hashFiles(), …) are not evaluated.
          skippedActions.push(step.uses);
          appendFileSync(logFile, `[harness] ${step.uses}: not emulated, skipped\n`);
          record({ status: "skipped", exitCode: null, outputTail: "", outputs: {}, annotations: [], note: "action not emulated: skipped" });
          continue;
        }
        const inputs = stringRecord(step.with, context);
        const outcome = await runAction({
          action,
          inputs,
          workspace,
          runnerTemp,
          pythonVenvDir: options.pythonVenvDir,
          path: env.PATH,
          addPath: (dir) => extraPath.push(dir),
          setEnv: (key, value) => {
            fileEnv = { ...fileEnv, [key]: value };
          },
        });
        appendFileSync(logFile, `[harness] ${action}: ${outcome.status}: ${outcome.note}\n`);
        record({ status: outcome.status, exitCode: null, outputTail: outcome.note, outputs: { ...(outcome.outputs ?? {}) }, annotations: [], note: outcome.note });
        continue;
      }
      if (step.run === undefined) throw new Error(`job '${jobId}' step ${index}: neither run nor uses`);

      const timeouts = [deadline - Date.now(), options.stepTimeoutMs, step["timeout-minutes"] === undefined ? undefined : step["timeout-minutes"] * 60_000];
      const outcome = await runRunStep({
        workflow,
        job,
        step: { ...step, run: step.run },
        index,
        workspace,
        runnerTemp,
        env,
        files,
        context,
        logFile,
        timeoutMs: Math.max(1000, Math.min(...timeouts.filter((t): t is number => t !== undefined))),
        tailChars: options.tailChars ?? 4000,
        onSpawn: (child) => leftovers.push(child),
      });
      fileEnv = { ...fileEnv, ...outcome.env };
      extraPath.push(...outcome.path);
      if (outcome.summary) appendFileSync(summaryFile, outcome.summary);
      record(outcome);
    }
  } finally {
    for (const child of leftovers) await killGroupAndWait(child);
    for (const service of services) await service.stop();
  }
  envContext = { ...fileEnv, ...workflowEnv, ...jobEnv };
  const outputs = stringRecord(job.outputs, context);
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "";
  return finish(jobStatus === "success" ? "passed" : "failed", undefined, outputs, summary);
}

/** An `npx` in front of the real one that swaps `name[@version]` arguments for local paths. */
function npxRedirect(runnerTemp: string, packages: Readonly<Record<string, string>>): string {
  const real = execFileSync("bash", ["-c", "command -v npx"], { env: { ...process.env, PATH: hostEnv().PATH } }).toString().trim();
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
  const cases = Object.entries(packages)
    .map(([name, path]) => `    ${quote(name)}|${quote(name)}@*) set -- "$@" ${quote(path)} ;;`)
    .join("\n");
  const dir = join(runnerTemp, "shims", "npx");
  writeExecutable(
    join(dir, "npx"),
    `#!/bin/sh\nfor arg; do\n  shift\n  case "$arg" in\n${cases}\n    *) set -- "$@" "$arg" ;;\n  esac\ndone\nexec ${quote(real)} "$@"\n`,
  );
  return dir;
}

function stringServices(services: WorkflowJob["services"], context: () => ExpressionContext) {
  const out: Record<string, { image: string; env: Record<string, string>; ports?: (string | number)[]; options?: string }> = {};
  for (const [id, spec] of Object.entries(services ?? {})) {
    out[id] = {
      image: interpolate(spec.image, context()),
      env: stringRecord(spec.env, context),
      ports: spec.ports?.map((port) => interpolate(String(port), context())),
      options: spec.options,
    };
  }
  return out;
}

/** Runs one job of a workflow (its `needs` are treated as succeeded). */
export async function runWorkflowJob(workflowText: string, jobId: string, options: WorkflowRunOptions): Promise<JobResult> {
  const workflow = parseWorkflow(workflowText);
  if (!workflow.jobs[jobId]) throw new Error(`no job '${jobId}' (jobs: ${Object.keys(workflow.jobs).join(", ")})`);
  const logFile = options.logFile ?? newLogFile(`workflow-${jobId}`);
  const needs = Object.fromEntries(needsOf(workflow.jobs[jobId]!).map((id) => [id, { result: "success", outputs: {} }]));
  return runJob({ workflow, jobId, options, logFile, needs });
}

/** Runs several jobs (default: all) in `needs:` order, one at a time; a job whose needs failed is skipped. */
export async function runWorkflow(
  workflowText: string,
  options: WorkflowRunOptions & { readonly jobs?: readonly string[] },
): Promise<WorkflowRunResult> {
  const workflow = parseWorkflow(workflowText);
  const order = orderJobs(workflow, options.jobs ?? Object.keys(workflow.jobs));
  const logFile = options.logFile ?? newLogFile("workflow");
  const jobs: JobResult[] = [];
  for (const jobId of order) {
    const needs = Object.fromEntries(
      needsOf(workflow.jobs[jobId]!).map((id) => {
        const done = jobs.find((job) => job.id === id)!;
        const result = done.status === "passed" ? "success" : done.status === "skipped" ? "skipped" : "failure";
        return [id, { result, outputs: { ...done.outputs } }];
      }),
    );
    jobs.push(await runJob({ workflow, jobId, options, logFile, needs }));
  }
  return { passed: jobs.every((job) => job.status !== "failed"), jobs, logFile };
}
