import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { run } from "../../src/cli/run.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export const EXAMPLE = new URL("../../examples/django-nextjs/", import.meta.url).pathname;

/** A fresh copy of an example repository in a temp folder named `shop` (detection names projects after their folder). */
export function copyExample(source = EXAMPLE): string {
  const dir = join(mkdtempSync(join(tmpdir(), "devops-baseline-test-")), "shop");
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its bytes, for before/after comparisons. */
export function snapshotTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, "latin1"));
    }
  };
  walk(root);
  return files;
}
