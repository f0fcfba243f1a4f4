/**
 * TEST-ONLY crash hook. With `DEVOPS_BASELINE_CRASH_AFTER=<n>` in the environment, the process kills
 * itself with SIGKILL right after its n-th file-system write step, so the crash-safety test can stop a
 * synth at every point of its write sequence (test/safety/crash.test.ts). Unset, this is a no-op; never
 * set it outside tests.
 */
let steps = 0;

export function writeStep(): void {
  const limit = process.env.DEVOPS_BASELINE_CRASH_AFTER;
  if (limit === undefined || limit === "") return;
  steps++;
  if (steps >= Number(limit)) process.kill(process.pid, "SIGKILL");
}
