import { ruleById, type Finding } from "../rules/index.js";
import { failing, type AuditResult } from "./report.js";
import { RULES_DOC_URL } from "./sarif.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A Markdown report (a PR comment, a job summary): findings grouped by file, then the fixes. */
export function auditMarkdown(result: AuditResult): string {
  const lines = ["## DevOps audit", ""];
  if (result.findings.length === 0) {
    lines.push("No findings.");
    return `${lines.join("\n")}\n`;
  }
  lines.push(`${result.findings.length} finding(s), ${failing(result).length} at or above \`${result.failOn}\`.`, "");
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    lines.push(`### \`${file}\``, "", "| line | severity | rule | finding |", "| --- | --- | --- | --- |");
    for (const f of findings) lines.push(`| ${f.line ?? ""} | ${f.severity} | [${f.ruleId}](${RULES_DOC_URL}#${f.ruleId.toLowerCase()}) | ${cell(f.message)} |`);
    lines.push("");
  }
  lines.push("### How to fix", "");
  for (const id of [...new Set(result.findings.map((f) => f.ruleId))].sort()) {
    const rule = ruleById(id)!;
    lines.push(`- **${id}** ${cell(rule.title)}: ${cell(rule.fix)}`);
  }
  if (result.fixes.length > 0) {
    lines.push("", `The baseline's own version clears every finding of: ${result.fixes.map((f) => `\`${f.file}\``).join(", ")} (\`audit --diff\` shows it, \`audit --fix\` writes it).`);
  }
  return `${lines.join("\n")}\n`;
}
