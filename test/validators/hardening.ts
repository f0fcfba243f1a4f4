import type { Finding } from "./finding.js";

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The workflow hardening list of DESIGN.md section 4, one rule per item. */
export type HardeningRule =
  | "sha-pinned"
  | "top-permissions-read-only"
  | "write-scope-justified"
  | "persist-credentials-false"
  | "timeout-minutes"
  | "no-swallowed-failure"
  | "no-untrusted-expression-in-run";

export const HARDENING_RULES: readonly HardeningRule[] = [
  "sha-pinned",
  "top-permissions-read-only",
  "write-scope-justified",
  "persist-credentials-false",
  "timeout-minutes",
  "no-swallowed-failure",
  "no-untrusted-expression-in-run",
];

// `owner/repo[/path]@<40 hex>`, a local action, or a docker image by digest.
const PINNED_USES = /^(?:[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}|\.\/[\w./-]+|docker:\/\/[^@\s]+@sha256:[0-9a-f]{64})$/;
// Context values an outside contributor controls (issue/PR titles, branch names, dispatch inputs).
// @see https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
const UNTRUSTED_IN_EXPRESSION = /\$\{\{[^}]*\b(github\.event\b|inputs\.|github\.head_ref\b)/;
// Ways a shell command's failure gets turned into success.
const SWALLOWED = /\|\|\s*(?:true|:|exit\s+0)\b|\|\|\s*:\s*$|^\s*set\s+\+e\b/m;

/**
 * A write scope must be used by a step of its job. Scopes missing here cannot be inferred from the
 * steps (contents, pull-requests, issues…) and are not checked.
 */
const WRITE_SCOPE_USERS: Readonly<Record<string, RegExp>> = {
  packages: /^docker\/(login-action|build-push-action)@|docker push|ghcr\.io/,
  "security-events": /^github\/codeql-action\//,
  // Also a run step that requests the OIDC token itself (the kubeconfig exec plugin of the kubernetes deploy).
  "id-token": /^(aws-actions\/configure-aws-credentials|google-github-actions\/auth|azure\/login|actions\/attest[\w-]*)@|ACTIONS_ID_TOKEN_REQUEST_URL|kube_github_oidc\.sh/i,
  attestations: /^actions\/attest[\w-]*@/,
};

/** Findings of the workflow hardening rules for one parsed workflow. */
export function hardeningFindings(workflow: unknown, file = "workflow"): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: HardeningRule, message: string): void => void findings.push({ tool: "hardening", file, rule, message });
  if (!isObj(workflow)) {
    add("top-permissions-read-only", "not a workflow mapping");
    return findings;
  }

  const top = workflow.permissions;
  const readOnly = top === "read-all" || (isObj(top) && Object.values(top).every((v) => v === "read" || v === "none"));
  if (!readOnly) add("top-permissions-read-only", `top-level permissions must be {} or read-only, got ${JSON.stringify(top)}`);

  const jobs = isObj(workflow.jobs) ? workflow.jobs : {};
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObj(job)) continue;
    const at = `jobs.${jobId}`;
    if (typeof job.uses === "string") {
      // A reusable-workflow call: no steps, no timeout of its own.
      if (!PINNED_USES.test(job.uses)) add("sha-pinned", `${at}.uses ${job.uses} is not pinned to a full commit SHA`);
      continue;
    }
    if (typeof job["timeout-minutes"] !== "number") add("timeout-minutes", `${at} has no numeric timeout-minutes`);
    const steps = Array.isArray(job.steps) ? job.steps.filter(isObj) : [];
    const uses = steps.map((s) => (typeof s.uses === "string" ? s.uses : ""));
    const runs = steps.map((s) => (typeof s.run === "string" ? s.run : ""));

    if (isObj(job.permissions)) {
      for (const [scope, level] of Object.entries(job.permissions)) {
        const users = WRITE_SCOPE_USERS[scope];
        if (level === "write" && users && ![...uses, ...runs].some((u) => users.test(u))) {
          add("write-scope-justified", `${at} asks for ${scope}: write but no step uses it`);
        }
      }
    }

    steps.forEach((step, i) => {
      const where = `${at}.steps[${typeof step.id === "string" ? step.id : i}]`;
      if (typeof step.uses === "string") {
        if (!PINNED_USES.test(step.uses)) add("sha-pinned", `${where} uses ${step.uses}, not pinned to a full commit SHA`);
        if (/^actions\/checkout@/.test(step.uses)) {
          const persist = isObj(step.with) ? step.with["persist-credentials"] : undefined;
          if (persist !== false && persist !== "false") add("persist-credentials-false", `${where} checks out without persist-credentials: false`);
        }
      }
      if (typeof step.run === "string") {
        if (SWALLOWED.test(step.run)) add("no-swallowed-failure", `${where} turns a failure into success (|| true, || :, set +e)`);
        if (UNTRUSTED_IN_EXPRESSION.test(step.run)) add("no-untrusted-expression-in-run", `${where} expands an untrusted expression inside run: pass it through env:`);
      }
    });
  }
  return findings;
}
