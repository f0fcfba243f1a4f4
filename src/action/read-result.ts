/** What the action reports, read from the command's `--json` output. */
export interface ActionResult {
  /** Files that drifted (check) or changed (resync, rollout: `owner/repo: path`). */
  readonly changedFiles: readonly string[];
  /** Pull requests opened or updated, in the order the command reported them. */
  readonly pullRequestUrls: readonly string[];
  /** Per-file change kinds, when the command reports them (`update`, `keep-edited`, …). */
  readonly changes: readonly { readonly path: string; readonly type?: string; readonly diff?: string }[];
  /** `audit`: its findings, and how many are at or above `--fail-on`. */
  readonly findings?: { readonly total: number; readonly failing: number; readonly failOn: string; readonly list: readonly AuditFinding[] };
  /** `rollout --audit-only`: how many repositories were audited (the ranking is in the command's own summary). */
  readonly audited?: number;
}

export interface AuditFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
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
  const findings = isObject(json) ? auditFindings(json) : undefined;
  const audited = isObject(json) && json.auditOnly === true ? asArray(json.ranking).length : undefined;
  return { changedFiles: changes.map((c) => c.path), pullRequestUrls: urls, changes, ...(findings ? { findings } : {}), ...(audited !== undefined ? { audited } : {}) };
}

/** audit's JSON: `summary.findings`, `summary.failing`, `failOn` and the `findings` list. */
function auditFindings(json: Json): ActionResult["findings"] {
  const summary = json.summary;
  if (!isObject(summary) || typeof summary.findings !== "number" || typeof summary.failing !== "number") return undefined;
  const list = asArray(json.findings).filter(isObject).map((f) => ({
    ruleId: String(f.ruleId),
    severity: String(f.severity),
    file: String(f.file),
    line: typeof f.line === "number" ? f.line : null,
    message: String(f.message),
  }));
  return { total: summary.findings, failing: summary.failing, failOn: String(json.failOn), list };
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
