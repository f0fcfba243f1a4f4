import { RULES, type Finding, type RepoView, type RuleType } from "../rules/index.js";
import { manifestNeeds } from "../rules/update-coverage.js";

/** Per file type: how many of its rules hold, or not applicable when the repository has no such file. */
export interface AuditScore {
  /** Percentage of applicable rules with no finding; 100 when nothing applies. */
  readonly score: number;
  readonly byType: Readonly<Record<RuleType, { readonly rules: number; readonly passed: number } | "not applicable">>;
}

/** Which rule types a repository gives something to check; an ecosystem it does not use is not a zero. */
function applicable(view: RepoView): Record<RuleType, boolean> {
  const hasImages = view.dockerfiles.length + view.composes.length + view.kubernetes.length > 0;
  return {
    workflow: view.workflows.length + view.actions.length > 0,
    dockerfile: view.dockerfiles.length > 0,
    compose: view.composes.length > 0,
    // As DU001 sees it: manifests, workflows or Dockerfiles are things an update tool keeps current.
    "dependency-updates": view.dependabot !== undefined || view.renovate !== undefined || manifestNeeds(view.paths).length > 0 || view.workflows.length + view.dockerfiles.length > 0,
    shell: view.shells.length > 0,
    kubernetes: view.kubernetes.length > 0,
    nginx: view.nginx.length > 0,
    prometheus: view.prometheusRules.length > 0,
    "cross-file": view.workflows.length > 0 || hasImages,
  };
}

export function auditScore(view: RepoView, findings: readonly Finding[]): AuditScore {
  const applies = applicable(view);
  const failed = new Set(findings.map((f) => f.ruleId));
  const byType = Object.fromEntries(
    (Object.keys(applies) as RuleType[]).map((type) => {
      const rules = RULES.filter((r) => r.type === type);
      return [type, applies[type] ? { rules: rules.length, passed: rules.filter((r) => !failed.has(r.id)).length } : "not applicable"];
    }),
  ) as AuditScore["byType"];
  const counted = Object.values(byType).filter((v): v is { rules: number; passed: number } => v !== "not applicable");
  const total = counted.reduce((n, v) => n + v.rules, 0);
  const passed = counted.reduce((n, v) => n + v.passed, 0);
  return { score: total === 0 ? 100 : Math.round((100 * passed) / total), byType };
}
