import { existsSync, readFileSync } from "node:fs";
import { badInput, BaselineError, ExitCode } from "../errors.js";
import { createProgram } from "../cli/program.js";
import { run } from "../cli/run.js";
import { processOutput, type Output } from "../cli/output.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { readResult, type ActionResult } from "./read-result.js";
import { headline, renderSummary } from "./render-summary.js";
import { appendSummary, maskSecret, setOutput } from "./runner-files.js";

const silent: Output = { out: () => undefined, err: () => undefined };
const EMPTY: ActionResult = { changedFiles: [], pullRequestUrls: [], changes: [] };

/**
 * The action: runs one CLI command in-process with the workflow's inputs, then sets the step outputs
 * (`changed-files`, `pr-url`, `pr-urls`, `exit-code`) and writes the job summary. Returns the exit code.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, output: Output = processOutput): Promise<number> {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    const message = error instanceof BaselineError ? error.message : String(error);
    output.out(`::error title=create-devops-baseline::${message}`);
    finish(env, "(none)", ExitCode.badInput, EMPTY, [message]);
    return ExitCode.badInput;
  }
  if (inputs.token) {
    output.out(maskSecret(inputs.token));
    // The GitHub commands, run in this process, read their token from GITHUB_TOKEN.
    env.GITHUB_TOKEN = inputs.token;
    process.env.GITHUB_TOKEN = inputs.token;
  }

  const command = createProgram(silent).commands.find((c) => c.name() === inputs.command);
  if (!command) {
    const message = `"${inputs.command}" is not available in this version of create-devops-baseline`;
    output.out(`::error title=create-devops-baseline::${message}`);
    finish(env, inputs.command, ExitCode.badInput, EMPTY, [message]);
    return ExitCode.badInput;
  }
  const json = command.options.some((o) => o.long === "--json");
  const argv = [
    inputs.command,
    ...inputs.args,
    ...(json && !inputs.args.includes("--json") ? ["--json"] : []),
    ...(inputs.command === "audit" ? ["--sarif-file", inputs.sarif.file] : []),
  ];

  output.out(`create-devops-baseline ${argv.join(" ")}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await run(argv, {
    out: (line) => {
      stdout.push(line);
      if (!json) output.out(line);
    },
    err: (line) => {
      stderr.push(line);
      output.err(line);
    },
  });

  let result = EMPTY;
  let log = stderr;
  if (json) {
    try {
      result = readResult(JSON.parse(stdout.join("\n")));
    } catch {
      // Help text or an error instead of JSON: show it as it came.
      log = [...stdout, ...stderr];
    }
  } else {
    log = [...stdout, ...stderr];
  }
  for (const change of result.changes) output.out(`${change.type ?? "changed"}  ${change.path}${change.diff ? `\n${change.diff}` : ""}`);
  if (inputs.command === "check" && exitCode === ExitCode.drift) {
    output.out(`::error title=Baseline drift::${result.changedFiles.length} owned file(s) differ from the config. Run "npx create-devops-baseline synth" and commit.`);
  }
  output.out(headline(inputs.command, exitCode, result).replace(/\*\*/g, ""));
  let code = exitCode;
  if (inputs.command === "audit") {
    setOutput(env, "sarif-file", existsSync(inputs.sarif.file) ? inputs.sarif.file : "");
    // Findings (exit 1) are exactly what code scanning should show; bad input or a crash left no report.
    if (inputs.sarif.upload && (exitCode === ExitCode.ok || exitCode === ExitCode.drift)) code = await upload(env, inputs.sarif, output, log) ?? exitCode;
  }
  finish(env, inputs.command, code, result, log);
  return code;
}

/** Sends the SARIF to code scanning; returns an exit code only when that failed. */
async function upload(env: NodeJS.ProcessEnv, sarif: ActionInputs["sarif"], output: Output, log: string[]): Promise<number | undefined> {
  try {
    if (!sarif.token) throw badInput('uploading SARIF needs a token: pass sarif-token (its default is the workflow\'s github.token) or set upload-sarif: false');
    output.out(maskSecret(sarif.token));
    const { sarifTarget, uploadSarif } = await import("./upload-sarif.js");
    const target = sarifTarget(env);
    const { id } = await uploadSarif(target, sarif.token, readFileSync(sarif.file, "utf8"), "create-devops-baseline");
    setOutput(env, "sarif-id", id);
    output.out(`Uploaded ${sarif.file} to code scanning for ${target.ref} (${id}).`);
    return undefined;
  } catch (error) {
    const message = error instanceof BaselineError ? error.message : String(error);
    output.out(`::error title=SARIF upload::${message}`);
    log.push(message);
    return error instanceof BaselineError ? error.exitCode : ExitCode.internal;
  }
}

function finish(env: NodeJS.ProcessEnv, command: string, exitCode: number, result: ActionResult, log: readonly string[]): void {
  setOutput(env, "changed-files", result.changedFiles.join("\n"));
  setOutput(env, "pr-url", result.pullRequestUrls[0] ?? "");
  setOutput(env, "pr-urls", result.pullRequestUrls.join("\n"));
  setOutput(env, "exit-code", String(exitCode));
  appendSummary(env, renderSummary({ command, exitCode, result, log }));
}
