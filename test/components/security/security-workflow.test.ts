import { describe, expect, it } from "vitest";
import { codeqlLanguages, reviewSeverity, securityWorkflow } from "../../../src/components/security/index.js";
import { parseOptions } from "../../../src/options/index.js";
import type { Job, UsesStep } from "../../../src/workflows/model.js";

const options = parseOptions({
  backend: { kind: "fastapi", dir: "api" },
  frontend: { kind: "nextjs", dir: "web" },
  securitySeverity: ["CRITICAL", "MEDIUM"],
});
const wf = securityWorkflow(options);
const jobs = wf.jobs as Record<string, Job>;
const uses = (job: string, id: string): UsesStep => jobs[job]!.steps.find((s) => s.id === id) as UsesStep;

describe("security.yml", () => {
  it("runs on push, pull requests and a weekly schedule", () => {
    expect(Object.keys(wf.on)).toEqual(["push", "pull_request", "schedule", "workflow_dispatch"]);
    expect(wf.on.schedule).toEqual([{ cron: "23 4 * * 1" }]);
    expect(wf.permissions).toEqual({});
  });

  it("scans the repository, its config and every image with Trivy, failing at the configured severities", () => {
    expect(Object.keys(jobs).filter((j) => j.startsWith("trivy"))).toEqual(["trivy-fs", "trivy-config", "trivy-image-backend", "trivy-image-frontend"]);
    for (const job of ["trivy-fs", "trivy-config", "trivy-image-backend"]) {
      expect(uses(job, "trivy").with).toMatchObject({ severity: "CRITICAL,MEDIUM", "exit-code": "1", format: "sarif", "limit-severities-for-sarif": true });
      // Findings still reach code scanning when the scan step failed the job.
      expect(uses(job, "upload-sarif")).toMatchObject({ if: "${{ !cancelled() }}" });
      expect(uses(job, "upload-sarif").uses).toMatch(/^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/);
    }
    expect(uses("trivy-config", "trivy").with?.["scan-type"]).toBe("config");
    expect(uses("trivy-image-backend", "trivy").with?.["image-ref"]).toBe("scan-backend:latest");
    expect(uses("trivy-image-backend", "build").with).toMatchObject({ file: "api/Dockerfile", load: true });
  });

  it("gives security-events: write only to the jobs that upload results", () => {
    for (const [id, job] of Object.entries(jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write").map(([scope]) => scope);
      const uploads = job.steps.some((s) => "uses" in s && /^github\/codeql-action\//.test(s.uses));
      expect(writes, id).toEqual(uploads ? ["security-events"] : []);
    }
  });

  it("runs CodeQL for the languages present, plus the workflows", () => {
    expect(jobs.codeql!.strategy?.matrix.language).toEqual(["python", "javascript-typescript", "actions"]);
    expect(codeqlLanguages(parseOptions({ backend: { kind: "django" } }))).toEqual(["python", "actions"]);
    expect(codeqlLanguages(parseOptions({ backend: { kind: "express" }, frontend: { kind: "nextjs" } }))).toEqual(["javascript-typescript", "actions"]);
  });

  it("reviews dependencies on pull requests only, at the lowest configured severity", () => {
    expect(jobs["dependency-review"]!.if).toBe("github.event_name == 'pull_request'");
    expect(uses("dependency-review", "dependency-review").with).toEqual({ "fail-on-severity": "moderate" });
    expect(reviewSeverity(["HIGH", "CRITICAL"])).toBe("high");
    expect(reviewSeverity(["CRITICAL"])).toBe("critical");
  });

  it("scans the full history for secrets with gitleaks", () => {
    expect(uses("gitleaks", "checkout").with).toEqual({ "persist-credentials": false, "fetch-depth": 0 });
    expect(uses("gitleaks", "gitleaks").env).toMatchObject({ GITLEAKS_LICENSE: "${{ secrets.GITLEAKS_LICENSE }}" });
  });
});
