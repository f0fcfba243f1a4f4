import type { BaselineOptions } from "../../options/index.js";
import type { Job, Step } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep } from "../../workflows/steps.js";
import { job } from "../ci/index.js";
import { dockerfilePath, type ImageBuild } from "../docker/index.js";

/** Jobs that upload SARIF may write code-scanning results; nothing else. */
const SARIF_PERMISSIONS = { contents: "read", "security-events": "write" } as const;

type ScanTarget = { readonly kind: "fs" } | { readonly kind: "config" } | { readonly kind: "image"; readonly ref: string };

/**
 * Trivy fails the step (exit-code 1) on findings at the configured severities; the SARIF upload runs
 * anyway (`!cancelled()`) so the findings reach code scanning, and the job stays failed.
 */
function trivySteps(target: ScanTarget, name: string, options: BaselineOptions): Step[] {
  const sarif = `trivy-${name}.sarif`;
  const scanRef: Record<string, string> = target.kind === "image" ? { "image-ref": target.ref } : { "scan-ref": "." };
  return [
    {
      id: "trivy",
      name: `Trivy ${target.kind} scan`,
      uses: pinnedAction("aquasecurity/trivy-action"),
      with: {
        "scan-type": target.kind,
        ...scanRef,
        severity: options.securitySeverity.join(","),
        // Only what a fix exists for can fail a build: the team can act on every finding.
        "ignore-unfixed": true,
        "exit-code": "1",
        format: "sarif",
        output: sarif,
        // Without this the SARIF lists every severity, not the ones that fail the job.
        "limit-severities-for-sarif": true,
      },
    },
    {
      id: "upload-sarif",
      name: "Upload results to code scanning",
      if: "${{ !cancelled() }}",
      uses: pinnedAction("github/codeql-action/upload-sarif"),
      with: { "sarif_file": sarif, category: `trivy-${name}` },
    },
  ];
}

export function trivyRepoJob(kind: "fs" | "config", options: BaselineOptions): Job {
  const title = kind === "fs" ? "Trivy: dependencies and secrets in the repository" : "Trivy: Dockerfile, compose and IaC misconfigurations";
  return job(title, 15, [checkoutStep(), ...trivySteps({ kind }, kind, options)], { permissions: { ...SARIF_PERMISSIONS } });
}

/** Builds the image locally (layer cache shared with ci.yml) and scans what would ship. */
export function trivyImageJob(build: ImageBuild, options: BaselineOptions): Job {
  const ref = `scan-${build.role}:latest`;
  return job(`Trivy: ${build.role} image`, 30, [
    checkoutStep(),
    { id: "setup-buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
    {
      id: "build",
      name: "Build image",
      uses: pinnedAction("docker/build-push-action"),
      with: { context: build.context, file: dockerfilePath(build), "cache-from": `type=gha,scope=${build.role}`, load: true, push: false, tags: ref },
    },
    ...trivySteps({ kind: "image", ref }, `image-${build.role}`, options),
  ], { permissions: { ...SARIF_PERMISSIONS } });
}
