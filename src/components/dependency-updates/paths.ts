import type { BaselineOptions } from "../../options/index.js";

/** Where Dependabot reads its config for these options: the generated file, or the kept one whose entries synth manages. */
export const dependabotPathOf = (options: Pick<BaselineOptions, "dependabotPath">): string => options.dependabotPath;
