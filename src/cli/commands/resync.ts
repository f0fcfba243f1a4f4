import type { Command } from "commander";
import { findConfigFile } from "../../config/load-config.js";
import { BaselineError, ExitCode } from "../../errors.js";
import { addGitHubFlags, type GitHubFlags } from "../../rollout/github-flag-options.js";
import { loadRepoOptions } from "../load-options.js";
import { colorDiff, type Output } from "../output.js";
import { repoRoot } from "../repo-root.js";

interface ResyncFlags extends GitHubFlags {
  repo?: string;
  cwd?: string;
  apply?: boolean;
  diff: boolean;
  json?: boolean;
  allowCodeConfig?: boolean;
  force?: boolean;
  adopt?: boolean;
}

export function register(program: Command, output: Output): void {
  const command = program
    .command("resync")
    .description("Open or update one PR (branch devops-baseline/resync) that brings a repository to the current baseline; close it when no longer needed. Dry run unless --apply.")
    .option("--repo <owner/name>", "the repository (default: $GITHUB_REPOSITORY, else the checkout's origin remote)")
    .option("-C, --cwd <dir>", "local checkout whose config is used (default: current directory); without a config the repository's own is read, or its stack detected")
    .option("--apply", "write the branch and open, update or close the PR (without it: print what would change)")
    .option("--no-diff", "list changed files instead of printing the diff")
    .option("--json", "print the result as JSON")
    .option("--allow-code-config", "with --repo: evaluate the repository's devops-baseline.config.ts (runs its code with your token)")
    .option("--force", "overwrite owned files edited by hand (the PR shows the old content)")
    .option("--adopt", "take over existing files this tool does not own");
  addGitHubFlags(command);
  command.addHelpText(
    "after",
    [
      "",
      "GITHUB_TOKEN of a workflow cannot change .github/workflows/ and PRs it opens do not trigger CI: use a GitHub App",
      "token (actions/create-github-app-token) or a PAT with the workflow scope, as baseline-resync.yml does.",
      "Exit codes: 0 done (or nothing to do), 2 bad input, 3 GitHub refused or failed (the message says why).",
    ].join("\n"),
  );
  command.action(async (flags: ResyncFlags) => {
    const { connect } = await import("../../rollout/github-flags.js");
    const { resolveRepoRef, resyncOne } = await import("../../rollout/resync-one.js");
    const connection = connect(flags, process.env, (level, line) => output.err(`${level}: ${line}`));
    const { redactor } = connection;
    const say = (text: string) => output.out(redactor.redact(text));
    const root = repoRoot(flags.cwd);
    const repo = resolveRepoRef(flags.repo, root, process.env);
    // A checkout's own config is trusted (it is this repository's code); a remote one only with --allow-code-config.
    const local = flags.repo === undefined && findConfigFile(root) ? await loadRepoOptions(root, {}) : undefined;
    const apply = Boolean(flags.apply);
    const result = await resyncOne({
      session: connection.session,
      repo,
      settings: {
        defaults: {},
        allowCodeConfig: Boolean(flags.allowCodeConfig),
        flags: { force: Boolean(flags.force), adopt: Boolean(flags.adopt) },
        wantDiff: !apply && flags.diff,
        ...(local ? { presetOptions: { options: local.options, source: local.configPath } } : {}),
      },
      apply,
      redactor,
      limits: connection.limits,
      spacingMs: connection.spacingMs,
      budgets: connection.budgets,
    });
    if (result.outcome === "failed") throw new BaselineError("GITHUB", redactor.redact(result.error ?? "resync failed"));
    for (const warning of result.warnings) output.err(`warning: ${redactor.redact(warning)}`);
    if (flags.json) {
      say(JSON.stringify({ repo: result.repo, outcome: result.outcome, pr: result.pr, writes: result.writes, reads: result.reads, fromVersion: result.fromVersion, ...result.summary }, null, 2));
    } else {
      if (result.diff) say(colorDiff(result.diff));
      else if (result.summary) {
        for (const p of result.summary.added) say(`add     ${p}`);
        for (const p of result.summary.changed) say(`change  ${p}`);
        for (const p of result.summary.removed) say(`remove  ${p}`);
      }
      for (const f of result.summary?.leftAlone ?? []) say(`kept    ${f.path} — ${f.why}`);
      say(describe(result.outcome, result.repo, result.pr?.url, result.writes, apply));
    }
    process.exitCode = ExitCode.ok;
  });
}

function describe(outcome: string, repo: string, url: string | undefined, writes: number, apply: boolean): string {
  switch (outcome) {
    case "clean":
      return `${repo} is on the current baseline; nothing to do.`;
    case "merged":
      return `${repo}: the baseline PR was merged; nothing left to do.`;
    case "pr-current":
      return `${repo}: the open PR ${url} already holds these changes; nothing written.`;
    case "pr-opened":
      return `Opened ${url} (${writes} writes).`;
    case "pr-updated":
      return `Updated ${url} (${writes} writes).`;
    case "pr-closed":
      return `Closed ${url}: the default branch no longer needs it.`;
    case "would-open":
    case "would-update":
    case "would-close":
      return `Dry run: would ${outcome.slice(6)} the PR${url ? ` ${url}` : ""} (${writes} writes).${apply ? "" : " Add --apply to do it."}`;
    default:
      return `${repo}: ${outcome}`;
  }
}
