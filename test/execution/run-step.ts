// One `run:` step: the script written with its expressions substituted, started with its shell in
// its working directory, then the command files it wrote read back (GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY).
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseKeyValueFile, parsePathFile } from "./command-files.js";
import { interpolate, type ExpressionContext } from "./expressions.js";
import { runProcess } from "./processes.js";
import { scriptExtension, shellCommand } from "./step-shell.js";
import type { Workflow, WorkflowJob, WorkflowStep } from "./workflow-model.js";

/** The command files of one step, created empty before it runs. */
export function commandFiles(runnerTemp: string, index: number) {
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, `output-${index}`),
    GITHUB_ENV: join(runnerTemp, `env-${index}`),
    GITHUB_PATH: join(runnerTemp, `path-${index}`),
    GITHUB_STEP_SUMMARY: join(runnerTemp, `summary-${index}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  return files;
}

export interface RunStepInput {
  readonly workflow: Workflow;
  readonly job: WorkflowJob;
  readonly step: WorkflowStep & { readonly run: string };
  readonly index: number;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly env: Record<string, string>;
  readonly files: ReturnType<typeof commandFiles>;
  readonly context: () => ExpressionContext;
  readonly logFile: string;
  readonly timeoutMs: number;
  readonly tailChars: number;
  readonly onSpawn: (child: ChildProcess) => void;
}

export interface RunStepOutcome {
  readonly status: "passed" | "failed";
  readonly exitCode: number | null;
  readonly outputTail: string;
  readonly outputs: Record<string, string>;
  readonly annotations: string[];
  readonly note?: string;
  /** What the step wrote to GITHUB_ENV and GITHUB_PATH, and to its summary. */
  readonly env: Record<string, string>;
  readonly path: string[];
  readonly summary: string;
}

export async function runRunStep(input: RunStepInput): Promise<RunStepOutcome> {
  const { workflow, job, step, context } = input;
  const shell = step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell;
  const workingDirectory = step["working-directory"] ?? job.defaults?.run?.["working-directory"] ?? workflow.defaults?.run?.["working-directory"];
  const cwd = workingDirectory ? resolve(input.workspace, interpolate(workingDirectory, context())) : input.workspace;
  const empty = { outputs: {}, annotations: [], env: {}, path: [], summary: "" };
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    return { status: "failed", exitCode: null, outputTail: "", note: `working-directory ${workingDirectory} does not exist in the repository`, ...empty };
  }
  const script = join(input.runnerTemp, `step-${input.index}${scriptExtension(shell)}`);
  writeFileSync(script, interpolate(step.run, context()));
  const { command, args } = shellCommand(shell, script);
  const run = await runProcess(command, args, {
    cwd,
    env: input.env,
    logFile: input.logFile,
    timeoutMs: input.timeoutMs,
    tailChars: input.tailChars,
    onSpawn: input.onSpawn,
  });
  let outputs: Record<string, string> = {};
  let env: Record<string, string> = {};
  let note = run.timedOut ? "timed out" : undefined;
  try {
    outputs = parseKeyValueFile(input.files.GITHUB_OUTPUT);
    env = parseKeyValueFile(input.files.GITHUB_ENV);
  } catch (error) {
    note = String(error instanceof Error ? error.message : error);
  }
  return {
    status: run.exitCode === 0 && !run.timedOut && note === undefined ? "passed" : "failed",
    exitCode: run.exitCode,
    outputTail: run.output,
    outputs,
    annotations: run.output.split(/\r?\n/).filter((line) => /^::(error|warning|notice)\b/.test(line)),
    note,
    env,
    path: parsePathFile(input.files.GITHUB_PATH),
    summary: readFileSync(input.files.GITHUB_STEP_SUMMARY, "utf8"),
  };
}
