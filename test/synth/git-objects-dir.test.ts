import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitObjectsDirFromLayout } from "../../src/synth/git-objects-dir.js";

const git = (cwd: string, ...args: string[]): string => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd, encoding: "utf8" }).trim();
/** What git itself answers, as an absolute path. */
const gitAnswer = (cwd: string): string => {
  const dir = git(cwd, "rev-parse", "--git-path", "objects");
  return realpathSync(isAbsolute(dir) ? dir : join(cwd, dir));
};
const fromLayout = (cwd: string): string | undefined => {
  const dir = gitObjectsDirFromLayout(cwd, {});
  return dir && realpathSync(dir);
};

describe("the git object folder, read from the repository's layout", () => {
  it("agrees with git rev-parse in a repository, a subfolder, a linked worktree and a submodule", () => {
    const base = mkdtempSync(join(tmpdir(), "devops-baseline-gitdir-"));
    const repo = join(base, "repo");
    mkdirSync(join(repo, "apps/web"), { recursive: true });
    git(base, "init", "-q", repo);
    git(repo, "commit", "-q", "--allow-empty", "-m", "first");
    const worktree = join(base, "worktree");
    git(repo, "worktree", "add", "-q", worktree);
    const lib = join(base, "lib");
    git(base, "init", "-q", lib);
    git(lib, "commit", "-q", "--allow-empty", "-m", "lib");
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", lib, "vendor/lib");
    for (const cwd of [repo, join(repo, "apps/web"), worktree, join(repo, "vendor/lib")]) expect(fromLayout(cwd), cwd).toBe(gitAnswer(cwd));
    // A linked worktree shares the main repository's objects; a submodule has its own.
    expect(fromLayout(worktree)).toBe(fromLayout(repo));
    expect(fromLayout(join(repo, "vendor/lib"))).not.toBe(fromLayout(repo));
  });

  it("leaves it to git outside a repository and when git's location variables are set", () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-nogit-"));
    expect(gitObjectsDirFromLayout(outside, {})).toBeUndefined();
    expect(gitObjectsDirFromLayout(outside, { GIT_CEILING_DIRECTORIES: tmpdir() })).toBeUndefined();
    const repo = mkdtempSync(join(tmpdir(), "devops-baseline-gitenv-"));
    git(repo, "init", "-q");
    expect(gitObjectsDirFromLayout(repo, { GIT_DIR: join(repo, ".git") })).toBeUndefined();
    expect(gitObjectsDirFromLayout(repo, {})).toBeDefined();
  });
});
