import { hasBlock, withBlock } from "./managed-block.js";

export const PRETTIERIGNORE_PATH = ".prettierignore";

/**
 * Prettier's config files at the repository root. Owned files are already in prettier's default form;
 * a repository with its own options (`singleQuote`, `semi: false`, a wider `printWidth`) would see
 * `prettier --check .` fail on them, so they are listed in `.prettierignore` there.
 * @see https://prettier.io/docs/configuration
 */
const PRETTIER_CONFIGS = /^(\.prettierrc(\.(json|json5|ya?ml|toml|js|cjs|mjs|ts|cts|mts))?|prettier\.config\.(js|cjs|mjs|ts|cts|mts))$/;

/** Whether the repository configures prettier away from its defaults, from its root file names alone. */
export function hasPrettierConfig(rootFileNames: Iterable<string>): boolean {
  for (const name of rootFileNames) if (PRETTIER_CONFIGS.test(name)) return true;
  return false;
}

/**
 * The `.prettierignore` to write, or `undefined` to leave it alone: a managed block of owned files
 * (as in `.gitattributes`) when the repository has a prettier config or already holds our block.
 */
export function nextPrettierignore(existing: string | null, ownedPaths: readonly string[], prettierConfigured: boolean): string | undefined {
  if (!prettierConfigured && !hasBlock(existing)) return undefined;
  const next = withBlock(existing, prettierConfigured ? ownedPaths.map((p) => `/${p.replace(/([\\*?[\]!# ])/g, "\\$1")}`) : []);
  return next === (existing ?? "") ? undefined : next;
}
