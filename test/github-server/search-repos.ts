import type { RepoState } from "./repo-state.js";

export interface RepoQuery {
  /** Whether a repository matches every term. */
  matches(repo: RepoState): boolean;
  /** Qualifiers this fake does not understand (they are ignored; the server records them). */
  readonly unsupported: readonly string[];
}

type Test = (repo: RepoState, value: string) => boolean;

// The qualifiers rollout's `--search` is likely to use; `-qualifier:value` negates one.
const QUALIFIERS: Record<string, Test> = {
  org: (repo, value) => repo.owner.toLowerCase() === value,
  user: (repo, value) => repo.owner.toLowerCase() === value,
  topic: (repo, value) => repo.topics.some((topic) => topic.toLowerCase() === value),
  archived: (repo, value) => repo.archived === (value === "true"),
  language: (repo, value) => repo.language?.toLowerCase() === value,
  is: (repo, value) => (value === "public" ? !repo.private : value === "private" ? repo.private : true),
  in: () => true,
};

/** Parses GitHub's repository search syntax (the subset above, plus words matched against names). */
export function parseRepoQuery(q: string): RepoQuery {
  const terms: ((repo: RepoState) => boolean)[] = [];
  const unsupported: string[] = [];
  let forks = "false";
  for (const token of q.split(/\s+/).filter(Boolean)) {
    const colon = token.indexOf(":");
    if (colon === -1) {
      const word = token.toLowerCase();
      terms.push((repo) => repo.name.toLowerCase().includes(word));
      continue;
    }
    const negated = token.startsWith("-");
    const key = token.slice(negated ? 1 : 0, colon);
    const value = token
      .slice(colon + 1)
      .replace(/^"|"$/g, "")
      .toLowerCase();
    if (key === "fork") {
      forks = value;
      continue;
    }
    const test = QUALIFIERS[key];
    if (!test) {
      unsupported.push(token);
      continue;
    }
    terms.push((repo) => test(repo, value) !== negated);
  }
  return {
    unsupported,
    // Search leaves forks out unless asked for them.
    matches: (repo) =>
      (forks === "only" ? repo.fork : forks === "true" || !repo.fork) && terms.every((term) => term(repo)),
  };
}
