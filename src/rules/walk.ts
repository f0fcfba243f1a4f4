import type { YamlFile } from "./types.js";

export type Obj = Readonly<Record<string, unknown>>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export interface JobAt {
  readonly file: YamlFile;
  readonly id: string;
  readonly job: Obj;
  readonly path: readonly (string | number)[];
}

export interface StepAt {
  readonly file: YamlFile;
  readonly step: Obj;
  readonly path: readonly (string | number)[];
  /** `jobs.build.steps[checkout]`, or `runs.steps[2]` in an action. */
  readonly where: string;
  /** The job holding it; undefined in a composite action. */
  readonly job: JobAt | undefined;
}

export function jobsOf(file: YamlFile): JobAt[] {
  const jobs = asObj(asObj(file.data).jobs);
  return Object.entries(jobs).flatMap(([id, job]) => (isObj(job) ? [{ file, id, job, path: ["jobs", id] }] : []));
}

function stepsAt(file: YamlFile, list: unknown, base: readonly (string | number)[], label: string, job: JobAt | undefined): StepAt[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((step: unknown, i) =>
    isObj(step) ? [{ file, step, path: [...base, i], where: `${label}[${str(step.id) ?? i}]`, job }] : [],
  );
}

export function stepsOfJob(job: JobAt): StepAt[] {
  return stepsAt(job.file, job.job.steps, [...job.path, "steps"], `jobs.${job.id}.steps`, job);
}

/** Every step of every workflow job and of every composite action. */
export function allSteps(workflows: readonly YamlFile[], actions: readonly YamlFile[]): StepAt[] {
  return [
    ...workflows.flatMap((w) => jobsOf(w).flatMap(stepsOfJob)),
    ...actions.flatMap((a) => stepsAt(a, asObj(asObj(a.data).runs).steps, ["runs", "steps"], "runs.steps", undefined)),
  ];
}

/** The trigger names of a workflow's `on:` (string, list or map). */
export function triggersOf(file: YamlFile): string[] {
  const on = asObj(file.data).on ?? (file.data as Obj | undefined)?.true;
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((t): t is string => typeof t === "string");
  return isObj(on) ? Object.keys(on) : [];
}

/** `KEY: value` env maps of the workflow, the job and the step, merged innermost last. */
export function envOf(at: StepAt): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of [asObj(at.file.data).env, at.job?.job.env, at.step.env]) {
    for (const [k, v] of Object.entries(asObj(source))) env[k] = String(v);
  }
  return env;
}
