import { statSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { AppliedFix } from "../../audit/index.js";
import { badInput, ExitCode } from "../../errors.js";
// Types only at load time: the rules (and their Dockerfile parser) load when audit runs, not for every command.
import { SEVERITIES, type Severity } from "../../rules/types.js";
import { TOOL_VERSION } from "../../version.js";
import { colorDiff, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";

const FORMATS = ["text", "json", "markdown", "sarif"] as const;

export function register(program: Command, output: Output): void {
  program
    .command("audit")
    .argument("[dir]", "repository folder (default: --cwd, else the current directory)")
    .description(
      "Check the repository's DevOps files (workflows, composite actions, Dockerfiles, compose files, Dependabot/Renovate config, shell scripts, Kubernetes manifests, nginx configuration, Prometheus rules) against the rule catalog. Needs no config; works before init. Writes nothing unless --fix.",
    )
    .option("-C, --cwd <dir>", "repository folder (default: current directory)")
    .option("--format <format>", `output: ${FORMATS.join(", ")} (SARIF 2.1.0 for GitHub code scanning)`, "text")
    .option("--json", "same as --format json (versioned: see docs/commands/audit.md)")
    .option("--diff", "also print, as unified diffs, the baseline's own version of each file it renders whose findings that version clears (from the config, else detection)")
    .option("--fix", "write those replacements (keeping <file>.orig backups), then audit again; the only flag that writes")
    .option("--fail-on <severity>", `lowest severity that makes the exit code 1: ${SEVERITIES.join(", ")}`, "low")
    .option("--sarif-file <file>", "also write the SARIF 2.1.0 report to this file, whatever --format prints (the GitHub Action uploads it)")
    .option("--defaults <file>", "the organisation defaults file (as for rollout): its `audit` key re-grades, turns off and suppresses rules")
    .addHelpText(
      "after",
      "\nEvery rule, with its rationale and fix: docs/audit.md. For code scanning: audit --format sarif > audit.sarif, then github/codeql-action/upload-sarif.\nWith --fix, the findings and exit code are those of the audit after the fixes.\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input (not a folder, an unknown severity or format), 3 internal error.",
    )
    .action(async (dir: string | undefined, flags: { cwd?: string; json?: boolean; format: string; diff?: boolean; fix?: boolean; failOn: string; sarifFile?: string; defaults?: string }) => {
      const failOn = flags.failOn.toLowerCase() as Severity;
      if (!SEVERITIES.includes(failOn)) throw badInput(`--fail-on: "${flags.failOn}" is not allowed. Allowed: ${SEVERITIES.join(", ")}`);
      const format = flags.json ? "json" : flags.format;
      if (!(FORMATS as readonly string[]).includes(format)) throw badInput(`--format: "${flags.format}" is not allowed. Allowed: ${FORMATS.join(", ")}`);
      if (flags.json && flags.format !== "text" && flags.format !== "json") throw badInput(`--json and --format ${flags.format} ask for two outputs; pass one`);
      if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw badInput(`audit: "${dir}" is not a folder`);
      const root = repoRoot(dir ?? flags.cwd);
      const { loadDefaults } = await import("../../rollout/load-defaults.js");
      const policy = loadDefaults(flags.defaults).audit;
      const { applyFixes, auditJson, auditMarkdown, auditRepo, auditSarif, auditText, failing } = await import("../../audit/index.js");
      let result = await auditRepo(root, failOn, policy);
      let applied: AppliedFix[] = [];
      if (flags.fix && result.fixes.length > 0) {
        applied = applyFixes(root, result.fixes);
        result = await auditRepo(root, failOn, policy);
      }
      if (flags.sarifFile) writeFileSync(flags.sarifFile, `${auditSarif(result, TOOL_VERSION)}\n`);
      if (format === "json") {
        const report = JSON.parse(auditJson(result, TOOL_VERSION)) as Record<string, unknown>;
        output.out(JSON.stringify(flags.fix ? { ...report, applied } : report, null, 2));
      } else if (format === "sarif") {
        output.out(auditSarif(result, TOOL_VERSION));
      } else if (format === "markdown") {
        output.out(auditMarkdown(result).trimEnd());
      } else {
        for (const a of applied) output.out(`fixed     ${a.file}${a.backup ? ` (previous content in ${a.backup})` : " (created)"}`);
        if (applied.length > 0) output.out("");
        for (const u of result.unreadable) output.err(`warning: ${u.path} could not be parsed and was not audited: ${u.reason}`);
        for (const w of result.warnings ?? []) output.err(`warning: ${w}`);
        for (const line of auditText(result)) output.out(line);
        if (flags.diff) for (const fix of result.fixes) output.out(colorDiff(fix.diff));
      }
      process.exitCode = failing(result).length > 0 ? ExitCode.drift : ExitCode.ok;
    });
}
