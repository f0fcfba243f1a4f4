import { buildRepoView, runRules, type Severity } from "../rules/index.js";
import { readRepoFiles } from "./read-repo-files.js";
import type { AuditResult } from "./report.js";

export { AUDIT_JSON_VERSION, auditJson, auditText, failing, type AuditResult } from "./report.js";

/** Reads a repository folder and runs the whole catalog on it. Writes nothing. */
export function auditRepo(root: string, failOn: Severity): AuditResult {
  const view = buildRepoView(readRepoFiles(root));
  return {
    root,
    failOn,
    audited: {
      workflows: view.workflows.length,
      actions: view.actions.length,
      dockerfiles: view.dockerfiles.length,
      "compose files": view.composes.length,
      "dependency-update configs": (view.dependabot ? 1 : 0) + (view.renovate ? 1 : 0),
      "shell scripts": view.shells.length,
      "Kubernetes manifests": view.kubernetes.length,
    },
    findings: runRules(view),
    unreadable: view.unreadable,
  };
}
