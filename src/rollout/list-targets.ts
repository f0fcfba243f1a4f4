import { readFileSync } from "node:fs";
import { badInput } from "../errors.js";
import type { GitHubSession } from "../github/auth.js";
import type { GitHub } from "../github/client.js";
import { getRepoInfo, toRepoInfo, type RepoInfo } from "../github/read-repo.js";

export interface TargetSpec {
  readonly org?: string;
  /** A file with one `owner/name` per line (`#` comments and blank lines allowed). */
  readonly reposFile?: string;
  /** A GitHub repository search query, e.g. `org:acme language:python`. */
  readonly search?: string;
}

/** Lists candidate repositories, each with what selection needs (archived, fork, empty, topics). */
export async function listTargets(github: GitHub, spec: TargetSpec, onRead: () => void, session?: GitHubSession): Promise<RepoInfo[]> {
  const sources = [spec.org, spec.reposFile, spec.search].filter((s) => s !== undefined).length;
  if (sources === 0) throw badInput("Say which repositories: --org NAME, --repos FILE or --search QUERY (optionally narrowed by --topic, --include, --exclude).");
  if (sources > 1) throw badInput("Use one of --org, --repos and --search; narrow with --topic, --include and --exclude.");
  const found: RepoInfo[] = [];
  if (spec.org !== undefined) {
    for await (const page of github.paginate.iterator(github.rest.repos.listForOrg, { org: spec.org, type: "all", per_page: 100 })) {
      onRead();
      for (const repo of page.data) found.push(toRepoInfo(repo));
    }
  } else if (spec.search !== undefined) {
    for await (const page of github.paginate.iterator(github.rest.search.repos, { q: spec.search, per_page: 100 })) {
      onRead();
      for (const repo of page.data) if (repo.owner) found.push(toRepoInfo({ ...repo, owner: repo.owner }));
    }
  } else {
    for (const ref of readReposFile(spec.reposFile!)) {
      onRead();
      // With a GitHub App each owner has its own installation.
      const client = session ? (await session.forOwner(ref.owner)).github : github;
      found.push(await getRepoInfo(client, ref));
    }
  }
  // Sorted and de-duplicated by name: the order of the report, the ledger and every shard is stable.
  const unique = new Map(found.map((r) => [`${r.owner}/${r.name}`.toLowerCase(), r]));
  return [...unique.values()].sort((a, b) => (`${a.owner}/${a.name}`.toLowerCase() < `${b.owner}/${b.name}`.toLowerCase() ? -1 : 1));
}

export function readReposFile(path: string): { owner: string; name: string }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw badInput(`--repos: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return [];
    const match = /^(?:https:\/\/[^/]+\/)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(line);
    if (!match) throw badInput(`--repos ${path}:${i + 1}: "${line}" is not owner/name`);
    return [{ owner: match[1]!, name: match[2]! }];
  });
}
