import type { Finding } from "./finding.js";

/** Deploy-path rules of DESIGN.md section 4 and issue 4 that actionlint and the schema cannot see. */
export type DeployRule =
  | "deploy-concurrency"
  | "production-approval"
  | "snapshot-migrate-deploy-order"
  | "health-after-deploy"
  | "rollback-on-failure"
  | "oidc-no-static-keys"
  | "maintained-release-action"
  | "no-bare-sleep"
  | "ssh-host-key-pinned";

type Obj = Record<string, any>;

// Long-lived cloud keys: a secret with such a name, or a key-file input of a login action.
const STATIC_KEY = /\$\{\{\s*secrets\.(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|GOOGLE_CREDENTIALS|GCP_SA_KEY|AZURE_CREDENTIALS|KUBE_?CONFIG)\b|"(credentials_json|creds)":/i;
// An ssh or scp command (not ~/.ssh or ssh-keygen).
const SSH_COMMAND = /(^|[\s;|&(])(ssh|scp)\s/m;

/** Findings of the deploy rules for one parsed deploy workflow; `cloud` decides what login is expected. */
export function deployRuleFindings(workflow: Obj, cloud: string, file = "deploy.yml"): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: DeployRule, message: string) => void findings.push({ tool: "deploy-rules", file, rule, message });
  const jobs: Record<string, Obj> = workflow.jobs ?? {};
  const deployJobs = Object.entries(jobs).filter(([, j]) => (j.steps ?? []).some((s: Obj) => /^deploy-/.test(s.id ?? "")));

  if (workflow.concurrency?.["cancel-in-progress"] !== false && deployJobs.some(([, j]) => j.concurrency?.["cancel-in-progress"] !== false)) {
    add("deploy-concurrency", "neither the workflow nor every deploy job has concurrency with cancel-in-progress: false");
  }
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
      if (job.permissions?.["id-token"] !== "write") add("oidc-no-static-keys", `${name}: no id-token: write for OIDC login`);
    }
    const text = JSON.stringify(job);
    if (STATIC_KEY.test(text)) add("oidc-no-static-keys", `${name}: long-lived cloud credentials (${STATIC_KEY.exec(text)![0]})`);
    for (const s of steps) {
      if (typeof s.run === "string" && /^\s*sleep\s+\d+\s*$/.test(s.run)) add("no-bare-sleep", `${name}: step ${s.id ?? s.name} only sleeps`);
      if (typeof s.run === "string" && SSH_COMMAND.test(s.run) && (/StrictHostKeyChecking=(no|accept-new)/.test(s.run) || !/StrictHostKeyChecking=yes/.test(s.run))) {
        add("ssh-host-key-pinned", `${name}: step ${s.id ?? s.name} uses ssh without StrictHostKeyChecking=yes`);
      }
    }
  }
  const uses = Object.values(jobs).flatMap((j) => (j.steps ?? []).map((s: Obj) => String(s.uses ?? "")));
  if (!uses.some((u) => u.startsWith("softprops/action-gh-release@")) || uses.some((u) => u.startsWith("actions/create-release@"))) {
    add("maintained-release-action", "release must use softprops/action-gh-release, not the deprecated actions/create-release");
  }
  return findings;
}
