import { Command } from "commander";
import { TOOL_VERSION } from "../version.js";
import * as adopt from "./commands/adopt.js";
import * as audit from "./commands/audit.js";
import * as check from "./commands/check.js";
import * as detect from "./commands/detect.js";
import * as init from "./commands/init.js";
import * as pins from "./commands/pins.js";
import * as resync from "./commands/resync.js";
import * as rollout from "./commands/rollout.js";
import * as synth from "./commands/synth.js";
import type { Output } from "./output.js";

/** Each command name, with the module that registers it (check's registers diff too), in --help's order. */
const BY_NAME = { init, synth, check, diff: check, detect, audit, adopt, resync, rollout, pins } as const;
const ALL = [...new Set(Object.values(BY_NAME))];

/**
 * The program, with every command registered; or, when `argv` starts with a command's name, only that
 * one: building all of them (init's and synth's option flags above all) is a few ms of every start.
 * A new command is a file in commands/ plus its name in BY_NAME.
 */
export function createProgram(output: Output, argv: readonly string[] = []): Command {
  const program = new Command("create-devops-baseline")
    .description("Give a repository an owned, hardened DevOps baseline and keep it that way.")
    .version(TOOL_VERSION)
    .showSuggestionAfterError()
    .addHelpText("after", "\nExit codes: 0 ok, 1 drift or files left alone, 2 bad input, 3 internal error, 4 another run holds the repository's lock.\nDEVOPS_BASELINE_NO_CODE_CACHE=1: keep no compiled code, validated options or rendered files in ~/.cache/create-devops-baseline (or $XDG_CACHE_HOME).\nDocs: https://github.com/create-devops-baseline/create-devops-baseline/tree/main/docs");
  const first = argv[0];
  const only = first !== undefined && Object.hasOwn(BY_NAME, first) ? BY_NAME[first as keyof typeof BY_NAME] : undefined;
  for (const command of only ? [only] : ALL) command.register(program, output);
  return program;
}
