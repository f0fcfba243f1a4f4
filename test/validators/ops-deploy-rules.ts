import { stringify } from "yaml";
import { repoViewOf, ruleById, runRules } from "../../src/rules/index.js";
import type { Finding } from "./finding.js";

/**
 * Deploy-path rules of DESIGN.md section 4 and issue 4 that actionlint and the schema cannot see.
 * The ones any repository can be held to are the audit catalog's (one source); the rest check the
 * shape of the baseline's own deploy workflow (its step ids, its staging → production order).
 */
export const CATALOG_DEPLOY_RULES = ["WF006", "WF007", "WF012", "WF013", "WF014"] as const;
export type DeployRule =
  | (typeof CATALOG_DEPLOY_RULES)[number]
  | "production-approval"
  | "snapshot-migrate-deploy-order"
  | "health-after-deploy"
  | "rollback-on-failure"
  | "oidc-id-token"
  | "maintained-release-action";

type Obj = Record<string, any>;


/** Findings of the deploy rules for one parsed deploy workflow; `cloud` decides what login is expected. */
export function deployRuleFindings(workflow: Obj, cloud: string, file = "deploy.yml"): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: DeployRule, message: string) => void findings.push({ tool: "deploy-rules", file, rule, message });
  const view = repoViewOf([{ path: ".github/workflows/deploy.yml", content: stringify(workflow) }]);
  for (const f of runRules(view, CATALOG_DEPLOY_RULES.map((id) => ruleById(id)!))) add(f.ruleId as DeployRule, f.message);
  const jobs: Record<string, Obj> = workflow.jobs ?? {};
  const deployJobs = Object.entries(jobs).filter(([, j]) => (j.steps ?? []).some((s: Obj) => /^deploy-/.test(s.id ?? "")));
  const envName = (j: Obj): string | undefined => (typeof j.environment === "string" ? j.environment : j.environment?.name);
  const prod = deployJobs.find(([, j]) => envName(j) === "production");
  const staging = deployJobs.find(([, j]) => envName(j) === "staging");
  if (!prod || !staging) add("production-approval", "needs a staging and a production deploy job, each with its GitHub environment");
  else if (![prod[1].needs].flat().includes(staging[0])) add("production-approval", `${prod[0]} does not wait for ${staging[0]}`);

  for (const [name, job] of deployJobs) {
    const steps: Obj[] = job.steps;
    const at = (pred: (s: Obj) => boolean) => steps.findIndex(pred);
    const snapshot = at((s) => s.id === "snapshot");
    const migrate = at((s) => s.id === "migrate");
    const firstDeploy = at((s) => /^deploy-/.test(s.id ?? ""));
    if (migrate >= 0 && !(snapshot >= 0 && snapshot < migrate)) add("snapshot-migrate-deploy-order", `${name}: no database snapshot before migrations`);
    if (migrate >= 0 && migrate > firstDeploy) add("snapshot-migrate-deploy-order", `${name}: migrations run after traffic moves`);
    for (const [i, step] of steps.entries()) {
      const key = /^deploy-(\w+)$/.exec(step.id ?? "")?.[1];
      if (!key) continue;
      const health = steps.slice(i + 1).some((s) => (s.id ?? "").startsWith(`health-${key}`) && /wait_for_health\.sh/.test(s.run ?? ""));
      if (!health) add("health-after-deploy", `${name}: ${step.id} is not followed by health polling`);
      const rollback = steps.find((s) => s.id === `rollback-${key}`);
      if (!rollback || !/failure\(\)/.test(rollback.if ?? "") || !(rollback.if ?? "").includes(`steps.${step.id}.`)) {
        add("rollback-on-failure", `${name}: no rollback-${key} step that runs on failure after ${step.id}`);
      }
    }
    if (cloud !== "compose") {
      if (job.permissions?.["id-token"] !== "write") add("oidc-id-token", `${name}: no id-token: write for OIDC login`);
    }
  }
  const uses = Object.values(jobs).flatMap((j) => (j.steps ?? []).map((s: Obj) => String(s.uses ?? "")));
  if (!uses.some((u) => u.startsWith("softprops/action-gh-release@"))) add("maintained-release-action", "release must use softprops/action-gh-release");
  return findings;
}
