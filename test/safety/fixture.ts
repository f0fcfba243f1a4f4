import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, lstatSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { COMPONENTS } from "../../src/components/index.js";
import { baselineOptionsSchema } from "../../src/options/index.js";
import { writeAppSkeleton } from "../helpers/app-skeleton.js";

/** A fresh temp repo holding only a handwritten `devops-baseline.json` (no detection needed). */
export function makeRepo(config: Record<string, unknown>, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "devops-baseline-safety-"));
  writeConfig(dir, config);
  if (options.git) git(dir, "init", "-q", "-b", "main");
  return dir;
}

/** Writes the config and, when it is valid, the app files it references (synth refuses without them). */
export function writeConfig(dir: string, config: Record<string, unknown>): void {
  writeFileSync(join(dir, "devops-baseline.json"), `${JSON.stringify(config, null, 2)}\n`);
  if (baselineOptionsSchema.safeParse(config).success) writeAppSkeleton(dir, config);
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
}

export const read = (root: string, path: string): string => readFileSync(join(root, path), "utf8");

export const manifestOf = (root: string): { files: Record<string, { sha: string }> } =>
  JSON.parse(read(root, ".devops-baseline/manifest.json")) as { files: Record<string, { sha: string }> };

/** Every regular file under a folder (git's own folder excluded) with its bytes. */
export function treeBytes(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === ".git") continue;
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/**
 * A config rendering only the dependency-updates component: tests about the engine (not about what
 * components render) stay fast however many components the tool grows.
 */
export function small(config: Record<string, unknown>): Record<string, unknown> {
  return { ...config, exclude: COMPONENTS.map((c) => c.name).filter((name) => name !== "dependency-updates") };
}
