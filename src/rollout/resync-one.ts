import { execFileSync } from "node:child_process";
import { badInput } from "../errors.js";
import type { GitHubSession } from "../github/auth.js";
import { gitHubError } from "../github/errors.js";
import { TreeBuffers } from "../github/encode-tree.js";
import { BlobReader, getRepoInfo, type RepoRef } from "../github/read-repo.js";
import type { Redactor } from "../github/redact.js";
import { Ledger } from "./ledger.js";
import { syncRepo, type RepoResult, type SyncSettings } from "./sync-repo.js";
import { WriteBudget, type WindowLimit } from "./write-budget.js";

/** `owner/name` from `--repo`, else $GITHUB_REPOSITORY (in Actions), else the checkout's `origin` remote. */
export function resolveRepoRef(flag: string | undefined, root: string, env: NodeJS.ProcessEnv): RepoRef {
  const explicit = flag ?? env.GITHUB_REPOSITORY;
  if (explicit !== undefined) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(explicit.trim());
    if (!match) throw badInput(`--repo: "${explicit}" is not owner/name`);
    return { owner: match[1]!, name: match[2]! };
  }
  let url: string;
  try {
    url = execFileSync("git", ["-C", root, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw badInput("Which repository? Pass --repo owner/name (this folder has no git remote named origin).");
  }
  const parsed = parseRemoteUrl(url);
  if (!parsed) throw badInput(`Which repository? The origin remote (${url.replace(/\/\/[^@/]+@/, "//")}) is not a GitHub URL; pass --repo owner/name.`);
  return parsed;
}

/** `https://github.com/o/n(.git)`, `git@github.com:o/n.git`, `ssh://git@host/o/n` (GHES hosts too). */
export function parseRemoteUrl(url: string): RepoRef | undefined {
  const match = /^(?:https?:\/\/(?:[^@/]+@)?[^/]+\/|ssh:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? { owner: match[1]!, name: match[2]! } : undefined;
}

export interface ResyncInput {
  readonly session: GitHubSession;
  readonly repo: RepoRef;
  readonly settings: SyncSettings;
  readonly apply: boolean;
  readonly redactor: Redactor;
  readonly limits: readonly WindowLimit[];
  readonly spacingMs: number;
  readonly budgets: Map<string, WriteBudget>;
}

/** One repository's resync: the same steps as a rollout of one, without a ledger file. */
export async function resyncOne(input: ResyncInput): Promise<RepoResult> {
  try {
    const identity = await input.session.forOwner(input.repo.owner);
    let budget = input.budgets.get(identity.key);
    if (!budget) input.budgets.set(identity.key, (budget = new WriteBudget(input.limits, undefined, input.spacingMs)));
    const info = await getRepoInfo(identity.github, input.repo);
    if (info.archived) throw badInput(`${info.owner}/${info.name} is archived; GitHub refuses writes to it`);
    const ledger = Ledger.open(undefined, "resync");
    const gate = budget;
    return await syncRepo(info, { github: identity.github, gate: () => gate.acquire(), blobs: new BlobReader(), treeBuffers: new TreeBuffers(), redactor: input.redactor, ledger, settings: input.settings }, input.apply);
  } catch (error) {
    throw gitHubError(error, `resync ${input.repo.owner}/${input.repo.name}`, input.redactor);
  }
}
