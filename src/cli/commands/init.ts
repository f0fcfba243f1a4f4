import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { findConfigFile } from "../../config/load-config.js";
import { configFileName, renderConfig } from "../../config/write-config.js";
import { readLocalSnapshot } from "../../detect/read-local-snapshot.js";
import { badInput, ExitCode } from "../../errors.js";
import type { BaselineConfig, BaselineOptions } from "../../options/index.js";
import { layerConfig } from "../../options/layer-config.js";
import { MANIFEST_PATH } from "../../synth/manifest.js";
import { pathOf } from "../../synth/plan.js";
import { loadDependabotManager, type DependabotManager } from "../../synth/managed-files.js";
import { planRepo, synthesize } from "../../synth/synthesize.js";
import { chooseConfigFormat } from "../config-format.js";
import { describeIgnored, ignoredByGit } from "../ignored-by-git.js";
import { loadRepoOptions } from "../load-options.js";
import { addOptionFlags, configFromFlags, hasOptionFlags } from "../option-flags.js";
import { describeAction, describeManaged, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";
import { runSummary } from "../run-summary.js";
import { assertReferencesResolve } from "../verify-references.js";

interface InitFlags extends Record<string, unknown> {
  cwd?: string;
  yes?: boolean;
  configFormat?: string;
  force?: boolean;
  adopt?: boolean;
}

export function register(program: Command, output: Output): void {
  const command = program
    .command("init", { isDefault: true })
    .description("Detect the stack, ask what it cannot infer, write the config and the owned baseline files.")
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("-y, --yes", "accept the detected values and flags without asking (needed without a terminal)")
    .option("--config-format <format>", "config file to write: ts (devops-baseline.config.ts) or json (devops-baseline.json); default ts only when the root package.json lists create-devops-baseline as a (dev)dependency (else the TS file would break tsc --noEmit), json otherwise")
    .option("--force", "overwrite owned files edited by hand (the old content is kept as <file>.orig)")
    .option("--adopt", "take over existing files this tool does not own (the old content is kept as <file>.orig)");
  addOptionFlags(command);
  command.addHelpText(
    "after",
    "\nWarns when git would ignore the config, the manifest or an owned file (a *.json line in .gitignore, say), naming the .gitignore line and the negation (!/devops-baseline.json) that fixes it.\nExisting files this tool does not own are never overwritten: init keeps them as the repository's own, listed under `eject` in the new config (--adopt takes them over instead).\nExit codes: 0 done, 2 bad input (nothing written), 4 another run holds the lock, 130 cancelled at a prompt (nothing written).",
  );
  command.action(async (flags: InitFlags) => {
    const root = repoRoot(flags.cwd);
    const existing = findConfigFile(root);
    let configPath: string;
    let options;
    // Keys read from the repository; everything else the summary lists as an assumption to confirm.
    let detected = new Set<string>();
    if (existing) {
      ({ options, configPath } = await loadRepoOptions(root, flags));
      if (hasOptionFlags(flags)) output.err(`note: flags apply to this run only; ${existing} is not changed`);
    } else {
      const choice = chooseConfigFormat(flags.configFormat, root);
      const format = choice.format;
      // One listing of the repository serves detection and the reference check.
      const snapshot = readLocalSnapshot(root);
      // Detection (and the yaml parser it needs) is a lazily loaded chunk: check and synth never load it.
      const { detectFromSnapshot } = await import("../../detect/detect-from-snapshot.js");
      const detection = detectFromSnapshot(snapshot);
      detected = new Set([...detection.evidence.filter((e) => e.value !== "(none)").map((e) => e.key), ...Object.keys(flatten(configFromFlags(flags)))]);
      for (const e of detection.evidence) output.out(`detected  ${e.key} = ${e.value}  (${e.file}: ${e.reason})`);
      for (const w of detection.warnings) output.err(`warning: ${w}`);
      let config = layerConfig(detection.config, configFromFlags(flags)) as BaselineConfig & Record<string, unknown>;
      // The options schema is a lazily loaded part too: `check` of a config validated before never builds it.
      const { parseOptions } = await import("../../options/parse.js");
      parseOptions(config, "options (detected and flags)");
      if (!flags.yes) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) {
          throw badInput(
            "No terminal to ask questions in. Pass --yes to accept the detected values (see `create-devops-baseline detect`), and flags such as --cloud aws-ecs to change them.",
          );
        }
        // Loaded only when a terminal asks: @inquirer/prompts is a lazily loaded chunk of the bundle.
        const { askForOptions } = await import("../prompts.js");
        config = await askForOptions(config, detected);
      }
      options = parseOptions(config, "options");
      // Nothing is written, config included, when a generated file would point at something missing.
      assertReferencesResolve(root, options, snapshot);
      // Files the repository already has and the tool does not own stay the repository's: init lists them
      // under `eject`, so `check` agrees from the first run. --adopt hands them to the baseline instead.
      const kept = flags.adopt ? [] : unownedExisting(root, options, await loadDependabotManager(options));
      if (kept.length > 0) {
        config = { ...config, eject: [...(config.eject ?? []), ...kept] };
        options = parseOptions(config, "options");
        for (const path of kept) output.out(`kept      ${path} — yours, so listed in "eject"; create-devops-baseline adopt ${path} shows what the baseline would change and takes it over`);
      }
      configPath = configFileName(format);
      writeFileSync(join(root, configPath), renderConfig(config, format));
      output.out(`config    ${configPath}`);
      if (choice.note) (choice.warn ? output.err : output.out)(choice.warn ? `warning: ${choice.note}` : `          ${choice.note}`);
    }
    const result = synthesize(root, options, { force: Boolean(flags.force), adopt: Boolean(flags.adopt) }, { dependabotManager: await loadDependabotManager(options) });
    for (const warning of result.warnings) output.err(`warning: ${warning}`);
    for (const action of result.plan.actions) output.out(describeAction(action));
    for (const b of result.backups) output.out(`backup    ${b.backup} (previous ${b.path})`);
    for (const m of result.managed) output.out(describeManaged(m.path));
    const summary = runSummary(options, existing ? new Set(Object.keys(flatten(options))) : detected);
    for (const line of summary.lines) output.out(line);
    for (const warning of summary.warnings) output.err(`recommendation: ${warning}`);
    // Files git ignores never reach the repository: CI's drift check would find no config or manifest.
    const ours = [configPath, MANIFEST_PATH, ...Object.keys(result.manifest.files)];
    for (const file of ignoredByGit(root, ours)) output.err(`warning: ${describeIgnored(file)}`);
    output.out(`\nThe baseline is configured in ${configPath}. Change it there and run \`create-devops-baseline synth\`; CI runs \`create-devops-baseline check\`.`);
    process.exitCode = ExitCode.ok;
  });
}

function unownedExisting(root: string, options: BaselineOptions, dependabotManager: DependabotManager | undefined): string[] {
  const { plan } = planRepo(root, options, { force: false, adopt: false }, { dependabotManager });
  return plan.actions.filter((a) => a.type === "skip-unowned").map(pathOf);
}

/** "backend.app", "cloud" … for every leaf of a config: with an existing config, every value is the user's. */
function flatten(value: object, prefix = ""): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.entries(flatten(v as object, `${prefix}${key}.`)) : [[`${prefix}${key}`, v]],
    ),
  );
}
