import { stringify } from "yaml";
import { repoViewOf, RULES, runRules } from "../../src/rules/index.js";
import type { Finding } from "./finding.js";

/**
 * The workflow hardening list of DESIGN.md section 4 is the audit catalog's workflow rules
 * (src/rules/workflow.ts): one source for the baseline's tests and for `audit`.
 */
export const HARDENING_RULES: readonly string[] = RULES.filter((r) => r.type === "workflow").map((r) => r.id);
export type HardeningRule = (typeof HARDENING_RULES)[number];

/** Findings of the catalog's workflow rules for one workflow, given as parsed data or as text. */
export function hardeningFindings(workflow: unknown, file = ".github/workflows/workflow.yml"): Finding[] {
  const path = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) ? file : `.github/workflows/${file.split("/").pop()!.replace(/(\.ya?ml)?$/, ".yml")}`;
  const text = typeof workflow === "string" ? workflow : stringify(workflow ?? null);
  const view = repoViewOf([{ path, content: text }]);
  const unreadable = view.unreadable.map((u): Finding => ({ tool: "hardening", file, message: `not a workflow: ${u.reason}` }));
  if (view.workflows.length === 0 || typeof view.workflows[0]!.data !== "object" || view.workflows[0]!.data === null) {
    return [...unreadable, { tool: "hardening", file, rule: "WF002", message: "not a workflow mapping" }];
  }
  const rules = RULES.filter((r) => r.type === "workflow");
  return runRules(view, rules).map((f) => ({ tool: "hardening", file, rule: f.ruleId, message: f.message, ...(f.line ? { line: f.line } : {}) }));
}
