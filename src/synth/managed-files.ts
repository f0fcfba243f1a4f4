import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FileModel, RenderedFile } from "./file-model.js";
import { dependabotPathOf } from "../components/dependency-updates/paths.js";
import { ENV_EXAMPLE_PATH, envExampleEntries, envExampleLines } from "../components/compose/env-example.js";
import type { BaselineOptions } from "../options/index.js";
import { withBlock } from "./managed-block.js";

/** A file the repository keeps as its own, with the baseline's managed part brought up to date. */
export interface ManagedEdit {
  readonly path: string;
  readonly previous: string;
  readonly content: string;
}

function readKept(root: string, path: string): string | undefined {
  try {
    return lstatSync(join(root, path)).isFile() ? readFileSync(join(root, path), "utf8") : undefined;
  } catch {
    return undefined;
  }
}

/** Brings a kept `dependabot.yml`'s managed entries up to date (src/synth/managed-dependabot.ts). */
export type DependabotManager = (root: string, options: BaselineOptions, models: readonly FileModel[], kept: string) => { readonly text: string; readonly reason?: string };

/** Whether synth will manage entries of a `dependabot.yml` the repository keeps. */
export const keepsDependabot = (options: BaselineOptions): boolean =>
  options.dependencyUpdates === "dependabot" && !options.exclude.includes("dependency-updates") && options.eject.includes(dependabotPathOf(options));

/** The Dependabot manager, loaded only for a repository that keeps its own `dependabot.yml` (it needs the YAML parser). */
export async function loadDependabotManager(options: BaselineOptions): Promise<DependabotManager | undefined> {
  return keepsDependabot(options) ? (await import("./managed-dependabot.js")).manageDependabot : undefined;
}

const DOCKERIGNORE_LABEL = "the baseline's patterns this file lacks";
const GITIGNORE_LABEL = "files the baseline needs untracked";
const ENV_EXAMPLE_LABEL = "variables the baseline and the apps need that this file lacks";
const bare = (pattern: string): string => pattern.replace(/^\//, "").replace(/\/$/, "");
const entriesOf = (text: string): string[] => text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));

/**
 * Managed parts of files the repository kept (listed in `eject`): Dependabot entries for what its
 * own `dependabot.yml` leaves uncovered, a `.dockerignore` block with the baseline's patterns it
 * lacks, and a `.env.example` block with the variables it lacks. Only files that would change are returned; `warnings` says why a kept file was left alone.
 */
export function managedEdits(
  root: string,
  options: BaselineOptions,
  files: readonly RenderedFile[],
  modelsOf: () => readonly FileModel[],
  dependabotManager?: DependabotManager,
): { edits: ManagedEdit[]; warnings: string[] } {
  const edits: ManagedEdit[] = [];
  const warnings: string[] = [];
  const kept = (path: string): string | undefined => (options.eject.includes(path) ? readKept(root, path) : undefined);
  const dependabot = keepsDependabot(options) ? kept(dependabotPathOf(options)) : undefined;
  if (dependabot !== undefined) {
    if (!dependabotManager) throw new Error("internal: a kept dependabot.yml needs the manager from loadDependabotManager()");
    const next = dependabotManager(root, options, modelsOf(), dependabot);
    if (next.reason) warnings.push(`${next.reason}; add the entries audit's DU002 names by hand`);
    if (next.text !== dependabot) edits.push({ path: dependabotPathOf(options), previous: dependabot, content: next.text });
  }
  // The models only for files the repository kept: rendered files from the cache spare the rest of a run them.
  const keptDockerignores = options.eject.filter((path) => path.endsWith(".dockerignore"));
  for (const model of keptDockerignores.length > 0 ? modelsOf() : []) {
    if (model.kind !== "text" || !keptDockerignores.includes(model.path)) continue;
    const existing = kept(model.path);
    if (existing === undefined) continue;
    const own = entriesOf(withBlock(existing, [], DOCKERIGNORE_LABEL));
    // The block comes last, so it would override the user's `!path` re-includes below a pattern of ours: those patterns stay out.
    const reincluded = own.filter((l) => l.startsWith("!")).map((l) => bare(l.slice(1)));
    const missing = entriesOf(model.text).filter((l) => !own.includes(l) && !reincluded.some((r) => r === bare(l) || r.startsWith(`${bare(l)}/`)));
    const next = withBlock(existing, missing, DOCKERIGNORE_LABEL);
    if (next !== existing) edits.push({ path: model.path, previous: existing, content: next });
  }
  const envExample = options.eject.includes(ENV_EXAMPLE_PATH) && modelsOf().some((m) => m.path === ENV_EXAMPLE_PATH) ? kept(ENV_EXAMPLE_PATH) : undefined;
  if (envExample !== undefined) {
    const next = withBlock(envExample, envExampleBlock(envExample, options), ENV_EXAMPLE_LABEL);
    if (next !== envExample) edits.push({ path: ENV_EXAMPLE_PATH, previous: envExample, content: next });
  }
  const gitignore = readKept(root, ".gitignore");
  if (gitignore !== undefined) {
    const next = withBlock(gitignore, gitignoreLines(gitignore, files), GITIGNORE_LABEL);
    if (next !== gitignore) edits.push({ path: ".gitignore", previous: gitignore, content: next });
  }
  return { edits, warnings };
}

/**
 * The `.env.example` entries the user's own file lacks. A name counts as present when a line outside
 * our block assigns it, commented out or not (`NAME=`, `export NAME=`, `# NAME=`): the user chose it.
 */
function envExampleBlock(text: string, options: BaselineOptions): string[] {
  const own = new Set(
    withBlock(text, [], ENV_EXAMPLE_LABEL)
      .split("\n")
      .map((l) => /^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(l)?.[1])
      .filter((n) => n !== undefined),
  );
  const missing = envExampleEntries(options).filter((e) => !own.has(e.name));
  // The first section heading follows a blank line in the owned file; inside the block it would only add a gap.
  return envExampleLines(missing).slice(1);
}

/**
 * What the baseline needs git to ignore that the user's `.gitignore` does not: `.env`, where the
 * generated compose files read their secrets, and `*.orig`, the backups of files taken over (they can
 * hold the secrets the adopted file had). Only an existing `.gitignore` gets a block.
 */
function gitignoreLines(text: string, files: readonly RenderedFile[]): string[] {
  const own = new Set(entriesOf(withBlock(text, [], GITIGNORE_LABEL)).map(bare));
  const wanted = [...(files.some((f) => f.component === "compose") ? [[".env", ".env*", "*.env"]] : []), ["*.orig"]];
  return wanted.filter((forms) => !forms.some((f) => own.has(f))).map((forms) => forms[0]!);
}
