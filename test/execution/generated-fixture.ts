import { randomBytes } from "node:crypto";
// What the execution tests of fixture apps share: the fixture copied to a temp folder, the real CLI's
// `init --yes` run on it, and the files it wrote read back (issue 11's key rule: run what the generator
// writes, never a hand-written sample).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config/load-config.js";
import type { BaselineOptions } from "../../src/options/index.js";
import { cli, type CliResult } from "../helpers/cli.js";
import { expect } from "vitest";
import { freePort, startPostgres, type StartedService } from "./services.js";
import { parseWorkflow } from "./workflow-model.js";
import type { JobResult, WorkflowRunResult } from "./workflow-runner.js";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

export interface GeneratedRepo {
  /** The repository after `init --yes` (a temp folder named `name`: detection names projects after their folder). */
  readonly repo: string;
  readonly init: CliResult;
  /** devops-baseline.json as init wrote it. */
  readonly config: Record<string, unknown> & { backend: Record<string, unknown> };
  readonly options: BaselineOptions;
  readonly ci: string;
  readonly read: (path: string) => string;
  readonly cleanup: () => void;
}

export async function initFixture(fixtureDir: string, name: string): Promise<GeneratedRepo> {
  const parent = mkdtempSync(join(tmpdir(), `${name}-generated-`));
  const repo = join(parent, name);
  cpSync(fixtureDir, repo, { recursive: true });
  const init = await cli("init", "--yes", "-C", repo);
  if (init.code !== 0) throw new Error(`init --yes exited ${init.code}:\n${init.stdout}\n${init.stderr}`);
  const read = (path: string) => readFileSync(join(repo, path), "utf8");
  const loaded = await loadConfig(repo);
  if (!loaded) throw new Error("init --yes wrote no config");
  return {
    repo,
    init,
    config: JSON.parse(read("devops-baseline.json")),
    options: loaded.options,
    ci: read(".github/workflows/ci.yml"),
    read,
    cleanup: () => rmSync(parent, { recursive: true, force: true }),
  };
}

/**
 * The generated jobs map PostgreSQL to the host's 5432, as GitHub's runners allow; this machine is shared
 * by several test runs, so the host side moves to a free port (the mapping and the URLs naming it, nothing else).
 */
export function onPostgresPort(ci: string, port: number): string {
  return ci.replaceAll("- 5432:5432", `- ${port}:5432`).replaceAll("@localhost:5432/", `@localhost:${port}/`);
}

/**
 * The variables the generated image job's `docker run` passes to the backend container (`--env NAME`, valued
 * from the start step's env), with the PostgreSQL port moved as in onPostgresPort: the image is started
 * as that job would start it.
 */
export function imageJobEnv(ci: string, postgresPort: number, jobId = "backend-image"): Record<string, string> {
  const start = parseWorkflow(onPostgresPort(ci, postgresPort)).jobs[jobId]?.steps?.find((step) => step.id === "start");
  if (typeof start?.run !== "string") throw new Error(`no start step in ${jobId}`);
  const stepEnv = start.env ?? {};
  const names = [...start.run.matchAll(/--env (\w+)/g)].map((m) => m[1]!);
  // Names without a value in the step's env are the secrets the job's throwaway-secrets step generates.
  const generated = parseWorkflow(ci).jobs[jobId]?.steps?.find((step) => step.id === "throwaway-secrets")?.run ?? "";
  return Object.fromEntries(
    names.map((name) => {
      if (stepEnv[name] !== undefined) return [name, String(stepEnv[name])];
      if (!generated.includes(`"${name}=$(openssl rand -hex 32)"`)) throw new Error(`${name} is passed to the container but nothing in ${jobId} sets it`);
      return [name, randomBytes(32).toString("hex")];
    }),
  );
}

/** A copy of the generated repository, changed by `mutate`: one broken copy per gate. */
export function brokenCopy(repo: string, mutate: (dir: string) => void): { dir: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), "broken-"));
  const dir = join(parent, "repo");
  cpSync(repo, dir, { recursive: true });
  mutate(dir);
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}

/**
 * A package folder named create-devops-baseline whose bin runs this checkout's CLI from source (the code
 * `init` just ran): the drift job's `npx create-devops-baseline@<version> check` goes there through the
 * runner's `npxPackages`, since that version is not on the registry yet.
 */
export function localCliPackage(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "local-cli-"));
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "create-devops-baseline", version, type: "module", bin: { "create-devops-baseline": "cli.js" } })}\n`,
  );
  const tsx = join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs");
  const main = join(REPO_ROOT, "src/cli/main.ts");
  writeFileSync(
    join(dir, "cli.js"),
    [
      "#!/usr/bin/env node",
      'import { spawnSync } from "node:child_process";',
      `const run = spawnSync(process.execPath, ["--import", ${JSON.stringify(`file://${tsx}`)}, ${JSON.stringify(main)}, ...process.argv.slice(2)], { stdio: "inherit" });`,
      "process.exit(run.status ?? 1);",
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const stepStatuses = (job: JobResult): Record<string, string> =>
  Object.fromEntries(job.steps.map((step) => [step.id ?? step.name, step.status]));

export const explainJob = (job: JobResult | undefined): string =>
  job
    ? JSON.stringify(
        { id: job.id, status: job.status, error: job.error, steps: job.steps.map((s) => [s.id, s.status, s.note, s.outputTail.slice(-900)]) },
        null,
        1,
      )
    : "no such job";

export const explainRun = (run: WorkflowRunResult): string => run.jobs.filter((j) => j.status !== "passed").map(explainJob).join("\n");

/** Seconds, for the durations the tests print. */
export const secondsSince = (start: number): string => `${((Date.now() - start) / 1000).toFixed(1)}s`;

/**
 * A fixture broken for one gate: the job failed at that gate's step and at no other, the steps before
 * it passed, and the step's output shows the error the break was made to cause.
 */
export function expectOnlyGateFailed(job: JobResult, gate: { step: string; passedBefore: readonly string[]; output: RegExp }): void {
  const statuses = stepStatuses(job);
  expect(job.status, explainJob(job)).toBe("failed");
  expect(statuses[gate.step], explainJob(job)).toBe("failed");
  expect(Object.entries(statuses).filter(([, s]) => s === "failed").map(([id]) => id), explainJob(job)).toEqual([gate.step]);
  for (const id of gate.passedBefore) expect(statuses[id], id).toBe("passed");
  expect(job.steps.find((s) => s.id === gate.step)!.outputTail).toMatch(gate.output);
}

/** The PostgreSQL a deploy's migration command and the app's image run against (the official image's trust setup). */
export async function startAppPostgres(): Promise<StartedService> {
  return startPostgres("db", {
    image: "postgres:17-alpine",
    env: { POSTGRES_DB: "app", POSTGRES_HOST_AUTH_METHOD: "trust" },
    ports: [`${await freePort()}:5432`],
  });
}
