import type { BaselineOptions, SEVERITIES } from "../../options/index.js";
import { servicesUnderTest } from "../ci/stack-context.js";
import { job } from "../ci/index.js";
import type { Job, Workflow } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep } from "../../workflows/steps.js";
import type { Component } from "../component.js";
import { imageBuilds } from "../docker/index.js";
import { trivyImageJob, trivyRepoJob } from "./trivy-jobs.js";

/** CodeQL languages present: each stack's, plus `actions` (the workflows themselves, e.g. script injection). */
export function codeqlLanguages(options: BaselineOptions): string[] {
  return [...new Set([...servicesUnderTest(options).map((s) => s.stack.ci.codeqlLanguage), "actions"])];
}

function codeqlJob(options: BaselineOptions): Job {
  return job("CodeQL (${{ matrix.language }})", 30, [
    checkoutStep(),
    {
      id: "codeql-init",
      name: "Initialize CodeQL",
      uses: pinnedAction("github/codeql-action/init"),
      // Python, JavaScript/TypeScript and Actions are analysed from source, without a build.
      with: { languages: "${{ matrix.language }}", "build-mode": "none", queries: "security-extended" },
    },
    { id: "codeql-analyze", name: "Analyze", uses: pinnedAction("github/codeql-action/analyze"), with: { category: "/language:${{ matrix.language }}" } },
  ], {
    permissions: { contents: "read", actions: "read", "security-events": "write" },
    strategy: { "fail-fast": false, matrix: { language: codeqlLanguages(options) } },
  });
}

type Severity = (typeof SEVERITIES)[number];

// dependency-review-action names severities its own way (moderate, not medium).
const REVIEW_SEVERITY: Readonly<Record<Severity, string>> = { UNKNOWN: "low", LOW: "low", MEDIUM: "moderate", HIGH: "high", CRITICAL: "critical" };
const ORDER: readonly Severity[] = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"];

/** The lowest configured severity fails the review, matching Trivy's threshold. */
export function reviewSeverity(severities: readonly Severity[]): string {
  const lowest = [...severities].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? "HIGH";
  return REVIEW_SEVERITY[lowest];
}

function dependencyReviewJob(options: BaselineOptions): Job {
  return job("Dependency review", 10, [
    checkoutStep(),
    { id: "dependency-review", name: "Review dependency changes", uses: pinnedAction("actions/dependency-review-action"), with: { "fail-on-severity": reviewSeverity(options.securitySeverity) } },
  ], { if: "github.event_name == 'pull_request'" });
}

/** gitleaks over the full history. Organisations need a free GITLEAKS_LICENSE secret (gitleaks.io). */
function gitleaksJob(): Job {
  return job("Secret scanning (gitleaks)", 15, [
    checkoutStep({ "fetch-depth": 0 }),
    {
      id: "gitleaks",
      name: "gitleaks",
      uses: pinnedAction("gitleaks/gitleaks-action"),
      env: {
        GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}",
        GITLEAKS_LICENSE: "${{ secrets.GITLEAKS_LICENSE }}",
        // PR comments would need pull-requests: write; the job log and failure are enough.
        GITLEAKS_ENABLE_COMMENTS: "false",
      },
    },
  ], { permissions: { contents: "read", "pull-requests": "read" } });
}

export function securityWorkflow(options: BaselineOptions): Workflow {
  const jobs: Record<string, Job> = {
    "trivy-fs": trivyRepoJob("fs", options),
    "trivy-config": trivyRepoJob("config", options),
  };
  for (const build of imageBuilds(options)) jobs[`trivy-image-${build.role}`] = trivyImageJob(build, options);
  jobs.codeql = codeqlJob(options);
  jobs["dependency-review"] = dependencyReviewJob(options);
  jobs.gitleaks = gitleaksJob();
  return {
    name: "Security",
    on: {
      push: { branches: ["main"] },
      pull_request: null,
      // Weekly, so new CVEs in unchanged dependencies and images still surface.
      schedule: [{ cron: "23 4 * * 1" }],
      workflow_dispatch: null,
    },
    permissions: {},
    concurrency: { group: "security-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    jobs,
  };
}

export const security: Component = {
  name: "security",
  description: "security.yml: Trivy fs/config/image scans with SARIF upload, CodeQL, dependency review, gitleaks; weekly too.",
  render: (options) => [{ kind: "yaml", path: ".github/workflows/security.yml", component: "security", data: securityWorkflow(options) }],
};
