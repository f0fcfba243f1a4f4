import type { Command } from "commander";
import type { Output } from "../output.js";
import { repoRoot } from "../repo-root.js";

export function register(program: Command, output: Output): void {
  program
    .command("detect")
    .description("Propose options from the repository's files, and say which file told what. Writes nothing.")
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("--json", "print the detection as JSON")
    .action(async (flags: { cwd?: string; json?: boolean }) => {
      const { detectRepo } = await import("../../detect/detect-repo.js");
      const detection = detectRepo(repoRoot(flags.cwd));
      if (flags.json) {
        output.out(JSON.stringify(detection, null, 2));
        return;
      }
      for (const e of detection.evidence) output.out(`${e.key} = ${e.value}  (${e.file}: ${e.reason})`);
      for (const w of detection.warnings) output.err(`warning: ${w}`);
    });
}
