// The parts of a workflow file that the local runner reads, as GitHub spells them.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
import { parse } from "yaml";
import type { ServiceSpec } from "./services.js";

export interface RunDefaults {
  readonly run?: { readonly shell?: string; readonly "working-directory"?: string };
}

export interface WorkflowStep {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string | boolean;
  readonly uses?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly run?: string;
  readonly shell?: string;
  readonly "working-directory"?: string;
  readonly env?: Readonly<Record<string, unknown>>;
  readonly "continue-on-error"?: boolean | string;
  readonly "timeout-minutes"?: number;
}

export interface WorkflowJob {
  readonly name?: string;
  readonly "runs-on"?: unknown;
  readonly needs?: string | readonly string[];
  readonly if?: string | boolean;
  readonly env?: Readonly<Record<string, unknown>>;
  readonly defaults?: RunDefaults;
  readonly services?: Readonly<Record<string, ServiceSpec>>;
  readonly container?: unknown;
  readonly strategy?: { readonly matrix?: unknown };
  readonly outputs?: Readonly<Record<string, string>>;
  readonly steps?: readonly WorkflowStep[];
  readonly uses?: string;
  readonly "timeout-minutes"?: number;
}

export interface Workflow {
  readonly name?: string;
  readonly env?: Readonly<Record<string, unknown>>;
  readonly defaults?: RunDefaults;
  readonly jobs: Readonly<Record<string, WorkflowJob>>;
}

export function parseWorkflow(text: string): Workflow {
  const doc = parse(text) as Workflow | null;
  if (!doc || typeof doc !== "object" || !doc.jobs || typeof doc.jobs !== "object") {
    throw new Error("not a workflow: no `jobs:` mapping");
  }
  return doc;
}

export function needsOf(job: WorkflowJob): string[] {
  if (job.needs === undefined) return [];
  return typeof job.needs === "string" ? [job.needs] : [...job.needs];
}

/** Orders jobs so that each comes after the jobs it needs; throws on an unknown or cyclic `needs`. */
export function orderJobs(workflow: Workflow, selected: readonly string[]): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, from?: string) => {
    const job = workflow.jobs[id];
    if (!job) throw new Error(`job '${id}'${from ? ` (needed by '${from}')` : ""} is not in the workflow (jobs: ${Object.keys(workflow.jobs).join(", ")})`);
    if (!selected.includes(id)) throw new Error(`job '${from}' needs '${id}', which is not among the jobs to run: add it`);
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") throw new Error(`cyclic needs through '${id}'`);
    state.set(id, "visiting");
    for (const need of needsOf(job)) visit(need, id);
    state.set(id, "done");
    order.push(id);
  };
  for (const id of selected) visit(id);
  return order;
}

/** The matrix combination to run: the caller's, else the first value of each axis. */
export function firstMatrixCombination(jobId: string, matrix: unknown): Record<string, unknown> {
  if (matrix === undefined) return {};
  if (typeof matrix !== "object" || matrix === null) {
    throw new Error(`job '${jobId}': a matrix given as an expression is not emulated; pass options.matrix['${jobId}']`);
  }
  const combination: Record<string, unknown> = {};
  for (const [axis, values] of Object.entries(matrix)) {
    if (axis === "include" || axis === "exclude") continue;
    if (!Array.isArray(values)) throw new Error(`job '${jobId}': matrix axis '${axis}' is not a list`);
    combination[axis] = values[0];
  }
  return combination;
}

/** A job that builds or runs a container image: a docker/* action, or a `docker` command in a run step. */
export function isImageJob(job: WorkflowJob): boolean {
  return (job.steps ?? []).some(
    (step) => step.uses?.startsWith("docker/") === true || (step.run !== undefined && /(^|[\s;&|(])docker\s/m.test(step.run)),
  );
}

/**
 * The jobs the local runner can prove: neither image jobs nor jobs that need one (transitively).
 * Image jobs need a Docker daemon; their Dockerfile is proven by the image runner instead.
 */
export function nonImageJobIds(workflow: Workflow): string[] {
  const excluded = new Set(Object.keys(workflow.jobs).filter((id) => isImageJob(workflow.jobs[id]!)));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (!excluded.has(id) && needsOf(job).some((need) => excluded.has(need))) {
        excluded.add(id);
        changed = true;
      }
    }
  }
  return Object.keys(workflow.jobs).filter((id) => !excluded.has(id));
}
