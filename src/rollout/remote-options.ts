import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONFIG_FILES, loadConfig } from "../config/load-config.js";
import { renderConfig } from "../config/write-config.js";
import { detectFromSnapshot, filesToRead } from "../detect/index.js";
import { badInput } from "../errors.js";
import type { TreeEntry } from "../github/tree-sha.js";
import { parseOptions, type BaselineConfig, type BaselineOptions } from "../options/index.js";
import { layerConfig } from "../options/layer-config.js";

/** Reads a blob of the repository being planned (cached, counted). */
export type ReadBlob = (sha: string) => Promise<string>;

export interface RemoteOptions {
  readonly options: BaselineOptions;
  /** Where the options came from: the repo's committed config file, or detection. */
  readonly source: { readonly kind: "config"; readonly path: string } | { readonly kind: "detected" };
  /** For a repo without config: the `devops-baseline.json` the PR adds, so `check` and resync work there afterwards. */
  readonly configToAdd?: { readonly path: string; readonly content: string };
  readonly warnings: readonly string[];
}

export interface RemoteOptionsInput {
  readonly entries: ReadonlyMap<string, TreeEntry>;
  readonly readBlob: ReadBlob;
  /** Org-wide defaults (`--defaults org.json`), layered under the repo's config or detection. */
  readonly defaults: BaselineConfig;
  /** Evaluate a repo's `devops-baseline.config.ts`: it runs that repo's code in this process, with our token. */
  readonly allowCodeConfig: boolean;
}

/** The options for a remote repository: its committed config, else detection from the tree listing plus a few files. */
export async function resolveRemoteOptions(input: RemoteOptionsInput): Promise<RemoteOptions> {
  const present = CONFIG_FILES.filter((name) => input.entries.get(name)?.type === "blob");
  if (present.length > 1) throw badInput(`Found ${present.join(" and ")}; keep one config file`);
  const configPath = present[0];
  if (configPath) {
    const raw = await readConfig(configPath, input);
    return {
      options: parseOptions(layerConfig(input.defaults, raw), `options (org defaults and ${configPath})`),
      source: { kind: "config", path: configPath },
      warnings: [],
    };
  }
  const paths = [...input.entries.values()].filter((e) => e.type === "blob").map((e) => e.path);
  const files = new Map<string, string>();
  for (const path of filesToRead(paths)) {
    const entry = input.entries.get(path);
    if (entry && (entry.size ?? 0) <= 512 * 1024) files.set(path, await input.readBlob(entry.sha));
  }
  const detection = detectFromSnapshot({ paths, files });
  const config = layerConfig(input.defaults, detection.config) as BaselineConfig;
  return {
    options: parseOptions(config, "options (org defaults and detection)"),
    source: { kind: "detected" },
    configToAdd: { path: "devops-baseline.json", content: renderConfig(config, "json") },
    warnings: detection.warnings,
  };
}

async function readConfig(path: string, input: RemoteOptionsInput): Promise<unknown> {
  const text = await input.readBlob(input.entries.get(path)!.sha);
  if (path.endsWith(".json")) {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw badInput(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!input.allowCodeConfig) {
    throw badInput(
      `${path} is code; running it here would run that repository's code with your token. Convert it to devops-baseline.json, run resync inside that repository (its baseline-resync workflow does), or pass --allow-code-config if you trust every target repository.`,
    );
  }
  // jiti evaluates from a file: write the config alone into a scratch folder and load it there.
  const dir = mkdtempSync(join(tmpdir(), "devops-baseline-config-"));
  try {
    writeFileSync(join(dir, path), text);
    return (await loadConfig(dir))?.raw;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
