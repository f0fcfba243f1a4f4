import { renderModels } from "../components/index.js";
import { auditSnapshot, readRepoFiles } from "../audit/index.js";
import { filesToAudit, type Finding, type RepoSnapshot } from "../rules/index.js";
import { badInput } from "../errors.js";
import { parseOptions, type BaselineConfig, type BaselineOptions } from "../options/index.js";
import { normaliseText } from "../synth/git-blob.js";
import { pathOf, writtenContent } from "../synth/plan.js";
import { renderFiles } from "../synth/render-files.js";
import { manageDependabot } from "../synth/managed-dependabot.js";
import { planRepo } from "../synth/synthesize.js";
import { unifiedDiff } from "../synth/unified-diff.js";
import { withoutManagedEntries } from "../components/dependency-updates/managed-entries.js";
import { carrySet, notCarried, withCarried } from "./carry.js";

/** One file adoption takes over: the audit delta, the diff, and what is carried or not. */
export interface AdoptedFile {
  readonly path: string;
  readonly previous: string;
  readonly content: string;
  readonly diff: string;
  /** Findings in this file that adoption clears. */
  readonly fixes: readonly Finding[];
  /** Findings left in this file afterwards (carried parts keep theirs). */
  readonly remaining: readonly Finding[];
  readonly carried: readonly string[];
  readonly notCarried: readonly string[];
}

export interface AdoptPlan {
  readonly files: readonly AdoptedFile[];
  /** The config after adoption: the files leave `eject`, carried parts join `overrides`. */
  readonly config: BaselineConfig;
  readonly options: BaselineOptions;
  /** Findings of the whole repository before and after (adoption plus the files synth would create). */
  readonly before: readonly Finding[];
  readonly after: readonly Finding[];
}

/** Files the baseline renders that the repository keeps as its own: on disk, not owned (in `eject`, or found after init). */
export function keptFiles(root: string, options: BaselineOptions): Map<string, string> {
  const { plan } = planRepo(root, { ...options, eject: [] }, { force: false, adopt: false }, { dependabotManager: manageDependabot });
  return new Map(plan.actions.flatMap((a) => (a.type === "skip-unowned" ? [[a.file.path, normaliseText(a.existing)] as const] : [])));
}

const key = (f: Finding): string => `${f.ruleId}\u0000${f.file}\u0000${f.message}`;

/**
 * What `adopt` would do for these kept files. Pure apart from reading the repository: the config, the
 * files and their backups are written by the caller.
 */
export function planAdoption(root: string, raw: BaselineConfig, options: BaselineOptions, paths: readonly string[]): AdoptPlan {
  const kept = keptFiles(root, options);
  const unknown = paths.filter((p) => !kept.has(p));
  if (unknown.length > 0) {
    throw badInput(`adopt: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not a kept file the baseline renders. Kept: ${[...kept.keys()].sort().join(", ") || "none"}`);
  }
  const snapshot = readRepoFiles(root);
  // Our managed entries in a kept dependabot.yml are the baseline's already: not the user's to carry.
  const ownPartOf = (path: string): string => withoutManagedEntries(kept.get(path)!);
  const models = new Map(renderModels(options).map((m) => [m.path, m]));
  const carries = new Map(paths.map((path) => [path, carrySet(path, ownPartOf(path), models.get(path)!, options.overrides[path])]));
  const overrides = { ...(raw.overrides ?? {}) };
  for (const [path, carry] of carries) {
    const merged = withCarried(options.overrides[path], carry.set);
    if (merged) overrides[path] = { ...(merged.set ? { set: { ...merged.set } } : {}), ...(merged.delete ? { delete: [...merged.delete] } : {}) };
  }
  const eject = (raw.eject ?? []).filter((p) => !paths.includes(p));
  const { eject: _eject, overrides: _overrides, ...rest } = raw;
  const config: BaselineConfig = { ...rest, ...(eject.length > 0 ? { eject } : {}), ...(Object.keys(overrides).length > 0 ? { overrides } : {}) };
  const next = parseOptions(config, "options after adoption");
  const rendered = new Map(renderFiles(renderModels(next), next).map((f) => [f.path, f]));

  // The repository after adoption: adopted files replaced, and what synth writes besides.
  const writes = new Map<string, string>(paths.map((p) => [p, rendered.get(p)!.content]));
  const { plan: synthPlan, managed } = planRepo(root, next, { force: false, adopt: false }, { dependabotManager: manageDependabot });
  for (const action of synthPlan.actions) {
    const content = writtenContent(action);
    if (content !== undefined) writes.set(pathOf(action), content);
  }
  for (const edit of managed) writes.set(edit.path, edit.content);
  const before = auditSnapshot(snapshot, {}, options.audit.suppress).findings;
  const after = auditSnapshot(overlay(snapshot, writes), {}, next.audit.suppress).findings;
  const afterKeys = new Set(after.map(key));
  const files = paths.map((path): AdoptedFile => {
    const previous = kept.get(path)!;
    const content = rendered.get(path)!.content;
    const carry = carries.get(path)!;
    return {
      path,
      previous,
      content,
      diff: unifiedDiff(path, previous, content),
      fixes: before.filter((f) => f.file === path && !afterKeys.has(key(f))),
      remaining: after.filter((f) => f.file === path),
      carried: carry.carried,
      notCarried: notCarried(path, ownPartOf(path), models.get(path)!, next.overrides[path], content, carry),
    };
  });
  return { files, config, options: next, before, after };
}

function overlay(snapshot: RepoSnapshot, writes: ReadonlyMap<string, string>): RepoSnapshot {
  const paths = [...new Set([...snapshot.paths, ...writes.keys()])].sort();
  const audited = new Set(filesToAudit([...writes.keys()]));
  return { paths, files: new Map([...snapshot.files, ...[...writes].filter(([p]) => audited.has(p))]) };
}
