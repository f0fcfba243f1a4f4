import type { Job, Permissions, Step } from "../../workflows/model.js";

/** Pinned runner image: `ubuntu-latest` moves under a workflow without a diff. */
export const RUNNER = "ubuntu-24.04";

export const READ_CONTENTS: Permissions = { contents: "read" };

/** A job with the defaults every generated job carries: pinned runner, a timeout, least privilege. */
export function job(name: string, timeoutMinutes: number, steps: readonly Step[], more: Partial<Job> = {}): Job {
  // Fresh objects per job: a shared object would render as a YAML anchor and alias.
  return { name, "runs-on": RUNNER, "timeout-minutes": timeoutMinutes, permissions: { ...READ_CONTENTS }, ...more, steps };
}

/** Commands run in the service's directory. */
export function inServiceDir(dir: string): Pick<Job, "defaults"> | Record<string, never> {
  return dir === "." ? {} : { defaults: { run: { "working-directory": dir } } };
}
