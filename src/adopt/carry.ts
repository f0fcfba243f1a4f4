import { isComposePath, isDependabotPath, isDockerfilePath, isWorkflowPath } from "../rules/classify.js";
import { parseDockerfile, parseYaml } from "../rules/parse-files.js";
import type { FileModel } from "../synth/file-model.js";
import { applyOverride, type FileOverride } from "../synth/overrides.js";
import { carryCompose, normaliseCompose } from "./carry-compose.js";
import { carryWorkflow, matchStep, normaliseWorkflow } from "./carry-workflow.js";
import { isObj, preview } from "./types.js";
import { matchByIdOrName, uncarried, type MatchItem } from "./uncarried.js";

/** Dependabot entries pair by ecosystem and folder. */
const matchUpdate: MatchItem = (item, candidates) =>
  isObj(item) ? candidates.findIndex((c) => isObj(c) && c["package-ecosystem"] === item["package-ecosystem"] && c.directory === item.directory) : -1;

/** The first half of carrying: the override paths to add, what they carry, and what the baseline already covers. */
export interface CarrySet {
  readonly set: Record<string, unknown>;
  readonly carried: string[];
  readonly covered: ReadonlyMap<string, string>;
  /** Why the old file could not be read as data (then nothing is carried). */
  readonly unreadable?: string;
}

function parseOld(path: string, text: string): unknown {
  return path.endsWith(".json") ? JSON.parse(text) : parseYaml(text).data;
}

/** What of an old YAML/JSON file the baseline's model lacks and the config's overrides can carry. */
export function carrySet(path: string, oldText: string, model: FileModel, existing: FileOverride | undefined): CarrySet {
  if (model.kind === "text") return { set: {}, carried: [], covered: new Map() };
  let old: unknown;
  try {
    old = parseOld(path, oldText);
  } catch (error) {
    return { set: {}, carried: [], covered: new Map(), unreadable: (error as Error).message.split("\n")[0] };
  }
  const base = existing ? applyOverride(model.data, existing, path) : model.data;
  if (isWorkflowPath(path)) return carryWorkflow(old, base);
  if (isComposePath(path)) return { ...carryCompose(old, base), covered: new Map() };
  return { set: {}, carried: [], covered: new Map() };
}

/** The config's override for a file with carried paths added to what it already set. */
export function withCarried(existing: FileOverride | undefined, set: Readonly<Record<string, unknown>>): FileOverride | undefined {
  if (Object.keys(set).length === 0) return existing;
  return { ...existing, set: { ...existing?.set, ...set } };
}

/**
 * The second half: every part of the old file the baseline's final version (overrides applied) drops
 * or replaces, so nothing goes silently. Data files are compared as data; a Dockerfile by instruction;
 * other text by line.
 */
export function notCarried(path: string, oldText: string, model: FileModel, override: FileOverride | undefined, renderedText: string, carry: CarrySet): string[] {
  if (carry.unreadable) return [`the old file does not parse (${carry.unreadable}): nothing of it was carried; it is all in ${path}.orig`];
  const covered = [...carry.covered].map(([where, why]) => `${where}: ${why}`);
  if (model.kind !== "text") {
    // Overrides hold data, so the old file's comments stay behind in the backup.
    const comments = oldText.split("\n").filter((l) => /(^|\s)#/.test(l)).length;
    const commentNote = comments > 0 && !path.endsWith(".json") ? [`${comments} line(s) with comments: overrides carry data, not comments (they stay in ${path}.orig)`] : [];
    const next = override ? applyOverride(model.data, override, path) : model.data;
    const old = parseOld(path, oldText);
    if (isWorkflowPath(path)) {
      const stepsAt = (p: string) => (/^jobs\.[^.]+\.steps$/.test(p) ? matchStep : matchByIdOrName);
      return [...covered, ...uncarried(normaliseWorkflow(old), next, new Set(carry.covered.keys()), stepsAt), ...commentNote];
    }
    if (isComposePath(path)) return [...uncarried(normaliseCompose(old), normaliseCompose(next), new Set()), ...commentNote];
    if (isDependabotPath(path)) return [...uncarried(old, next, new Set(), (p) => (p === "updates" ? matchUpdate : matchByIdOrName)), ...commentNote];
    return [...uncarried(old, next, new Set()), ...commentNote];
  }
  if (isDockerfilePath(path)) {
    const kept = new Set(parseDockerfile(path, renderedText).instructions.map((i) => `${i.keyword} ${i.args}`));
    return parseDockerfile(path, oldText)
      .instructions.filter((i) => !kept.has(`${i.keyword} ${i.args}`))
      .map((i) => `line ${i.line}: ${i.keyword} ${preview(i.args)} is not in the baseline's Dockerfile (Dockerfiles take no overrides: set it through the options, or eject the file)`);
  }
  const kept = new Set(renderedText.split("\n").map((l) => l.trim()));
  const lost = oldText.split("\n").filter((l) => l.trim() !== "" && !kept.has(l.trim()));
  return lost.length === 0 ? [] : [`${lost.length} line(s) of the old file are not in the baseline's version (text files take no overrides; see the diff)`];
}
