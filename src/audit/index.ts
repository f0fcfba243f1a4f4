import { loadConfig } from "../config/load-config.js";
import { detectRepo } from "../detect/index.js";
import { renderModels } from "../components/index.js";
import { parseOptions, type BaselineOptions } from "../options/index.js";
import type { Severity } from "../rules/index.js";
import { renderFiles } from "../synth/render-files.js";
import { generatedFixes, type RenderedBaselineFile } from "./fixes.js";
import { readRepoFiles } from "./read-repo-files.js";
import { auditSnapshot } from "./audit-snapshot.js";
import type { AuditPolicy } from "./policy.js";
import type { AuditResult } from "./report.js";

export { AUDIT_JSON_VERSION, auditJson, auditText, failing, type AuditResult } from "./report.js";
export type { GeneratedFix } from "./fixes.js";
export type { AuditScore } from "./score.js";
export type { ConfigSuppression, Suppression } from "./suppress.js";
export { readRepoFiles } from "./read-repo-files.js";
export { applyFixes, type AppliedFix } from "./apply-fixes.js";
export { auditMarkdown } from "./markdown.js";
export { auditSarif, RULES_DOC_URL } from "./sarif.js";
export { auditSnapshot } from "./audit-snapshot.js";
export { auditCounts, type AuditCounts } from "./audit-counts.js";
export type { AuditPolicy } from "./policy.js";

/**
 * Components whose files detection alone can decide (the stack, its package managers and services).
 * Without a config the deploy target, backups and alerting are unknown, so their files are not offered.
 */
const DETECTABLE_COMPONENTS = new Set(["ci", "security", "dependency-updates", "docker", "compose"]);

/** The repository's config, when it has one that loads; audit works without it. */
type RepoConfig = { readonly options: BaselineOptions } | { readonly options: undefined; readonly error?: string };

async function readConfig(root: string): Promise<RepoConfig> {
  try {
    const loaded = await loadConfig(root);
    return { options: loaded?.options };
  } catch (error) {
    return { options: undefined, error: (error as Error).message.split("\n")[0] };
  }
}

/** The baseline this repository would get: from its config, else from detection. */
function renderBaseline(root: string, config: RepoConfig): { files: RenderedBaselineFile[]; source: "config" | "detection" } | { files: []; note: string } {
  if (config.options === undefined && config.error) return { files: [], note: `no generated fixes: ${config.error}` };
  let options: BaselineOptions;
  const source = config.options ? "config" : "detection";
  try {
    options = config.options ?? parseOptions(detectRepo(root).config, "detected options");
    // Without a stack the baseline's CI is a drift check alone: offering it would drop the repository's own jobs.
    if (!config.options && options.backend.kind === "none" && options.frontend.kind === "none" && options.library.kind === "none") {
      return { files: [], note: "no generated fixes: detection recognised no stack here (run `create-devops-baseline detect` to see why)" };
    }
  } catch (error) {
    return { files: [], note: `no generated fixes: ${(error as Error).message.split("\n")[0]}` };
  }
  try {
    const files = renderFiles(renderModels(options), options).filter((f) => source === "config" || DETECTABLE_COMPONENTS.has(f.component));
    return { files, source };
  } catch (error) {
    return { files: [], note: `no generated fixes: the baseline for this repository does not render (${(error as Error).message.split("\n")[0]})` };
  }
}

/**
 * Reads a repository folder and runs the whole catalog on it, under the config's `audit.suppress` and the
 * organisation's policy when given; with each file's generated fix where the baseline has one. Writes nothing.
 */
export async function auditRepo(root: string, failOn: Severity, policy: AuditPolicy = {}): Promise<AuditResult> {
  const snapshot = readRepoFiles(root);
  const config = await readConfig(root);
  const { view, findings, suppressed, warnings, score } = auditSnapshot(snapshot, policy, config.options?.audit.suppress);
  const baseline = findings.length > 0 ? renderBaseline(root, config) : { files: [] as RenderedBaselineFile[] };
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
      "nginx configs": view.nginx.length,
      "Prometheus rule files": view.prometheusRules.length,
    },
    findings,
    score,
    suppressed,
    warnings,
    unreadable: view.unreadable,
    fixes: generatedFixes(snapshot, findings, baseline.files),
    ...("note" in baseline ? { fixNote: baseline.note } : {}),
  };
}
