import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { pc } from "../colors.js";
import type { AdoptedFile, AdoptPlan } from "../../adopt/plan-adopt.js";
import { loadConfig } from "../../config/load-config.js";
import { rewrittenConfig } from "../../config/write-config.js";
import { badInput, ExitCode } from "../../errors.js";
import type { Finding } from "../../rules/index.js";
import { colorDiff, describeAction, describeManaged, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";

interface AdoptFlags {
  cwd?: string;
  all?: boolean;
  yes?: boolean;
  json?: boolean;
}

const finding = (f: Finding): string => `${f.ruleId}${f.line ? ` line ${f.line}` : ""}: ${f.message}`;

function describe(file: AdoptedFile, output: Output): void {
  output.out(pc.bold(`adopt     ${file.path}`));
  for (const f of file.fixes) output.out(`  ${pc.green("fixes")}        ${finding(f)}`);
  for (const f of file.remaining) output.out(`  ${pc.yellow("remains")}      ${finding(f)}`);
  for (const c of file.carried) output.out(`  ${pc.cyan("carried")}      ${c}`);
  for (const n of file.notCarried) output.out(`  ${pc.yellow("not carried")}  ${n}`);
  output.out(colorDiff(file.diff));
}

const findingJson = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line ?? null, message: f.message });

/** `adopt --json`: per adopted file what the terminal shows, then the backups and the audit before and after. */
function adoptionJson(plan: AdoptPlan, chosen: readonly string[], configPath: string, backups: readonly { path: string; backup: string }[], warnings: readonly string[]) {
  return {
    adopted: plan.files
      .filter((file) => chosen.includes(file.path))
      .map((file) => ({ path: file.path, fixes: file.fixes.map(findingJson), remaining: file.remaining.map(findingJson), carried: file.carried, notCarried: file.notCarried, diff: file.diff })),
    config: configPath,
    backups: backups.map((b) => ({ path: b.path, backup: b.backup })),
    audit: { before: plan.before.length, after: plan.after.length, findingsAfter: plan.after.map(findingJson) },
    warnings,
  };
}

export function register(program: Command, output: Output): void {
  program
    .command("adopt")
    .argument("[paths...]", "kept files to take over (files the baseline renders that the repository has as its own)")
    .description(
      "Take over files the repository kept as its own: for each, show the findings adoption fixes and the diff to the baseline's version, then own it and keep the old one as <file>.orig. What the baseline lacks (jobs, steps, triggers, env, service containers, compose services, environment variables, build args) is carried into the config's overrides; what cannot be carried is listed.",
    )
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("--all", "every kept file")
    .option("-y, --yes", "adopt without asking (CI; needed without a terminal)")
    .option("--json", "print what was adopted as one JSON object (needs --yes)")
    .addHelpText(
      "after",
      "\nNeeds a config (run init first). The config is rewritten when it is JSON or the TS file init wrote; a TS config with code of its own is left alone and adopt prints the change to make.\nExit codes: 0 adopted (or nothing to adopt), 2 bad input (no config, a path that is not a kept file, no terminal without --yes, --json without --yes), 4 another run holds the lock, 130 cancelled at a prompt.",
    )
    .action(async (paths: string[], flags: AdoptFlags) => {
      const root = repoRoot(flags.cwd);
      if (flags.all && paths.length > 0) throw badInput("adopt: pass paths or --all, not both");
      if (!flags.all && paths.length === 0) throw badInput("adopt: name the kept files to take over, or pass --all");
      if (flags.json && !flags.yes) throw badInput("adopt: --json prints the result of an adoption without questions; pass --yes with it");
      const loaded = await loadConfig(root);
      if (!loaded) throw badInput("adopt: no devops-baseline.config.ts or devops-baseline.json here. Run `create-devops-baseline init` first.");
      const { keptFiles, planAdoption } = await import("../../adopt/plan-adopt.js");
      const wanted = flags.all ? [...keptFiles(root, loaded.options).keys()].sort() : paths.map((p) => p.replace(/\\/g, "/").replace(/^\.\//, ""));
      if (wanted.length === 0) {
        output.out(flags.json ? JSON.stringify({ adopted: [], config: loaded.path, audit: null }, null, 2) : "Nothing to adopt: the baseline owns every file it renders here.");
        process.exitCode = ExitCode.ok;
        return;
      }
      const raw = loaded.raw as AdoptPlan["config"];
      let plan = planAdoption(root, raw, loaded.options, wanted);
      let chosen = wanted;
      if (!flags.yes) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) throw badInput("adopt: no terminal to ask in. Pass --yes to adopt without asking.");
        const { confirm } = await import("@inquirer/prompts");
        chosen = [];
        for (const file of plan.files) {
          describe(file, output);
          if (await confirm({ message: `Take over ${file.path}? (the old one is kept as ${file.path}.orig)`, default: true })) chosen.push(file.path);
        }
        if (chosen.length === 0) {
          output.out("Nothing adopted.");
          process.exitCode = ExitCode.ok;
          return;
        }
        if (chosen.length < wanted.length) plan = planAdoption(root, raw, loaded.options, chosen);
      } else if (!flags.json) {
        for (const file of plan.files) describe(file, output);
      }
      const configText = readFileSync(join(root, loaded.path), "utf8");
      const rewrite = rewrittenConfig(loaded.path, configText, raw, plan.config);
      if ("refused" in rewrite) {
        throw badInput(
          `adopt: ${rewrite.refused}. Make these changes in it, then run adopt again:\n  eject: ${JSON.stringify(plan.config.eject ?? [])}\n  overrides: ${JSON.stringify(plan.config.overrides ?? {}, null, 2).replace(/\n/g, "\n  ")}`,
        );
      }
      writeFileSync(join(root, loaded.path), rewrite.text);
      if (!flags.json) output.out(`config    ${loaded.path} — ${chosen.length} file(s) left "eject"${chosen.some((p) => plan.config.overrides?.[p]) ? "; carried parts are under overrides" : ""}`);
      const { synthesize } = await import("../../synth/synthesize.js");
      const { loadDependabotManager } = await import("../../synth/managed-files.js");
      const result = synthesize(root, plan.options, { force: false, adopt: new Set(chosen) }, { dependabotManager: await loadDependabotManager(plan.options) });
      for (const warning of result.warnings) output.err(`warning: ${warning}`);
      if (flags.json) {
        output.out(JSON.stringify(adoptionJson(plan, chosen, loaded.path, result.backups, result.warnings), null, 2));
        process.exitCode = ExitCode.ok;
        return;
      }
      for (const action of result.plan.actions) if (action.type !== "unchanged") output.out(describeAction(action));
      for (const b of result.backups) output.out(`backup    ${b.backup} (previous ${b.path})`);
      for (const m of result.managed) output.out(describeManaged(m.path));
      output.out(`\nAudit of the repository: ${plan.before.length} finding(s) before, ${plan.after.length} after.`);
      process.exitCode = ExitCode.ok;
    });
}
