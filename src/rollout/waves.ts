import { badInput } from "../errors.js";
import type { GitHub } from "../github/client.js";
import { readChecks } from "../github/read-checks.js";
import type { RepoRef } from "../github/read-repo.js";

/** One `--waves` step: a cumulative number of repositories, or a cumulative share of them. */
export type WaveStep = { readonly count: number } | { readonly percent: number };

/** `1,10%,100%` → steps; each must reach further than the one before. */
export function parseWaves(spec: string): WaveStep[] {
  const steps = spec.split(",").map((raw): WaveStep => {
    const part = raw.trim();
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(part);
    if (percent && Number(percent[1]) > 0 && Number(percent[1]) <= 100) return { percent: Number(percent[1]) };
    if (/^\d+$/.test(part) && Number(part) > 0) return { count: Number(part) };
    throw badInput(`--waves: "${part}" is neither a number of repositories (e.g. 1) nor a share of them (e.g. 10%)`);
  });
  for (let i = 1; i < steps.length; i++) {
    const [a, b] = [steps[i - 1]!, steps[i]!];
    if ("percent" in a && "percent" in b && b.percent <= a.percent) throw badInput(`--waves: each wave reaches further than the one before ("${spec}")`);
    if ("count" in a && "count" in b && b.count <= a.count) throw badInput(`--waves: each wave reaches further than the one before ("${spec}")`);
  }
  return steps;
}

/**
 * Where each wave ends in a list of `total` repositories (exclusive ends, increasing). Steps are
 * cumulative; waves that would be empty are dropped, and the last wave takes whatever is left.
 */
export function waveEnds(total: number, steps: readonly WaveStep[]): number[] {
  const ends: number[] = [];
  for (const step of steps) {
    const end = Math.min(total, "count" in step ? step.count : Math.ceil((step.percent / 100) * total));
    if (end > (ends.at(-1) ?? 0)) ends.push(end);
  }
  if (total > (ends.at(-1) ?? 0)) ends.push(total);
  return ends;
}

/** `30s`, `20m`, `2h`, `1h30m` → milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const parts = [...text.matchAll(/(\d+)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text.trim()) throw badInput(`${flag}: "${text}" is not a duration such as 30s, 20m, 2h or 1h30m`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
  return parts.reduce((ms, p) => ms + Number(p[1]) * unit[p[2] as keyof typeof unit], 0);
}

/** A PR of the wave, with the commit whose checks decide. */
export interface WavePull {
  readonly repo: string;
  readonly number: number;
}

export interface WaveVerdict {
  /** `passed`: every PR's checks passed; `failed`: some failed; `timed-out`: still pending after the wait. */
  readonly state: "passed" | "failed" | "timed-out";
  readonly failing: readonly { readonly repo: string; readonly pr: number; readonly checks: readonly string[] }[];
  readonly pending: readonly string[];
}

export interface WaitInput {
  readonly pulls: readonly WavePull[];
  readonly clientFor: (repo: RepoRef) => Promise<GitHub>;
  /** Longest wait for pending checks; then the next wave starts anyway. */
  readonly waitMs: number;
  readonly pollMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Polls the checks of every PR of a wave until all passed, one failed, or `waitMs` is over. Each poll
 * reads the PR (its head moves if someone pushes a fix) and its checks; settled PRs are not read again.
 */
export async function waitForWave(input: WaitInput): Promise<WaveVerdict> {
  const deadline = input.now() + input.waitMs;
  let open = [...input.pulls];
  const failing: WaveVerdict["failing"][number][] = [];
  for (;;) {
    const still: WavePull[] = [];
    for (const pull of open) {
      const [owner, name] = pull.repo.split("/") as [string, string];
      const ref = { owner, name };
      const github = await input.clientFor(ref);
      const { data } = await github.rest.pulls.get({ owner, repo: name, pull_number: pull.number });
      // Merged or closed by a person: nothing left to wait for.
      if (data.state !== "open") continue;
      const verdict = await readChecks(github, ref, data.head.sha);
      if (verdict.state === "failed") failing.push({ repo: pull.repo, pr: pull.number, checks: verdict.failing });
      else if (verdict.state === "pending") still.push(pull);
    }
    open = still;
    if (failing.length > 0) return { state: "failed", failing, pending: open.map((p) => p.repo) };
    if (open.length === 0) return { state: "passed", failing: [], pending: [] };
    if (input.now() >= deadline) return { state: "timed-out", failing: [], pending: open.map((p) => p.repo) };
    await input.sleep(Math.min(input.pollMs, Math.max(0, deadline - input.now())));
  }
}
