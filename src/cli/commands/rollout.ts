import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { badInput, BaselineError, ExitCode } from "../../errors.js";
import { addGitHubFlags, type GitHubFlags } from "../../rollout/github-flag-options.js";
import { colorDiff, type Output } from "../output.js";

interface RolloutFlags extends GitHubFlags {
  org?: string;
  topic: string[];
  repos?: string;
  search?: string;
  include: string[];
  exclude: string[];
  includeForks?: boolean;
  defaults?: string;
  apply?: boolean;
  dryRun?: boolean;
  diff: boolean;
  concurrency: string;
  ledger: string;
  fresh?: boolean;
  shard?: string;
  json?: boolean;
  reportJson?: string;
  reportMd?: string;
  reportHtml?: string;
  auditOnly?: boolean;
  allowCodeConfig?: boolean;
  force?: boolean;
  adopt?: boolean;
  printWorkflow?: boolean;
  shards?: string;
  waves?: string;
  waveWait: string;
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];

export function register(program: Command, output: Output): void {
  const command = program
    .command("rollout")
    .description("Bring many repositories to the baseline through one resync PR each, within GitHub's rate limits. Dry run unless --apply.")
    .option("--org <org>", "every repository of this organisation")
    .option("--topic <topic>", "only repositories with this topic (repeatable, all must match)", collect, [])
    .option("--repos <file>", "repositories listed in a file, one owner/name per line")
    .option("--search <query>", 'repositories found by a GitHub search, e.g. "org:acme language:python"')
    .option("--include <glob>", "only names matching (owner/name or name; * and ?; repeatable)", collect, [])
    .option("--exclude <glob>", "skip names matching (repeatable)", collect, [])
    .option("--include-forks", "also roll out to forks (archived and empty repositories are always skipped)")
    .option("--defaults <file>", "organisation defaults (JSON, same keys as devops-baseline.json, plus `audit`: the rule severities and suppressions of every repository's audit), under each repository's own config or detection")
    .option("--audit-only", "audit every repository's DevOps files through the API and rank them by findings; plans nothing and writes nothing (needs read access only)")
    .option("--apply", "open, update and close the PRs (without it: a dry run that prints what would change)")
    .option("--dry-run", "print what would change and write nothing (the default)")
    .option("--no-diff", "in a dry run, list files instead of printing diffs")
    .option("--concurrency <n>", "repositories worked on at once", "8")
    .option("--ledger <file>", "progress file of an --apply run; an unfinished run resumes from it", "devops-baseline-rollout.jsonl")
    .option("--fresh", "ignore an unfinished run in the ledger and start over")
    .option("--waves <list>", "open PRs in waves, e.g. 1,10%,100% (cumulative counts or shares); each wave starts when the previous wave's PR checks passed, and a failed check pauses the run (rerun to resume)")
    .option("--wave-wait <duration>", "with --waves: longest wait for pending checks before the next wave starts anyway (30s, 20m, 2h)", "30m")
    .option("--shard <i/n>", "only the i-th of n deterministic slices (by repository name), for a CI matrix; the write budget is split n ways")
    .option("--json", "print the report as JSON on stdout")
    .option("--report-json <file>", "also write the JSON report to a file")
    .option("--report-md <file>", "also write the Markdown report to a file ($GITHUB_STEP_SUMMARY gets it automatically)")
    .option("--report-html <file>", "also write the report as one self-contained HTML page: a sortable table and charts of findings per repository and per rule")
    .option("--allow-code-config", "evaluate repositories' devops-baseline.config.ts (runs their code with your token; off by default)")
    .option("--force", "overwrite owned files edited by hand (the PR shows the old content)")
    .option("--adopt", "take over existing files this tool does not own")
    .addOption(new Option("--print-workflow", "print an example GitHub Actions workflow running this rollout as a sharded matrix, and exit"))
    .addOption(new Option("--shards <n>", "matrix size for --print-workflow").default("4"));
  addGitHubFlags(command);
  command.addHelpText(
    "after",
    [
      "",
      "Credentials: a GitHub App (--app-id) or a token with repo and workflow scopes. GITHUB_TOKEN of a workflow",
      "cannot change .github/workflows/ and its PRs do not trigger CI.",
      "Repositories with the topic devops-baseline-opt-out are never touched.",
      "Re-runs are cheap: the ledger keeps the ETags of the reads that found a repository clean, and GitHub does not count",
      "the 304 answers to them against the rate limit.",
      "Exit codes: 0 done, 1 some repositories failed or a wave's checks failed (see the report; rerun to resume), 2 bad input, 3 GitHub or internal error.",
    ].join("\n"),
  );
  command.action(async (flags: RolloutFlags) => {
    const { gitHubError, loadDefaults, createProgress, inLines, reportJsonParts, reportMarkdown, reportTable, writeStepSummary, rollout, rolloutWorkflowYaml, parseShard, parseDuration, parseWaves } = await import("./rollout-parts.js");
    if (flags.printWorkflow) {
      output.out(rolloutWorkflowYaml({ shards: count(flags.shards ?? "4", "--shards"), org: flags.org, topics: flags.topic, defaults: flags.defaults }));
      return;
    }
    if (flags.apply && flags.dryRun) throw badInput("--apply and --dry-run contradict each other; pick one");
    if (flags.apply && flags.auditOnly) throw badInput("--audit-only writes nothing; drop --apply (or --audit-only)");
    if (flags.waves !== undefined && flags.auditOnly) throw badInput("--waves opens PRs wave by wave and --audit-only opens none; pick one");
    if (flags.topic.length > 0 && !flags.org && !flags.repos && !flags.search) throw badInput("--topic narrows a listing: add --org NAME (or --repos/--search)");
    if (flags.search && (flags.appId ?? process.env.GITHUB_APP_ID) && !/\b(org|user):[\w.-]+/.test(flags.search)) {
      throw badInput('--search with a GitHub App needs an owner in the query (e.g. "org:acme …"): the search runs as that owner\'s installation.');
    }
    const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
    const waitMs = parseDuration(flags.waveWait, "--wave-wait");
    // Checks are read every 30 s while waiting (GitHub's own UI refreshes no faster), more often for a short wait.
    const waves = flags.waves === undefined ? undefined : { steps: parseWaves(flags.waves), waitMs, pollMs: Math.min(30_000, Math.max(1_000, waitMs / 10)) };
    const defaults = loadDefaults(flags.defaults);
    const auditOnly = Boolean(flags.auditOnly);
    const { connect } = await import("../../rollout/github-flags.js");
    const connection = connect(flags, process.env, (level, line) => output.err(`${level}: ${line}`), { shareOf: shard?.count ?? 1 });
    const { redactor } = connection;
    const apply = Boolean(flags.apply);
    // A live line on a terminal; otherwise plain lines through the command's output (CI logs, tests).
    const stream = process.stderr.isTTY ? process.stderr : { write: (text: string) => output.err(text.replace(/\n$/, "")) };
    const progress = createProgress(stream, (s) => redactor.redact(s));
    let report;
    try {
      report = await rollout({
        session: connection.session,
        targets: { ...(flags.org ? { org: flags.org } : {}), ...(flags.repos ? { reposFile: flags.repos } : {}), ...(flags.search ? { search: flags.search } : {}) },
        selection: { include: flags.include, exclude: flags.exclude, topics: flags.topic, includeForks: Boolean(flags.includeForks), ...(shard ? { shard } : {}) },
        settings: {
          defaults: defaults.config,
          audit: defaults.audit,
          auditOnly,
          allowCodeConfig: Boolean(flags.allowCodeConfig),
          flags: { force: Boolean(flags.force), adopt: Boolean(flags.adopt) },
          wantDiff: !apply && !auditOnly && flags.diff,
        },
        apply,
        concurrency: count(flags.concurrency, "--concurrency"),
        ledgerPath: flags.ledger,
        fresh: Boolean(flags.fresh),
        limits: connection.limits,
        spacingMs: connection.spacingMs,
        redactor,
        progress,
        fingerprint: [flags.defaults ? createHash("sha256").update(readFileSync(flags.defaults)).digest("hex") : ""],
        budgets: connection.budgets,
        ...(waves ? { waves } : {}),
      });
    } catch (error) {
      throw error instanceof BaselineError && error.code === "BAD_INPUT" ? error : gitHubError(error, "rollout", redactor);
    }

    const say = (text: string) => output.out(redactor.redact(text));
    if (!apply && flags.diff && !flags.json) {
      for (const r of report.results) if (r.diff) say(`\n${r.repo} (${r.outcome})\n${colorDiff(r.diff)}`);
    }
    // The JSON report goes out a piece of lines at a time, each redacted: for 10,000 repositories it is
    // megabytes, and one string of it (with its copies) was the end of a rollout's peak memory (issue 14).
    const jsonLines = () => inLines(reportJsonParts(report));
    if (flags.reportJson) {
      const fd = openSync(flags.reportJson, "w");
      try {
        let separator = "";
        for (const lines of jsonLines()) {
          writeFileSync(fd, separator + redactor.redact(lines));
          separator = "\n";
        }
      } finally {
        closeSync(fd);
      }
    }
    const markdown = flags.reportMd || process.env.GITHUB_STEP_SUMMARY ? reportMarkdown(report) : undefined;
    if (flags.reportMd) writeFileSync(flags.reportMd, redactor.redact(markdown!));
    if (flags.reportHtml) {
      const { reportHtml } = await import("../../rollout/report-html.js");
      writeFileSync(flags.reportHtml, redactor.redact(reportHtml(report)));
    }
    if (markdown !== undefined) writeStepSummary(redactor.redact(markdown));
    if (flags.json) for (const lines of jsonLines()) say(lines);
    else {
      say(reportTable(report));
      if (auditOnly) say("Audit only: nothing was planned or written.");
      else if (!apply) say("Dry run: nothing was written. Add --apply to open the PRs.");
      else if (report.results.some((r) => r.outcome === "failed")) say(`Some repositories failed; run the same command again to resume from ${flags.ledger}.`);
      else if (report.waves?.paused) say(`Paused; run the same command again to resume from ${flags.ledger}.`);
    }
    process.exitCode = report.results.some((r) => r.outcome === "failed") || report.waves?.paused ? ExitCode.drift : ExitCode.ok;
  });
}

function count(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badInput(`${flag}: "${value}" must be a whole number above 0`);
  return Number(value);
}
