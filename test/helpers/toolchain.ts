import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

// Filled by scripts/test-setup.sh (`npm run test:setup`, run first by `npm test`) from scripts/test-requirements.txt.
export const VENV_DIR = resolve(import.meta.dirname, "../../node_modules/.cache/devops-baseline-test/venv");
export const VENV_BIN = join(VENV_DIR, "bin");

const notInstalled = (what: string) => new Error(`${what} is not installed in ${VENV_DIR}: run npm run test:setup`);

/** Absolute path of a tool in the test venv (`python`, `pip`, `uv`, `poetry`, `check-jsonschema`). */
export function venvTool(name: string): string {
  const path = join(VENV_BIN, name);
  if (!existsSync(path)) throw notInstalled(name);
  return path;
}

/** Absolute path of a file shipped by a Python package in the test venv, e.g. `venvPackageFile("check_jsonschema", "py.typed")`. */
export function venvPackageFile(...segments: string[]): string {
  const lib = join(VENV_DIR, "lib");
  const python = existsSync(lib) ? readdirSync(lib).find((d) => d.startsWith("python")) : undefined;
  const path = python && join(lib, python, "site-packages", ...segments);
  if (!path || !existsSync(path)) throw notInstalled(segments.join("/"));
  return path;
}
