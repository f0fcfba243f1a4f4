import { auditCounts, type AuditCounts } from "../audit/audit-counts.js";
import { auditSnapshot } from "../audit/audit-snapshot.js";
import type { AuditPolicy } from "../audit/policy.js";
import type { TreeChange, TreeEntry } from "../github/tree-sha.js";
import { filesToAudit, type RepoSnapshot } from "../rules/index.js";
import { normaliseText } from "../synth/git-blob.js";
import type { ReadBlob } from "./remote-options.js";

/** The same bound as a folder audit: DevOps files are small; bigger ones are not read. */
const MAX_FILE_BYTES = 512 * 1024;

/** A repository's audit as the rollout reports it: before the baseline's changes, and after them when there are any. */
export interface RepoAudit {
  readonly before: AuditCounts;
  readonly after?: AuditCounts;
}

/**
 * The files the rules read, from a tree listing: only those blobs are downloaded (each once per run, by
 * SHA). Blobs already in memory are taken without a wait, so an audit whose files are all known runs
 * in one synchronous step (issue 14).
 */
export async function readAuditSnapshot(entries: ReadonlyMap<string, TreeEntry>, readBlob: ReadBlob, peekBlob?: (sha: string) => string | undefined): Promise<RepoSnapshot> {
  const paths = [...entries.values()].filter((e) => e.type === "blob").map((e) => e.path).sort();
  const files = new Map<string, string>();
  for (const path of filesToAudit(paths)) {
    const entry = entries.get(path)!;
    if ((entry.size ?? 0) > MAX_FILE_BYTES) continue;
    const text = peekBlob?.(entry.sha) ?? (await readBlob(entry.sha));
    files.set(path, normaliseText(text));
  }
  return { paths, files };
}

/** The repository as the commit would leave it: changed files replaced, removed ones gone, new ones added. */
export function snapshotAfter(before: RepoSnapshot, changes: readonly TreeChange[]): RepoSnapshot {
  const changed = new Map(changes.map((c) => [c.path, c.content]));
  const paths = [...new Set([...before.paths, ...changes.map((c) => c.path)])].filter((p) => changed.get(p) !== null).sort();
  const files = new Map<string, string>();
  for (const path of filesToAudit(paths)) {
    const text = changed.get(path) ?? before.files.get(path);
    if (text !== undefined) files.set(path, text);
  }
  return { paths, files };
}

/** Audits the default branch and, given the planned changes, the result of merging them. */
export async function auditRemote(entries: ReadonlyMap<string, TreeEntry>, readBlob: ReadBlob, policy: AuditPolicy, changes?: readonly TreeChange[], peekBlob?: (sha: string) => string | undefined): Promise<RepoAudit> {
  const before = await readAuditSnapshot(entries, readBlob, peekBlob);
  return {
    before: auditCounts(auditSnapshot(before, policy)),
    ...(changes ? { after: auditCounts(auditSnapshot(snapshotAfter(before, changes), policy)) } : {}),
  };
}
