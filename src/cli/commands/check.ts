import type { Command } from "commander";
import { ExitCode } from "../../errors.js";
import { loadDependabotManager } from "../../synth/managed-files.js";
import { cachedRender } from "../../startup-cache/rendered-files.js";
import { planRepo } from "../../synth/synthesize.js";
import { loadRepoOptions } from "../load-options.js";
import { unifiedDiff } from "../../synth/unified-diff.js";
import { actionDiff, colorDiff, describeAction, describeManaged, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";
import { summary } from "./synth.js";

/** `check` and `diff` share everything but the exit code. */
function registerComparison(program: Command, output: Output, name: "check" | "diff"): void {
  const isCheck = name === "check";
  program
    .command(name)
    .description(
      isCheck
        ? "Re-render in memory and compare with the repository; never writes. Exit 1 with a unified diff on drift."
        : "Show, as a unified diff, what `synth` would change. Never writes; always exits 0 unless input is bad.",
    )
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("--json", "print the drifted files as JSON")
    .addHelpText("after", isCheck ? "\nExit codes: 0 no drift, 1 drift, 2 bad input." : "\nExit codes: 0 shown, 2 bad input.")
    .action(async (flags: { cwd?: string; json?: boolean }) => {
      const root = repoRoot(flags.cwd);
      const { options } = await loadRepoOptions(root, {});
      const { plan, warnings, managed } = planRepo(root, options, { force: false, adopt: false }, { dependabotManager: await loadDependabotManager(options), render: cachedRender() });
      const drifted = plan.actions.filter((a) => a.type !== "unchanged");
      // A kept file whose managed entries are stale (a new manifest folder, say) is drift too.
      const stale = managed.map((m) => ({ path: m.path, diff: unifiedDiff(m.path, m.previous, m.content) }));
      if (flags.json) {
        output.out(JSON.stringify({ drift: drifted.length + stale.length > 0, files: drifted.map((a) => ({ ...summary(a), diff: actionDiff(a) })), managed: stale, warnings }, null, 2));
      } else {
        for (const warning of warnings) output.err(`warning: ${warning}`);
        for (const action of drifted) {
          output.out(describeAction(action));
          const diff = actionDiff(action);
          if (diff) output.out(colorDiff(diff));
        }
        for (const m of stale) {
          output.out(`${describeManaged(m.path).replace(" were brought", " would be brought")}`);
          output.out(colorDiff(m.diff));
        }
        output.out(
          drifted.length + stale.length === 0
            ? `No drift: ${plan.actions.length} owned files match the config.`
            : [
                drifted.length > 0 ? `${drifted.length} owned file(s) differ from the config.` : "",
                stale.length > 0 ? `${stale.length} kept file(s) have stale managed entries.` : "",
                "Run `create-devops-baseline synth` (hand edits need --force, or move them into the config's overrides).",
              ]
                .filter(Boolean)
                .join(" "),
        );
      }
      process.exitCode = isCheck && drifted.length + stale.length > 0 ? ExitCode.drift : ExitCode.ok;
    });
}

export function register(program: Command, output: Output): void {
  registerComparison(program, output, "check");
  registerComparison(program, output, "diff");
}
