/** What the action reports, read from the command's `--json` output. */
export interface ActionResult {
  /** Files that drifted (check) or changed (resync, rollout: `owner/repo: path`). */
  readonly changedFiles: readonly string[];
  /** Pull requests opened or updated, in the order the command reported them. */
  readonly pullRequestUrls: readonly string[];
  /** Per-file change kinds, when the command reports them (`update`, `keep-edited`, …). */
  readonly changes: readonly { readonly path: string; readonly type?: string; readonly diff?: string }[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads the command's JSON. The contract the commands follow: changed files as `files` (check: each
 * `{ path, type, diff }`) or as `added` / `changed` / `removed` path lists (resync); a pull request as
 * `pr: { url }` (or `pullRequest.url`, `prUrl`); rollout's per-repository results as `repos` (or
 * `results`) items with `repo` (or `fullName`) and the same fields.
 */
export function readResult(json: unknown): ActionResult {
  const changes: { path: string; type?: string; diff?: string }[] = [];
  const urls: string[] = [];
  const visit = (node: Json, prefix: string): void => {
    for (const item of asArray(node.files ?? node.changedFiles)) {
      const change = isObject(item) && typeof item.path === "string" ? item : typeof item === "string" ? { path: item } : undefined;
      if (!change) continue;
      changes.push({
        path: `${prefix}${change.path as string}`,
        ...(typeof change.type === "string" ? { type: change.type } : {}),
        ...(typeof change.diff === "string" ? { diff: change.diff } : {}),
      });
    }
    // resync and rollout: `added`, `changed`, `removed` lists of paths.
    for (const type of ["added", "changed", "removed"] as const) {
      for (const path of asArray(node[type])) if (typeof path === "string") changes.push({ path: `${prefix}${path}`, type });
    }
    const url = pullRequestUrl(node);
    if (url && !urls.includes(url)) urls.push(url);
    for (const repo of asArray(node.results ?? node.repos)) {
      if (!isObject(repo)) continue;
      const name = typeof repo.repo === "string" ? repo.repo : typeof repo.fullName === "string" ? repo.fullName : undefined;
      visit(repo, name ? `${name}: ` : prefix);
    }
  };
  if (isObject(json)) visit(json, "");
  return { changedFiles: changes.map((c) => c.path), pullRequestUrls: urls, changes };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function pullRequestUrl(node: Json): string | undefined {
  for (const key of ["pullRequest", "pr"]) {
    const pr = node[key];
    if (isObject(pr)) {
      const url = pr.url ?? pr.htmlUrl ?? pr.html_url;
      if (typeof url === "string") return url;
    }
  }
  for (const key of ["prUrl", "pullRequestUrl"]) if (typeof node[key] === "string") return node[key] as string;
  return undefined;
}
