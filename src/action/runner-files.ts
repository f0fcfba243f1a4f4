import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";

/**
 * Sets a step output through the `$GITHUB_OUTPUT` file, in the multi-line form with a random
 * delimiter so no value can end the block early.
 * @see https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#multiline-strings
 */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Appends Markdown to the job summary (`$GITHUB_STEP_SUMMARY`), shown on the run's page. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
}

/** Keeps a secret out of the log: the runner replaces it with `***` from here on. */
export function maskSecret(value: string): string {
  return `::add-mask::${value}`;
}
