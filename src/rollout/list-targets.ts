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

/** Exactly one source of repositories; checked before anything is opened or read. */
export function checkTargets(spec: TargetSpec): void {
  const sources = [spec.org, spec.reposFile, spec.search].filter((s) => s !== undefined).length;
  if (sources === 0) throw badInput("Say which repositories: --org NAME, --repos FILE or --search QUERY (optionally narrowed by --topic, --include, --exclude).");
  if (sources > 1) throw badInput("Use one of --org, --repos and --search; narrow with --topic, --include and --exclude.");
}

/**
 * Streams candidate repositories, each with what selection needs (archived, fork, empty, topics). An
 * organisation's listing is consumed page by page as the caller pulls (one page of 100 buffered at most),
 * so a 10,000-repository organisation is never held as one list; a search (at most 1,000 results) and a
 * file are small and come sorted by name. Duplicates (a listing that shifts while it is paged) are dropped.
 */
export async function* streamTargets(github: GitHub, spec: TargetSpec, session?: GitHubSession): AsyncGenerator<RepoInfo> {
  const seen = new Set<string>();
  const fresh = (repo: RepoInfo) => {
    const key = `${repo.owner}/${repo.name}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  if (spec.org !== undefined) {
    const pages = github.paginate.iterator(github.rest.repos.listForOrg, { org: spec.org, type: "all", sort: "full_name", direction: "asc", per_page: 100 })[Symbol.asyncIterator]();
    for (let infos = await nextPage(pages); infos !== undefined; infos = await nextPage(pages)) {
      for (const info of infos) if (fresh(info)) yield info;
    }
    return;
  }
  const found: RepoInfo[] = [];
  if (spec.search !== undefined) {
    for await (const page of github.paginate.iterator(github.rest.search.repos, { q: spec.search, per_page: 100 })) {
      for (const repo of page.data) if (repo.owner) found.push(toRepoInfo({ ...repo, owner: repo.owner }));
    }
  } else {
    for (const ref of readReposFile(spec.reposFile!)) {
      // With a GitHub App each owner has its own installation.
      const client = session ? (await session.forOwner(ref.owner)).github : github;
      found.push(await getRepoInfo(client, ref));
    }
  }
  found.sort((a, b) => (`${a.owner}/${a.name}`.toLowerCase() < `${b.owner}/${b.name}`.toLowerCase() ? -1 : 1));
  for (const repo of found) if (fresh(repo)) yield repo;
}

/**
 * The next page of an organisation's listing, as RepoInfos. The page itself (100 full repository objects,
 * about 1 MB parsed) ends with this call: held while its repositories are worked on, it outlived the young
 * generation, page after page (issue 14).
 */
async function nextPage(pages: AsyncIterator<{ data: Parameters<typeof toRepoInfo>[0][] }>): Promise<RepoInfo[] | undefined> {
  const page = await pages.next();
  return page.done ? undefined : page.value.data.map(toRepoInfo);
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
