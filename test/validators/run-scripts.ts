import type { Script } from "./shellcheck.js";

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Stands in for a `${{ }}` expression, as GitHub substitutes text before the shell sees it. */
export const EXPRESSION_PLACEHOLDER = "${GHA_EXPR}";

export const replaceExpressions = (script: string): string => script.replace(/\$\{\{[\s\S]*?\}\}/g, EXPRESSION_PLACEHOLDER);

/**
 * Every `run:` block of a parsed workflow as a shell script, with the shell GitHub would use
 * (step `shell`, else job/workflow `defaults.run.shell`, else bash). pwsh/python blocks are skipped.
 */
export function runScripts(workflow: unknown, file: string): Script[] {
  if (!isObj(workflow) || !isObj(workflow.jobs)) return [];
  const topShell = shellOf(workflow.defaults);
  const scripts: Script[] = [];
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    if (!isObj(job) || !Array.isArray(job.steps)) continue;
    const jobShell = shellOf(job.defaults) ?? topShell;
    job.steps.forEach((step: unknown, i: number) => {
      if (!isObj(step) || typeof step.run !== "string") return;
      const shell = (typeof step.shell === "string" ? step.shell : jobShell) ?? "bash";
      if (shell !== "bash" && shell !== "sh") return;
      const where = `jobs.${jobId}.steps[${typeof step.id === "string" ? step.id : i}]`;
      scripts.push({ file, where, shell, text: replaceExpressions(step.run) });
    });
  }
  return scripts;
}

function shellOf(defaults: unknown): string | undefined {
  return isObj(defaults) && isObj(defaults.run) && typeof defaults.run.shell === "string" ? defaults.run.shell : undefined;
}
