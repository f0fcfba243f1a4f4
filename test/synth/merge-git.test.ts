import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { cli } from "../helpers/cli.js";
import { git, makeRepo, manifestOf, read, small, treeBytes, writeConfig } from "../safety/fixture.js";

const PATH = ".github/dependabot.yml";
const before = small({ name: "demo", backend: { kind: "django", dir: "backend" } });
const after = small({ name: "demo", backend: { kind: "django", dir: "api" } });


async function repoWithBaseline(options: { git: boolean }): Promise<string> {
  const repo = makeRepo(before, options);
  const first = await cli("synth", "--cwd", repo);
  expect(first.code, first.stderr).toBe(0);
  return repo;
}

describe("synth 3-way merges hand edits in a git repository", () => {
  it("merges non-overlapping edits, records the render's SHA, and the next run keeps the edit", async () => {
    const repo = await repoWithBaseline({ git: true });
    const edited = `${read(repo, PATH)}# our team's note\n`;
    writeFileSync(join(repo, PATH), edited);
    writeConfig(repo, after);

    const merged = await cli("synth", "--cwd", repo);
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    expect(merged.stdout).toContain(`${PATH} — your edit and the new baseline merged cleanly`);
    const content = read(repo, PATH);
    expect(content).toContain("directory: /api");
    expect(content).not.toContain("directory: /backend");
    expect(content.endsWith("# our team's note\n")).toBe(true);

    // The manifest names the render this file is based on, so the hand edit is never taken for ours.
    const rerender = await cli("check", "--cwd", repo);
    expect(rerender.code).toBe(1);
    expect(rerender.stdout).toContain("-# our team's note");
    const again = await cli("synth", "--cwd", repo);
    expect(again.stdout).toContain(`${PATH} — edited by hand; kept`);
    expect(read(repo, PATH)).toBe(content);
    expect(manifestOf(repo).files[PATH]!.sha).not.toBe(gitBlobSha(content));
  });

  it("finds the base in a committed (packed) object too", async () => {
    const repo = await repoWithBaseline({ git: true });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "baseline");
    git(repo, "gc", "-q", "--prune=now");
    writeFileSync(join(repo, PATH), `${read(repo, PATH)}# our team's note\n`);
    writeConfig(repo, after);
    const merged = await cli("synth", "--cwd", repo);
    expect(merged.stdout).toContain("merged cleanly");
  });

  it("writes nothing for overlapping edits and prints one report: no .rej files, no markers", async () => {
    const repo = await repoWithBaseline({ git: true });
    const edited = read(repo, PATH).replace("directory: /backend", "directory: /backend/app");
    writeFileSync(join(repo, PATH), edited);
    writeConfig(repo, after);

    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${PATH} — your edit and the new baseline change the same lines; not written`);
    expect(result.stdout).toContain("conflict 1 of 1");
    expect(result.stdout).toContain("+    directory: /backend/app");
    expect(result.stdout).toContain("+    directory: /api");
    expect(read(repo, PATH)).toBe(edited);
    expect([...treeBytes(repo).keys()].filter((p) => /\.(rej|orig)(\.\d+)?$/.test(p))).toEqual([]);
    expect(read(repo, PATH)).not.toContain("<<<<<<<");

    const json = JSON.parse((await cli("synth", "--cwd", repo, "--json")).stdout) as { actions: { type: string; path: string; report?: string }[] };
    expect(json.actions.find((a) => a.path === PATH)).toMatchObject({ type: "conflict", report: expect.stringContaining("conflict 1 of 1") });

    const marked = await cli("synth", "--cwd", repo, "--conflict", "markers");
    expect(marked.code).toBe(1);
    expect(read(repo, PATH)).toContain("<<<<<<< yours (on disk)\n    directory: /backend/app\n||||||| last generated\n    directory: /backend\n=======\n    directory: /api\n>>>>>>> new baseline\n");
    expect((await cli("synth", "--cwd", repo, "--conflict", "rej")).code).toBe(2);
  });

  it("outside a git repository, or with the base pruned, refuses with a diff as before", async () => {
    for (const isGit of [false, true]) {
      const repo = await repoWithBaseline({ git: isGit });
      if (isGit) {
        const sha = manifestOf(repo).files[PATH]!.sha;
        rmSync(join(repo, ".git/objects", sha.slice(0, 2), sha.slice(2)));
      }
      const edited = `${read(repo, PATH)}# our team's note\n`;
      writeFileSync(join(repo, PATH), edited);
      writeConfig(repo, after);
      const result = await cli("synth", "--cwd", repo);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("edited by hand; kept");
      expect(result.stdout).toContain("is not in git's object store");
      expect(read(repo, PATH)).toBe(edited);
      expect(existsSync(join(repo, `${PATH}.orig`))).toBe(false);
    }
  });
});
