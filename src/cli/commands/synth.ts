import type { Command } from "commander";
import { badInput, ExitCode } from "../../errors.js";
import { cachedRender } from "../../startup-cache/rendered-files.js";
import { loadDependabotManager } from "../../synth/managed-files.js";
import { isConflict, synthesize } from "../../synth/synthesize.js";
import { loadRepoOptions } from "../load-options.js";
import { addOptionFlags } from "../option-flags.js";
import { colorDiff, describeAction, describeManaged, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";

export function register(program: Command, output: Output): void {
  const command = program
    .command("synth")
    .description("Regenerate the owned files from the config. Hand edits merge 3-way with the new render; overlapping edits and unowned files are kept unless --force / --adopt.")
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("--force", "overwrite owned files edited by hand (the old content is kept as <file>.orig)")
    .option("--adopt", "take over existing files this tool does not own (the old content is kept as <file>.orig)")
    .option("--conflict <style>", "when your edit and the new baseline change the same lines: report (write nothing for that file, show the regions) or markers (write git-style conflict markers)", "report")
    .option("--json", "print the result as JSON");
  addOptionFlags(command);
  command.addHelpText(
    "after",
    "\nExit codes: 0 done, 1 some files were left alone (edited or unowned; see the list), 2 bad input.",
  );
  command.action(async (flags: Record<string, unknown>) => {
    const root = repoRoot(flags.cwd as string | undefined);
    const { options } = await loadRepoOptions(root, flags);
    const conflict = flags.conflict === undefined ? "report" : String(flags.conflict);
    if (conflict !== "report" && conflict !== "markers") throw badInput(`--conflict: "${conflict}" is not allowed. Allowed: report, markers`);
    const result = synthesize(root, options, { force: Boolean(flags.force), adopt: Boolean(flags.adopt), conflict }, { dependabotManager: await loadDependabotManager(options), render: cachedRender() });
    const conflicts = result.plan.actions.filter(isConflict);
    if (flags.json) {
      output.out(JSON.stringify({ wrote: result.wrote, actions: result.plan.actions.map((a) => ({ ...summary(a), ...(a.type === "conflict" ? { report: a.report } : {}) })), backups: result.backups, managed: result.managed.map((m) => m.path), warnings: result.warnings }, null, 2));
    } else {
      for (const warning of result.warnings) output.err(`warning: ${warning}`);
      for (const action of result.plan.actions) if (action.type !== "unchanged") output.out(describeAction(action));
      // One reviewable report per conflicting file: the regions both sides changed, no .rej files.
      for (const action of result.plan.actions) if (action.type === "conflict") output.out(colorDiff(action.report));
      for (const b of result.backups) output.out(`backup    ${b.backup} (previous ${b.path})`);
      for (const m of result.managed) output.out(describeManaged(m.path));
      const unchanged = result.plan.actions.filter((a) => a.type === "unchanged").length;
      output.out(result.wrote ? `Done: ${result.plan.actions.length} owned files, ${unchanged} unchanged.` : `Nothing to do: ${unchanged} owned files up to date.`);
    }
    process.exitCode = conflicts.length > 0 ? ExitCode.drift : ExitCode.ok;
  });
}

export function summary(action: { type: string } & ({ path: string } | { file: { path: string } })): { type: string; path: string } {
  return { type: action.type, path: "file" in action ? action.file.path : action.path };
}
