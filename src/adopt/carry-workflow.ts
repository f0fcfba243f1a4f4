import { isObj, preview, seg, type Obj } from "./types.js";
import { label, matchByIdOrName, type MatchItem } from "./uncarried.js";

/** What adoption carries of an old workflow into the baseline's: override paths to values, and notes. */
export interface WorkflowCarry {
  readonly set: Record<string, unknown>;
  readonly carried: string[];
  /** Parts the baseline already does (a job or step whose every command it runs), by path. */
  readonly covered: Map<string, string>;
}

/** `on: push` and `on: [push, pull_request]` as the map form the baseline writes (`push:` with no filter). */
export function normaliseWorkflow(data: unknown): Obj {
  const w = isObj(data) ? { ...data } : {};
  const on = w.on;
  if (typeof on === "string") w.on = { [on]: null };
  else if (Array.isArray(on)) w.on = Object.fromEntries(on.map((e) => [String(e), null]));
  return w;
}

const actionOf = (uses: unknown): string | undefined => (typeof uses === "string" ? uses.replace(/@.*$/, "") : undefined);

// `npm test` and `npm run test` are one command; the baseline spells scripts with `run`.
const normaliseCommand = (c: string): string =>
  c
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^npm (test|t)\b/, "npm run test")
    .replace(/^npm run-script\b/, "npm run");

const commandsOf = (run: unknown): string[] =>
  typeof run === "string"
    ? run
        .split(/\n|&&|;/)
        .map(normaliseCommand)
        .filter((c) => c !== "" && !c.startsWith("#"))
    : [];

/** Steps pair by id, name, the action used, then the same commands. */
export const matchStep: MatchItem = (item, candidates) => {
  const byIdOrName = matchByIdOrName(item, candidates);
  if (byIdOrName >= 0 || !isObj(item)) return byIdOrName;
  const action = actionOf(item.uses);
  if (action) return candidates.findIndex((c) => isObj(c) && actionOf(c.uses) === action);
  const commands = commandsOf(item.run).join("\n");
  return commands === "" ? -1 : candidates.findIndex((c) => isObj(c) && commandsOf(c.run).join("\n") === commands);
};

/**
 * Carries what the baseline's workflow lacks: triggers, env, whole jobs, and (in jobs both have)
 * env, services and steps. A job or step whose every action and command the baseline already runs
 * is covered, not carried, so adoption does not run the tests twice.
 */
export function carryWorkflow(oldData: unknown, nextData: unknown): WorkflowCarry {
  const old = normaliseWorkflow(oldData);
  const next = isObj(nextData) ? nextData : {};
  const set: Record<string, unknown> = {};
  const carried: string[] = [];
  const covered = new Map<string, string>();
  const nextJobs = isObj(next.jobs) ? next.jobs : {};
  const baselineSteps = Object.values(nextJobs).flatMap((j) => (isObj(j) && Array.isArray(j.steps) ? j.steps : []));
  const actions = new Set(baselineSteps.map((s) => (isObj(s) ? actionOf(s.uses) : undefined)).filter(Boolean));
  const runs = baselineSteps.flatMap((s) => (isObj(s) ? commandsOf(s.run) : [])).join("\n");
  const isCovered = (step: unknown): boolean => {
    if (!isObj(step)) return true;
    const action = actionOf(step.uses);
    if (action) return actions.has(action);
    return commandsOf(step.run).every((c) => runs.includes(c));
  };
  const carryKeys = (from: unknown, into: unknown, path: string, what: string): void => {
    if (!isObj(from)) return;
    for (const [key, value] of Object.entries(from)) {
      if (isObj(into) && key in into) continue;
      set[`${path}.${seg(key)}`] = value;
      carried.push(`${path}.${key}: ${what}${value === null ? "" : ` (${preview(value)})`}`);
    }
  };

  for (const key of Object.keys(old)) {
    // on, env and jobs are carried key by key below.
    if (!(key in next) && !["on", "env", "jobs"].includes(key)) {
      set[seg(key)] = old[key];
      carried.push(`${key}: a top-level key the baseline does not set`);
    }
  }
  // These run the workflow's jobs, which check out code, with a write token and secrets (audit rule WF009): never carried.
  const privileged = ["pull_request_target", "workflow_run"];
  carryKeys(Object.fromEntries(Object.entries(isObj(old.on) ? old.on : {}).filter(([e]) => !privileged.includes(e))), next.on, "on", "a trigger the baseline does not have");
  for (const event of privileged) {
    if (isObj(old.on) && event in old.on && !(isObj(next.on) && event in next.on)) covered.set(`on.${event}`, "a privileged trigger: the baseline's jobs check out code, which it would run with a write token and secrets (WF009)");
  }
  if (isObj(next.env) || next.env === undefined) carryKeys(old.env, next.env, "env", "workflow env");

  for (const [id, job] of Object.entries(isObj(old.jobs) ? old.jobs : {})) {
    if (!isObj(job)) continue;
    const steps = Array.isArray(job.steps) ? job.steps : [];
    const target = nextJobs[id];
    if (!isObj(target)) {
      if (steps.length > 0 && steps.every(isCovered)) {
        covered.set(`jobs.${id}`, `covered: the baseline's jobs run every action and command of it`);
      } else {
        set[`jobs.${seg(id)}`] = job;
        carried.push(`jobs.${id}: a job the baseline does not have`);
      }
      continue;
    }
    if (isObj(target.env) || target.env === undefined) carryKeys(job.env, target.env, `jobs.${seg(id)}.env`, "job env");
    if (isObj(target.services) || target.services === undefined) carryKeys(job.services, target.services, `jobs.${seg(id)}.services`, "a service container");
    const targetSteps = Array.isArray(target.steps) ? target.steps : [];
    steps.forEach((step, i) => {
      if (matchStep(step, targetSteps) >= 0) return;
      const where = `jobs.${id}.steps[${label(step, i)}]`;
      if (isCovered(step)) {
        covered.set(where, `covered: the baseline runs ${isObj(step) && step.uses ? `${actionOf(step.uses)}` : "each of its commands"}`);
        return;
      }
      // Appended by id (or name) through the override: the step keeps its place when the baseline adds steps.
      const own = isObj(step) ? (typeof step.id === "string" ? step.id : typeof step.name === "string" ? step.name : undefined) : undefined;
      // A step without id or name, or named like another carried one, gets an id to be addressed by.
      const named = own !== undefined && !(`jobs.${seg(id)}.steps.${seg(own)}` in set) ? (step as Obj) : { id: `carried-${i + 1}`, ...(step as Obj) };
      const key = named === step ? own! : (named.id as string);
      set[`jobs.${seg(id)}.steps.${seg(key)}`] = named;
      carried.push(`${where}: a step the baseline does not run, appended to its job (${preview(named.run ?? named.uses)})`);
    });
  }
  return { set, carried, covered };
}
