import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Set by the bundler (scripts/build-dist.ts) to the bundle's public-API file; undefined when running from source. */
declare const __DEVOPS_BASELINE_LIB__: string | undefined;

const PACKAGE_NAME = "create-devops-baseline";
let cached: string | undefined;

/**
 * The folder holding this tool's package.json, found by walking up from the running module: the same
 * code runs from `src/synth/` (tsx), from bundled chunks in `dist/` (npm package) and in `dist/action/`
 * (GitHub Action), so no fixed `../..` is right for all three.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE_NAME}: no package.json named ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

function readPackageName(path: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/** The file `import "create-devops-baseline"` means inside a config file: this running copy's public API. */
export function publicApiPath(): string {
  const bundled = typeof __DEVOPS_BASELINE_LIB__ === "string" ? __DEVOPS_BASELINE_LIB__ : undefined;
  return join(packageRoot(), bundled ?? "src/index.ts");
}
