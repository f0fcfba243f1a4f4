import { composeRules } from "./compose.js";
import { crossFileRules } from "./cross-file.js";
import { dependencyUpdateRules } from "./dependency-updates.js";
import { dockerfileRules } from "./dockerfile.js";
import { kubernetesRules } from "./kubernetes.js";
import { nginxRules } from "./nginx.js";
import { prometheusRules } from "./prometheus.js";
import { shellRules } from "./shell.js";
import type { Finding, RepoView, Rule, Severity } from "./types.js";
import { SEVERITIES } from "./types.js";
import { workflowRules } from "./workflow.js";

export type { Finding, Hit, RepoView, Rule, RuleType, Severity } from "./types.js";
export { SEVERITIES } from "./types.js";
export { buildRepoView, repoViewOf } from "./repo-view.js";
export { filesToAudit, type RepoSnapshot } from "./files-to-audit.js";

/** The catalog: every rule the baseline's own tests and `audit` run, in id order. */
export const RULES: readonly Rule[] = [...workflowRules, ...dockerfileRules, ...composeRules, ...dependencyUpdateRules, ...shellRules, ...kubernetesRules, ...nginxRules, ...prometheusRules, ...crossFileRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** True when `severity` is at least as serious as `threshold`. */
export const atLeast = (severity: Severity, threshold: Severity): boolean => SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);

/** Runs rules over a repository view; findings sorted by file, line and rule id. */
export function runRules(repo: RepoView, rules: readonly Rule[] = RULES): Finding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(repo).map((hit): Finding => ({ ruleId: rule.id, severity: rule.severity, title: rule.title, fix: rule.fix, ...hit })),
  );
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
}
