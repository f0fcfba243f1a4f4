import { RULES_DOC_URL } from "../audit/rules-doc-url.js";
import { SEVERITIES } from "../rules/types.js";
import type { RepoAudit } from "./audit-remote.js";

const ruleLink = (id: string) => `[${id}](${RULES_DOC_URL}#${id.toLowerCase()})`;

/** The PR body's section: the repository's audit now, and after this PR is merged. */
export function auditBeforeAfter(audit: RepoAudit): string[] {
  const { before } = audit;
  const after = audit.after ?? before;
  const lines = [
    "### Audit before → after",
    "",
    "| | before | after |",
    "| --- | ---: | ---: |",
    ...SEVERITIES.map((s) => `| ${s} | ${before.bySeverity[s]} | ${after.bySeverity[s]} |`),
    `| **findings** | **${before.findings}** | **${after.findings}** |`,
    `| score | ${before.score}/100 | ${after.score}/100 |`,
    "",
  ];
  const ids = [...new Set([...Object.keys(before.byRule), ...Object.keys(after.byRule)])].sort();
  const fixed = ids.filter((id) => (after.byRule[id] ?? 0) < (before.byRule[id] ?? 0));
  const added = ids.filter((id) => (after.byRule[id] ?? 0) > (before.byRule[id] ?? 0));
  const left = ids.filter((id) => (after.byRule[id] ?? 0) > 0);
  const list = (rules: string[], count: (id: string) => string) => rules.map((id) => `${ruleLink(id)} ${count(id)}`).join(", ");
  if (fixed.length > 0) lines.push(`Fixed by this PR: ${list(fixed, (id) => `(${before.byRule[id]} → ${after.byRule[id] ?? 0})`)}.`, "");
  if (added.length > 0) lines.push(`New with this PR: ${list(added, (id) => `(${before.byRule[id] ?? 0} → ${after.byRule[id]})`)}.`, "");
  if (left.length > 0) lines.push(`Still open after it (files the baseline leaves alone; \`npx create-devops-baseline audit\` lists them): ${list(left, (id) => `(${after.byRule[id]})`)}.`, "");
  return lines;
}
