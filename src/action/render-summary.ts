import type { ActionResult } from "./read-result.js";

export interface SummaryInput {
  readonly command: string;
  readonly exitCode: number;
  readonly result: ActionResult;
  /** The command's own lines when it has no JSON output, or its error messages. */
  readonly log: readonly string[];
}

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** Fenced so a diff holding ``` cannot close the block. */
const fence = (lang: string, body: string): string => {
  let ticks = "```";
  while (body.includes(ticks)) ticks += "`";
  return `${ticks}${lang}\n${body.replace(/\n$/, "")}\n${ticks}`;
};

/** The job summary: what ran, the outcome, the files and pull requests, diffs folded. */
export function renderSummary({ command, exitCode, result, log }: SummaryInput): string {
  const lines = [`### create-devops-baseline ${command}`, "", headline(command, exitCode, result), ""];
  if (result.pullRequestUrls.length > 0) {
    lines.push(...result.pullRequestUrls.map((url) => `- Pull request: ${url}`), "");
  }
  if (result.changes.length > 0) {
    lines.push("| file | change |", "| --- | --- |", ...result.changes.map((c) => `| ${code(c.path)} | ${c.type ?? "changed"} |`), "");
    const diffs = result.changes.filter((c) => c.diff);
    if (diffs.length > 0) {
      lines.push("<details><summary>Diff</summary>", "", fence("diff", diffs.map((c) => c.diff).join("\n")), "", "</details>", "");
    }
  }
  if (result.findings && result.findings.list.length > 0) {
    const shown = result.findings.list.slice(0, MAX_FINDINGS);
    lines.push("| file | line | rule | severity | finding |", "| --- | ---: | --- | --- | --- |");
    lines.push(...shown.map((f) => `| ${code(f.file)} | ${f.line ?? ""} | ${f.ruleId} | ${f.severity} | ${f.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`), "");
    if (result.findings.list.length > shown.length) lines.push(`… and ${result.findings.list.length - shown.length} more (all of them are in the SARIF report).`, "");
  }
  if (log.length > 0) lines.push(fence("text", log.join("\n")), "");
  return lines.join("\n");
}

/** A job summary is capped at 1 MiB; the SARIF upload carries every finding anyway. */
const MAX_FINDINGS = 100;

/** One line on the outcome, for the summary and the log. */
export function headline(command: string, exitCode: number, result: ActionResult): string {
  const n = result.changedFiles.length;
  if (exitCode === 2) return "**Bad input**: nothing was done (see below).";
  if (exitCode !== 0 && exitCode !== 1) return `**Failed** with exit code ${exitCode} (see below).`;
  if (command === "check") {
    return exitCode === 0
      ? "**No drift**: every owned file matches the config."
      : `**Drift**: ${n} owned file(s) differ from the config. Run \`npx create-devops-baseline synth\` and commit, or move hand edits into the config's \`overrides\`.`;
  }
  if (command === "audit" && result.findings) {
    const { total, failing, failOn } = result.findings;
    if (total === 0) return "**No findings**: every audited DevOps file follows the rules.";
    return exitCode === 0
      ? `**${total} finding(s)**, none at or above \`${failOn}\`.`
      : `**${total} finding(s)**, ${failing} at or above \`${failOn}\`: see below, in code scanning, or run \`npx create-devops-baseline audit\` locally.`;
  }
  if (result.audited !== undefined && exitCode === 0) return `**Audited ${result.audited} repositories**: nothing was written; the ranking by findings is above.`;
  if (exitCode === 1) return `**Finished with findings**: ${n} file(s) changed; see below.`;
  return n === 0 ? "**Up to date**: nothing to change." : `**Done**: ${n} file(s) changed.`;
}
