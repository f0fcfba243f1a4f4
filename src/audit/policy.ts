import { z } from "../options/zod.js";
import { badInput } from "../errors.js";
import { RULES, SEVERITIES, type Finding, type Severity } from "../rules/index.js";
import { pathGlob } from "../rules/path-glob.js";
import type { Suppression } from "./suppress.js";

const isRuleId = (id: string) => RULES.some((r) => r.id === id);
const notARule = (id: string) => `"${id}" is not a rule id (the catalog: docs/audit.md)`;
const ruleId = z.string().refine(isRuleId, { error: (issue) => notARule(String(issue.input)) });

/**
 * An organisation's audit policy, the `audit` key of the org defaults file: severities that differ from
 * the catalog's, and suppressions scoped by rule and path, each with the reason a reviewer reads.
 */
const auditPolicySchema = z.strictObject({
  severity: z
    .record(z.string(), z.union([z.enum(SEVERITIES as [Severity, ...Severity[]]), z.literal("off")]))
    .superRefine((severities, ctx) => {
      for (const id of Object.keys(severities)) if (!isRuleId(id)) ctx.addIssue({ code: "custom", path: [id], message: notARule(id) });
    })
    .optional()
    .describe('Per rule id: the severity this organisation gives it, or "off" to not run it.'),
  suppress: z
    .array(
      z.strictObject({
        rule: ruleId.describe("The rule id."),
        path: z.string().min(1).optional().describe("Glob of repository paths (`*` within a folder, `**` across folders); every path when absent."),
        reason: z.string().trim().min(1, "a suppression needs a reason").describe("Why the finding is accepted; shown in reports."),
      }),
    )
    .optional(),
});

export type AuditPolicy = z.infer<typeof auditPolicySchema>;

export function parseAuditPolicy(raw: unknown, where: string): AuditPolicy {
  const parsed = auditPolicySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${["audit", ...i.path].join(".")}: ${i.message}`);
  throw badInput(`${where}: invalid audit policy\n${problems.join("\n")}`);
}

/**
 * Applies the policy: severities re-graded, rules turned off dropped, suppressed findings set aside
 * with their reason. Works for findings without a line ("missing X"), which no inline comment can hold.
 */
export function applyPolicy(findings: readonly Finding[], policy: AuditPolicy): { kept: Finding[]; suppressed: Suppression[] } {
  const kept: Finding[] = [];
  const suppressed: Suppression[] = [];
  const rules = (policy.suppress ?? []).map((s) => ({ ...s, match: s.path === undefined ? () => true : (file: string) => pathGlob(s.path!).test(file) }));
  for (const finding of findings) {
    const severity = policy.severity?.[finding.ruleId];
    if (severity === "off") continue;
    const rule = rules.find((s) => s.rule === finding.ruleId && s.match(finding.file));
    if (rule) suppressed.push({ ruleId: finding.ruleId, file: finding.file, ...(finding.line ? { line: finding.line } : {}), reason: rule.reason, source: "policy" });
    else kept.push(severity ? { ...finding, severity } : finding);
  }
  return { kept, suppressed };
}

