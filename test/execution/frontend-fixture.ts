// What the frontend fixtures' execution tests share (Next.js in each output mode, React + Vite): the
// generated non-image CI jobs run with `npm ci` once per lockfile (npm-ci-cache.ts), the drift job
// against this checkout's CLI, and the break-on-purpose runs that must fail one gate and only it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { cli } from "../helpers/cli.js";
import { brokenCopy, explainJob, explainRun, localCliPackage, secondsSince, stepStatuses } from "./generated-fixture.js";
import { NPM_CI_CACHE } from "./npm-ci-cache.js";
import { nonImageJobIds, parseWorkflow } from "./workflow-model.js";
import { runWorkflow, type JobResult, type WorkflowRunResult } from "./workflow-runner.js";

/** Every non-image job of the generated ci.yml, with the drift job's npx pointed at this checkout. */
export async function runNonImageJobs(repo: string, label: string): Promise<WorkflowRunResult> {
  const started = Date.now();
  const local = localCliPackage();
  try {
    const ci = readFileSync(join(repo, ".github/workflows/ci.yml"), "utf8");
    const run = await runWorkflow(ci, {
      repoDir: repo,
      jobs: nonImageJobIds(parseWorkflow(ci)),
      npxPackages: { "create-devops-baseline": local.dir },
      npmCiCache: NPM_CI_CACHE,
    });
    console.log(`${label}: ${run.jobs.map((j) => `${j.id} ${j.status} ${(j.durationMs / 1000).toFixed(1)}s`).join(", ")} (${secondsSince(started)})`);
    return run;
  } finally {
    local.cleanup();
  }
}

export const job = (run: WorkflowRunResult, id: string): JobResult => {
  const found = run.jobs.find((j) => j.id === id);
  if (!found) throw new Error(`no job ${id} in the run (${run.jobs.map((j) => j.id).join(", ")})`);
  return found;
};

export { explainJob, explainRun, stepStatuses };

/** The gate steps of the frontend jobs: the one broken on purpose must fail, no other may. */
export const GATE_STEPS = ["lint", "typecheck", "unit-tests", "build", "bundle-budget"] as const;
export type GateStep = (typeof GATE_STEPS)[number];

/**
 * A copy of the generated repository broken by `mutate`, its frontend jobs (checks, bundle) run:
 * the gate `expected` fails, every other gate step passed or was skipped after it (GitHub skips the
 * steps after a failure), and the install passed.
 */
export async function expectOnlyGateFails(
  repo: string,
  frontendJobs: readonly string[],
  expected: GateStep,
  mutate: (dir: string) => void | Promise<void>,
): Promise<Record<string, Record<string, string>>> {
  const started = Date.now();
  const copy = brokenCopy(repo, () => undefined);
  try {
    await mutate(copy.dir);
    const ci = readFileSync(join(copy.dir, ".github/workflows/ci.yml"), "utf8");
    const run = await runWorkflow(ci, { repoDir: copy.dir, jobs: frontendJobs, npmCiCache: NPM_CI_CACHE });
    const statuses = Object.fromEntries(run.jobs.map((j) => [j.id, stepStatuses(j)]));
    console.log(`broken (${expected}): ${JSON.stringify(statuses)} (${secondsSince(started)})`);
    const details = run.jobs.map(explainJob).join("\n");
    const gateResults = run.jobs.flatMap((j) => j.steps.filter((s) => (GATE_STEPS as readonly string[]).includes(s.id ?? "")).map((s) => [s.id!, s.status] as const));
    expect(gateResults.filter(([, status]) => status === "failed").map(([id]) => id), details).toEqual([expected]);
    for (const j of run.jobs) expect(j.steps.find((s) => s.id === "install")?.status, details).toBe("passed");
    expect(run.passed).toBe(false);
    return statuses;
  } finally {
    copy.cleanup();
  }
}

/** Sets frontend.bundleBudgetKb in the generated config and re-synthesizes (as a user would). */
export async function setBundleBudget(dir: string, kb: number): Promise<void> {
  const path = join(dir, "devops-baseline.json");
  const config = JSON.parse(readFileSync(path, "utf8")) as { frontend: Record<string, unknown> };
  config.frontend.bundleBudgetKb = kb;
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  const synth = await cli("synth", "-C", dir);
  if (synth.code !== 0) throw new Error(`synth exited ${synth.code}:\n${synth.stdout}\n${synth.stderr}`);
}

export const edit = (dir: string, path: string, change: (text: string) => string): void => {
  const file = join(dir, path);
  const before = readFileSync(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  writeFileSync(file, after);
};
