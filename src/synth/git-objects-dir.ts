import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Environment variables that move git's directories: with any of them set, only git itself can tell. */
const GIT_LOCATION_ENV = ["GIT_DIR", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];

/**
 * The object folder of the git repository holding `root`, read from the layout git documents
 * (gitrepository-layout): the nearest `.git` folder, or a `.git` file's `gitdir:` (worktrees, submodules)
 * and that folder's `commondir`. This spares `synth` a `git rev-parse` process. `undefined` when the
 * layout does not say (no repository found, an unusual one, or the variables above set): then ask git.
 */
export function gitObjectsDirFromLayout(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (GIT_LOCATION_ENV.some((name) => env[name] !== undefined)) return undefined;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return objectsOf(dotGit);
    if (stat?.isFile()) {
      const gitdir = /^gitdir: (.+)$/m.exec(readOrEmpty(dotGit))?.[1]?.trim();
      return gitdir ? objectsOf(resolve(dir, gitdir)) : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function objectsOf(gitDir: string): string | undefined {
  const commondir = readOrEmpty(join(gitDir, "commondir")).trim();
  const objects = join(commondir ? resolve(gitDir, commondir) : gitDir, "objects");
  return statSync(objects, { throwIfNoEntry: false })?.isDirectory() ? objects : undefined;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
