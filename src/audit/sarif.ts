import { createHash } from "node:crypto";
import { RULES, type Finding, type Rule, type Severity } from "../rules/index.js";
import type { AuditResult } from "./report.js";
import { RULES_DOC_URL } from "./rules-doc-url.js";

export { RULES_DOC_URL };

// GitHub code scanning reads these: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, under 4.0 low.
// @see https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#reportingdescriptor-object
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };

const pascal = (title: string): string =>
  title
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");

function sarifRule(rule: Rule) {
  const helpUri = `${RULES_DOC_URL}#${rule.id.toLowerCase()}`;
  return {
    id: rule.id,
    name: pascal(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: `Fix: ${rule.fix}`, markdown: `**Fix:** ${rule.fix}\n\n**Why:** ${rule.rationale}\n\n[${rule.id} in the rule catalog](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["security", rule.type], "security-severity": SECURITY_SEVERITY[rule.severity], precision: "high", "problem.severity": LEVEL[rule.severity] === "note" ? "recommendation" : LEVEL[rule.severity] },
  };
}

/**
 * Our own fingerprint: rule, file and the finding's message, which names the semantic location (a
 * YAML path like `jobs.test.steps[checkout]`, a stage's instruction, a service) and never a line, so
 * an alert survives lines moving. Identical findings in one file are told apart by their order.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash("sha256").update(`${key}\u0000${n}`).digest("hex").slice(0, 32);
  });
}

/** SARIF 2.1.0 that GitHub code scanning accepts: every catalog rule, one result per finding. */
export function auditSarif(result: AuditResult, toolVersion: string): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const prints = fingerprints(result.findings);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "create-devops-baseline", version: toolVersion, semanticVersion: toolVersion, informationUri: RULES_DOC_URL, rules: RULES.map(sarifRule) } },
        automationDetails: { id: "create-devops-baseline/audit/" },
        results: result.findings.map((f, i) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
                ...(f.line ? { region: { startLine: f.line } } : {}),
              },
            },
          ],
          partialFingerprints: { "devopsBaselineFinding/v1": prints[i]! },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
