import { describe, expect, it } from "vitest";
import type { TreeEntry } from "../../src/github/tree-sha.js";
import { parseOptions } from "../../src/options/index.js";
import { planRemote } from "../../src/rollout/plan-remote.js";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { hasPrettierConfig, nextPrettierignore, PRETTIERIGNORE_PATH } from "../../src/synth/prettierignore.js";

const options = parseOptions({ name: "api", backend: { kind: "express" }, database: "postgres" });
const flags = { force: false, adopt: false };

function remote(files: Record<string, string>) {
  const entries = new Map<string, TreeEntry>();
  const bySha = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    entries.set(path, { path, mode: "100644", type: "blob", sha: gitBlobSha(content), size: content.length });
    bySha.set(gitBlobSha(content), content);
  }
  const downloads: string[] = [];
  const readBlob = async (sha: string) => {
    downloads.push([...entries.values()].find((e) => e.sha === sha)!.path);
    return bySha.get(sha)!;
  };
  return { entries, readBlob, downloads, plan: () => planRemote({ entries, options, readBlob, flags }) };
}

describe(".prettierignore managed block", () => {
  it("knows prettier's config file names at the root, and nothing else", () => {
    for (const name of [".prettierrc", ".prettierrc.json", ".prettierrc.yaml", ".prettierrc.mjs", "prettier.config.js", "prettier.config.ts"]) expect(hasPrettierConfig([name]), name).toBe(true);
    for (const name of ["package.json", ".prettierignore", "prettierrc", ".editorconfig", "prettier.config.json"]) expect(hasPrettierConfig([name]), name).toBe(false);
  });

  it("appends, updates in place, and removes only its own block", () => {
    const first = nextPrettierignore("dist/\n", ["perf/smoke.js"], true)!;
    expect(first).toBe("dist/\n# >>> create-devops-baseline: generated files (managed block) >>>\n/perf/smoke.js\n# <<< create-devops-baseline <<<\n");
    expect(nextPrettierignore(first, ["perf/smoke.js"], true)).toBeUndefined();
    expect(nextPrettierignore(`${first}build/\n`, ["a b.yml", "perf/smoke.js"], true)).toContain("/a\\ b.yml\n/perf/smoke.js\n# <<< create-devops-baseline <<<\nbuild/\n");
    expect(nextPrettierignore(first, ["perf/smoke.js"], false)).toBe("dist/\n");
    expect(nextPrettierignore(null, ["perf/smoke.js"], false)).toBeUndefined();
  });

  it("rollout writes the same block where the tree has a prettier config, and then has nothing to change", async () => {
    const r = remote({ "index.js": "x\n", ".prettierrc": "singleQuote: true\n" });
    const plan = await r.plan();
    const change = plan.changes.find((c) => c.path === PRETTIERIGNORE_PATH);
    expect(change?.content).toContain("\n/perf/smoke.js\n");
    const next = remote({ "index.js": "x\n", ".prettierrc": "singleQuote: true\n", ...Object.fromEntries(plan.changes.filter((c) => c.content !== null).map((c) => [c.path, c.content!])) });
    // (Scripts come back as mode changes here, since this listing stores every file as 100644.)
    expect((await next.plan()).changes.filter((c) => c.content === null || !c.executable).map((c) => c.path)).toEqual([]);
  });

  it("rollout leaves repositories without a prettier config alone, without a download", async () => {
    const r = remote({ "index.js": "x\n" });
    const plan = await r.plan();
    expect(plan.changes.map((c) => c.path)).not.toContain(PRETTIERIGNORE_PATH);
    expect(r.downloads).toEqual([]);
  });
});
