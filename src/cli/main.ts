import { CommanderError } from "commander";
import { BaselineError, ExitCode } from "../errors.js";
import { processOutput } from "./output.js";
import { createProgram } from "./program.js";

/** The only place that prints errors and picks the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram(processOutput).exitOverride();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; bad flags are bad input.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    if (error instanceof BaselineError) {
      processOutput.err(`error: ${error.message}`);
      if (error.details) processOutput.err(error.details);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === "ExitPromptError") {
      processOutput.err("Cancelled; nothing was written.");
      return 130;
    }
    processOutput.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ExitCode.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
