import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConfigFormat } from "../config/write-config.js";
import { badInput } from "../errors.js";

export const PACKAGE_NAME = "create-devops-baseline";

export interface ConfigFormatChoice {
  readonly format: ConfigFormat;
  /** Why this format, or what the repository must do for it; printed by init. */
  readonly note?: string;
  /** True when the note is a warning (a TS config the repository's type-check cannot resolve). */
  readonly warn?: boolean;
}

/**
 * The config format init writes. A `devops-baseline.config.ts` imports this package, so a repository's
 * `tsc --noEmit` fails with "Cannot find module 'create-devops-baseline'" unless the root package.json
 * lists it: TS only when it does (or when asked, then with a warning), JSON otherwise.
 */
export function chooseConfigFormat(flag: string | undefined, root: string): ConfigFormatChoice {
  if (flag !== undefined && flag !== "ts" && flag !== "json") throw badInput(`--config-format: "${flag}" is not allowed. Allowed: ts, json`);
  const listed = listsThisPackage(root);
  if (flag === "json") return { format: "json" };
  if (flag === "ts") {
    return listed
      ? { format: "ts" }
      : {
          format: "ts",
          warn: true,
          note: `devops-baseline.config.ts imports ${PACKAGE_NAME}, which the root package.json does not list: add it as a devDependency (npm install --save-dev ${PACKAGE_NAME}), or the repository's type-check (tsc --noEmit) fails with "Cannot find module '${PACKAGE_NAME}'".`,
        };
  }
  if (listed) return { format: "ts", note: `TypeScript config: the root package.json lists ${PACKAGE_NAME}, so the import of defineConfig resolves.` };
  const nodeRepo = existsSync(join(root, "package.json")) || existsSync(join(root, "tsconfig.json"));
  return nodeRepo
    ? {
        format: "json",
        note: `JSON config: ${PACKAGE_NAME} is not a (dev)dependency of the root package.json, so a devops-baseline.config.ts would break tsc --noEmit. For a typed config, add it as a devDependency and run init with --config-format ts.`,
      }
    : { format: "json" };
}

/** Whether the root package.json has this package in dependencies or devDependencies. */
function listsThisPackage(root: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(root, "package.json"), "utf8").replace(/^\uFEFF/, ""));
  } catch {
    return false;
  }
  if (typeof data !== "object" || data === null) return false;
  return (["dependencies", "devDependencies"] as const).some((field) => {
    const section = (data as Record<string, unknown>)[field];
    return typeof section === "object" && section !== null && PACKAGE_NAME in section;
  });
}
