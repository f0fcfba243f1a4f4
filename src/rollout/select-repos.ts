import type { RepoInfo } from "../github/read-repo.js";
import { inShard, type Shard } from "./shard.js";

/** Repositories carrying this topic are never touched; the PR body tells maintainers about it. */
export const OPT_OUT_TOPIC = "devops-baseline-opt-out";

export interface Selection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly topics: readonly string[];
  readonly includeForks: boolean;
  readonly shard?: Shard;
}

export type SkipReason = "archived" | "fork" | "empty" | "opted-out" | "excluded" | "not-included" | "topic" | "other-shard";

/** Why a listed repository is not a target, or `undefined` when it is one. Pure. */
export function skipReason(repo: RepoInfo, selection: Selection): SkipReason | undefined {
  const name = `${repo.owner}/${repo.name}`;
  if (!inShard(name, selection.shard)) return "other-shard";
  if (selection.include.length > 0 && !selection.include.some((p) => matchesRepo(p, repo))) return "not-included";
  if (selection.exclude.some((p) => matchesRepo(p, repo))) return "excluded";
  if (selection.topics.length > 0 && !selection.topics.every((t) => repo.topics.includes(t.toLowerCase()))) return "topic";
  if (repo.topics.includes(OPT_OUT_TOPIC)) return "opted-out";
  if (repo.archived) return "archived";
  if (repo.fork && !selection.includeForks) return "fork";
  if (repo.empty) return "empty";
  return undefined;
}

/** A pattern with a `/` matches `owner/name`, without one just the name; `*` and `?` are wildcards. Case-insensitive. */
export function matchesRepo(pattern: string, repo: { owner: string; name: string }): boolean {
  const subject = pattern.includes("/") ? `${repo.owner}/${repo.name}` : repo.name;
  return globToRegExp(pattern).test(subject);
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}
