import { CommanderError } from "commander";
import { BaselineError, ExitCode } from "../errors.js";
import { createLineRedactor, secretsFromEnv } from "../redact.js";
import { processOutput, type Output } from "./output.js";
import { createProgram } from "./program.js";

/** Runs one command line and returns its exit code. The only place that turns errors into output. */
export async function run(argv: readonly string[], rawOutput: Output = processOutput): Promise<number> {
  process.exitCode = undefined;
  // Every line any command prints, errors and stack traces included, goes through redaction.
  const output = redactingOutput(rawOutput);
  const program = createProgram(output, argv);
  // Subcommands copy these settings only when created, so set them on each: else a bad flag calls process.exit.
  for (const command of [program, ...program.commands]) {
    command
      .exitOverride()
      .configureOutput({ writeOut: (s) => output.out(s.replace(/\n$/, "")), writeErr: (s) => output.err(s.replace(/\n$/, "")) });
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; bad flags are bad input.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    if (error instanceof BaselineError) {
      output.err(`error: ${error.message}`);
      if (error.details) output.err(error.details);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === "ExitPromptError") {
      output.err("Cancelled; nothing was written.");
      return 130;
    }
    output.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ExitCode.internal;
  } finally {
    process.exitCode = undefined;
  }
}

function redactingOutput(output: Output): Output {
  // Secrets handed over in the environment (GITHUB_TOKEN, …) are masked verbatim, whatever their shape.
  const known = secretsFromEnv();
  const out = createLineRedactor(known);
  const err = createLineRedactor(known);
  return { out: (line) => output.out(out(line)), err: (line) => output.err(err(line)) };
}
