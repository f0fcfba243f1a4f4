/**
 * `node --import tsx scripts/gen-audit-docs.ts`: writes docs/audit.md from the rule catalog
 * (src/rules/), so the page lists exactly the rules `audit` and the baseline's tests run.
 * test/docs/audit-docs.test.ts fails when the committed page is not what this script writes.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { RULES, type Rule, type RuleType } from "../src/rules/index.js";

export const AUDIT_DOCS_PATH = "docs/audit.md";

const SECTIONS: Record<RuleType, string> = {
  workflow: "Workflows and composite actions",
  dockerfile: "Dockerfiles",
  compose: "Compose files",
  "dependency-updates": "Dependency updates",
  shell: "Shell scripts",
  kubernetes: "Kubernetes manifests",
  nginx: "nginx configuration",
  prometheus: "Prometheus alerting rules",
  "cross-file": "Across files",
};

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderAuditDocs(rules: readonly Rule[] = RULES): string {
  const types = (Object.keys(SECTIONS) as RuleType[]).filter((t) => rules.some((r) => r.type === t));
  const lines = [
    "# Audit rules",
    "",
    "<!-- Generated from src/rules/ by scripts/gen-audit-docs.ts; do not edit by hand. -->",
    "",
    "The one catalog of hardening rules: [`audit`](commands/audit.md) runs it on any repository, and the",
    "baseline's own tests assert that every generated file has no finding. Ids are stable: a rule is never",
    "renumbered, and an id is never reused. The severities below are the catalog's; an organisation re-grades,",
    "turns off or suppresses rules for all its repositories in one [policy](commands/audit.md#organisation-policy),",
    "which `audit --defaults` and `rollout` apply.",
    "",
    `${rules.length} rules. ${types.map((t) => `${SECTIONS[t]}: ${rules.filter((r) => r.type === t).length}`).join("; ")}.`,
    "",
    "| id | severity | rule |",
    "| --- | --- | --- |",
    ...rules.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${cell(r.title)} |`),
    "",
  ];
  for (const type of types) {
    lines.push(`## ${SECTIONS[type]}`, "");
    for (const r of rules.filter((x) => x.type === type)) {
      lines.push(`### ${r.id}`, "", `**${r.title}** — ${r.severity}.`, "", `Why: ${r.rationale}`, "", `Fix: ${r.fix}`, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export async function formatAuditDocs(rules?: readonly Rule[]): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(renderAuditDocs(rules), { parser: "markdown" });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(new URL(`../${AUDIT_DOCS_PATH}`, import.meta.url), await formatAuditDocs());
  console.log(`wrote ${AUDIT_DOCS_PATH}`);
}
