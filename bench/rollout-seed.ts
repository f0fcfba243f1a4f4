/** Simulated repositories for the rollout benchmark: a share already on the baseline, the rest not yet. */
import { gitBlobSha } from "../src/synth/git-blob.js";
import type { TreeEntry } from "../src/github/tree-sha.js";
import { renderConfig } from "../src/config/write-config.js";
import { detectFromSnapshot } from "../src/detect/index.js";
import { parseOptions, type BaselineConfig } from "../src/options/index.js";
import { planRemote } from "../src/rollout/plan-remote.js";
import type { AddRepoOptions, FileSpec } from "../test/github-server/index.js";
import { STACK_NAMES, STACKS } from "../test/rollout/stack-fixtures.js";

type Files = Record<string, FileSpec>;
const text = (spec: Files[string]) => (typeof spec === "string" ? spec : Buffer.isBuffer(spec) ? spec.toString("utf8") : String(spec.content));

/**
 * The files of a repository already on the current baseline: its stack's files, a committed config and
 * everything the baseline generates, computed by the same planner the rollout uses (once per stack).
 */
async function baselinedFiles(stack: string): Promise<Files> {
  const files = STACKS[stack]!(`${stack}-svc`);
  const contents = new Map(Object.entries(files).map(([p, f]) => [p, text(f)]));
  const detected = detectFromSnapshot({ paths: [...contents.keys()], files: contents }).config;
  const config: BaselineConfig = { ...detected, name: `${stack}-svc` };
  const withConfig: Files = { ...files, "devops-baseline.json": renderConfig(config, "json") };
  const entries = new Map<string, TreeEntry>(
    Object.entries(withConfig).map(([path, f]) => [path, { path, mode: typeof f === "object" && !Buffer.isBuffer(f) && f.mode ? f.mode : "100644", type: "blob", sha: gitBlobSha(text(f)) }]),
  );
  const bySha = new Map(Object.values(withConfig).map((f) => [gitBlobSha(text(f)), text(f)]));
  const plan = await planRemote({ entries, options: parseOptions(config), readBlob: async (sha) => bySha.get(sha)!, flags: { force: false, adopt: false } });
  const out: Files = { ...withConfig };
  for (const c of plan.changes) if (c.content !== null) out[c.path] = { content: c.content, mode: c.executable ? "100755" : "100644" };
  return out;
}

/** `n` repositories under `owner`; a `changedRatio` share has no baseline yet, the rest is current. */
export async function seedRepos(owner: string, n: number, changedRatio: number): Promise<{ repos: AddRepoOptions[]; changed: Set<string> }> {
  const current = new Map<string, Files>();
  for (const stack of STACK_NAMES) current.set(stack, await baselinedFiles(stack));
  const repos: AddRepoOptions[] = [];
  const changed = new Set<string>();
  // Spread the changed ones evenly over the list (and over the stacks).
  let debt = 0;
  for (let i = 0; i < n; i++) {
    const stack = STACK_NAMES[i % STACK_NAMES.length]!;
    const name = `${stack}-${String(i).padStart(5, "0")}`;
    debt += changedRatio;
    const isChanged = debt >= 1 - 1e-9;
    if (isChanged) {
      debt -= 1;
      changed.add(`${owner}/${name}`);
    }
    repos.push({ owner, name, topics: [stack], files: isChanged ? STACKS[stack]!(name) : current.get(stack)! });
  }
  return { repos, changed };
}
