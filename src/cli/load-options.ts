import { badInput } from "../errors.js";
import { loadConfig } from "../config/load-config.js";
import type { BaselineOptions } from "../options/index.js";
import { layerConfig } from "../options/layer-config.js";
import { readProjenOwned } from "../synth/projen-owned.js";
import { configFromFlags, hasOptionFlags } from "./option-flags.js";
import { assertReferencesResolve } from "./verify-references.js";

/** The repo's config with any option flags layered on top, validated, its references checked against the repository. */
export async function loadRepoOptions(root: string, flags: Record<string, unknown>): Promise<{ options: BaselineOptions; configPath: string }> {
  const loaded = await loadUnverified(root, flags);
  assertReferencesResolve(root, loaded.options);
  return loaded;
}

async function loadUnverified(root: string, flags: Record<string, unknown>): Promise<{ options: BaselineOptions; configPath: string }> {
  const loaded = await loadConfig(root);
  if (!loaded) {
    if (readProjenOwned(root).size > 0) {
      throw badInput(
        "No devops-baseline.config.ts or devops-baseline.json here: projen owns this repository's files (.projen/files.json). With `create-devops-baseline/projen` the baseline is configured in .projenrc.ts; check drift with `npx projen && git diff --exit-code`.",
      );
    }
    throw badInput("No devops-baseline.config.ts or devops-baseline.json here. Run `create-devops-baseline init` first.");
  }
  if (!hasOptionFlags(flags)) return { options: loaded.options, configPath: loaded.path };
  const merged = layerConfig(loaded.raw, configFromFlags(flags));
  // Loaded only here: a config validated before comes from the cache, without the options schema.
  const { parseOptions } = await import("../options/parse.js");
  return { options: parseOptions(merged, `options (${loaded.path} and flags)`), configPath: loaded.path };
}
