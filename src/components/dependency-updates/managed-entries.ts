import { RENOVATE_PATHS } from "../../rules/classify.js";
import { repoViewOf } from "../../rules/repo-view.js";
import { renderYaml } from "../../synth/render-yaml.js";
import { imageAndActionNeeds, isCovered, manifestNeeds, type UpdateNeed } from "../../rules/update-coverage.js";
import { asDependabotDir, dependabotEntry } from "./index.js";
import { DEPENDABOT_PATHS } from "../../options/choices.js";

const BEGIN = "# >>> create-devops-baseline: managed entries (synth keeps them current; your own entries above stay as they are) >>>";
const END = "# <<< create-devops-baseline: managed entries <<<";

/** The text without our managed entries (and the blank lines right around them). */
export function withoutManagedEntries(text: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.trim() === BEGIN);
  const end = lines.findIndex((l, i) => i > start && l.trim() === END);
  if (start < 0 || end < 0) return text;
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join("\n");
}

/**
 * What the repository's own Dependabot config leaves uncovered (the audit's DU002 needs: every
 * manifest folder, lockfile-aware; every Dockerfile and compose folder; the workflows), as one entry
 * per ecosystem with `directories`. Pure: the repository's paths and the file's text come in.
 */
export function uncoveredNeeds(text: string, paths: readonly string[]): UpdateNeed[] {
  // Read as a Dependabot config (either name GitHub accepts reads the same).
  const view = repoViewOf([{ path: DEPENDABOT_PATHS[0], content: withoutManagedEntries(text) }], paths);
  return [...manifestNeeds(paths), ...imageAndActionNeeds(paths)].filter((need) => !isCovered(view, need));
}

/**
 * A kept `.github/dependabot.yml` (or `.yaml`) with the baseline's entries for what it does not cover, marked and
 * placed at the end of its `updates` list; the user's entries and comments are left byte for byte.
 * Returns the text unchanged when it has no block-style `updates` list to extend (said in `reason`),
 * or when the repository uses Renovate (two update tools would open two PRs per bump).
 */
export function withManagedEntries(text: string, paths: readonly string[], file: string = DEPENDABOT_PATHS[0]): { text: string; reason?: string } {
  if (paths.some((p) => RENOVATE_PATHS.includes(p))) return { text: withoutManagedEntries(text) };
  const own = withoutManagedEntries(text);
  const needs = uncoveredNeeds(text, paths);
  if (needs.length === 0) return { text: own };
  const lines = own.split("\n");
  const at = lines.findIndex((l) => /^updates:\s*(\[\s*\])?\s*(#.*)?$/.test(l));
  if (at < 0) return { text, reason: `${file} has no top-level block-style updates list to add entries to` };
  const emptyFlow = /\[\s*\]/.test(lines[at]!);
  let last = at;
  const item = lines.slice(at + 1).find((l) => /^\s*- /.test(l));
  const indent = item ? item.length - item.trimStart().length : 2;
  if (!emptyFlow) for (let i = at + 1; i < lines.length && (lines[i]!.trim() === "" || /^\s/.test(lines[i]!) || lines[i]!.startsWith("-") || lines[i]!.startsWith("#")); i++) if (lines[i]!.trim() !== "" && !lines[i]!.startsWith("#")) last = i;
  const byEcosystem = new Map<string, string[]>();
  for (const need of needs) byEcosystem.set(need.ecosystem, [...(byEcosystem.get(need.ecosystem) ?? []), asDependabotDir(need.dir)]);
  const entries = [...byEcosystem].map(([ecosystem, dirs]) => dependabotEntry(ecosystem, { directories: [...new Set(dirs)].sort() }));
  const pad = " ".repeat(indent);
  const block = [BEGIN, ...renderYaml(entries).trimEnd().split("\n"), END].map((l) => pad + l);
  const head = emptyFlow ? [...lines.slice(0, at), "updates:"] : lines.slice(0, last + 1);
  return { text: [...head, ...block, ...lines.slice(last + 1)].join("\n") };
}
