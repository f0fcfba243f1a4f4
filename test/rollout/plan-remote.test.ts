import { describe, expect, it } from "vitest";
import type { TreeEntry } from "../../src/github/tree-sha.js";
import { parseOptions } from "../../src/options/index.js";
import { planRemote, type RemotePlanInput } from "../../src/rollout/plan-remote.js";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { MANIFEST_PATH } from "../../src/synth/manifest.js";

const options = parseOptions({ name: "api", backend: { kind: "express" }, database: "postgres" });
const flags = { force: false, adopt: false };

/** A tree listing of in-memory files and a blob reader that records every download. */
function repo(files: Record<string, string | { content: string; mode: string }>) {
  const bySha = new Map<string, string>();
  const entries = new Map<string, TreeEntry>();
  for (const [path, f] of Object.entries(files)) {
    const content = typeof f === "string" ? f : f.content;
    bySha.set(gitBlobSha(content), content);
    entries.set(path, { path, mode: typeof f === "string" ? "100644" : f.mode, type: "blob", sha: gitBlobSha(content), size: content.length });
  }
  const downloads: string[] = [];
  const pathOf = (sha: string) => [...entries.values()].find((e) => e.sha === sha)?.path ?? sha;
  const readBlob = async (sha: string) => {
    downloads.push(pathOf(sha));
    const text = bySha.get(sha);
    if (text === undefined) throw Object.assign(new Error("Not Found"), { status: 404 });
    return text;
  };
  return { entries, readBlob, downloads };
}

/** The files a repository has after a first resync was merged. */
async function baselined(extra: Record<string, string> = {}): Promise<Record<string, string | { content: string; mode: string }>> {
  const empty = repo({ "index.js": "x\n", ...extra });
  const plan = await planRemote({ entries: empty.entries, options, readBlob: empty.readBlob, flags });
  const files: Record<string, string | { content: string; mode: string }> = { "index.js": "x\n", ...extra };
  for (const c of plan.changes) if (c.content !== null) files[c.path] = c.executable ? { content: c.content, mode: "100755" } : c.content;
  return files;
}

const plan = (r: ReturnType<typeof repo>, more: Partial<RemotePlanInput> = {}) => planRemote({ entries: r.entries, options, readBlob: r.readBlob, flags, ...more });

describe("planRemote (planning from a tree listing)", () => {
  it("a repository on the baseline: no change and not one download", async () => {
    const r = repo(await baselined());
    const result = await plan(r);
    expect(result.changes).toEqual([]);
    expect(r.downloads).toEqual([]);
  });

  it("a stale owned file that was not edited is updated without downloading it", async () => {
    const files = await baselined();
    const path = ".github/workflows/baseline-resync.yml";
    // The repository holds what an older baseline wrote: manifest and file agree, the render differs.
    const old = `${(files[path] as string).replace("41 5 * * 1", "0 6 * * 1")}`;
    const manifest = JSON.parse(files[MANIFEST_PATH] as string) as { toolVersion: string; files: Record<string, { sha: string }> };
    manifest.files[path]!.sha = gitBlobSha(old);
    manifest.toolVersion = "0.0.1";
    const r = repo({ ...files, [path]: old, [MANIFEST_PATH]: `${JSON.stringify(manifest, null, 2)}\n` });
    const result = await plan(r);
    expect(result.actions.find((a) => "file" in a && a.file.path === path)?.type).toBe("update");
    expect(result.changes.map((c) => c.path)).toEqual([MANIFEST_PATH, path].sort());
    expect(r.downloads).toEqual([MANIFEST_PATH]);
    expect(result.previous?.toolVersion).toBe("0.0.1");
  });

  it("a new tool version that changes no file opens no PR just to bump the manifest", async () => {
    const files = await baselined();
    const manifest = JSON.parse(files[MANIFEST_PATH] as string) as { toolVersion: string; optionsHash: string };
    manifest.toolVersion = "0.0.1";
    manifest.optionsHash = "sha256:0000000000000000";
    const r = repo({ ...files, [MANIFEST_PATH]: `${JSON.stringify(manifest, null, 2)}\n` });
    expect((await plan(r)).changes).toEqual([]);
  });

  it("a hand-edited owned file is downloaded, kept, and named in the plan", async () => {
    const files = await baselined();
    const path = ".github/workflows/baseline-resync.yml";
    const r = repo({ ...files, [path]: `${files[path] as string}# my edit\n` });
    const result = await plan(r);
    expect(result.actions.find((a) => "file" in a && a.file.path === path)?.type).toBe("keep-edited");
    expect(result.changes).toEqual([]);
    expect(r.downloads).toContain(path);
  });

  it("keeps the user's own .gitattributes lines and an unowned file at a generated path", async () => {
    const r = repo({ "index.js": "x\n", ".gitattributes": "*.png binary\n", ".github/workflows/baseline-resync.yml": "name: mine\n" });
    const result = await plan(r);
    const attributes = result.changes.find((c) => c.path === ".gitattributes")!.content!;
    expect(attributes.startsWith("*.png binary\n")).toBe(true);
    expect(attributes).toContain("linguist-generated=true");
    expect(result.actions.find((a) => "file" in a && a.file.path === ".github/workflows/baseline-resync.yml")?.type).toBe("skip-unowned");
    expect(result.changes.map((c) => c.path)).not.toContain(".github/workflows/baseline-resync.yml");
  });

  it("fixes the mode of a script committed without +x, without touching its bytes", async () => {
    const files = await baselined();
    const script = Object.entries(files).find(([, f]) => typeof f === "object")?.[0];
    expect(script).toBeDefined();
    const r = repo({ ...files, [script!]: (files[script!] as { content: string }).content });
    const result = await plan(r);
    expect(result.changes).toEqual([{ path: script, content: (files[script!] as { content: string }).content, executable: true }]);
  });

  it("adds the detected config for a repository without one, and only then", async () => {
    const config = { path: "devops-baseline.json", content: '{ "name": "api" }\n' };
    expect((await plan(repo({ "index.js": "x\n" }), { configToAdd: config })).changes.map((c) => c.path)).toContain("devops-baseline.json");
    expect((await plan(repo({ ...(await baselined()), "devops-baseline.json": "{}\n" }), { configToAdd: config })).changes).toEqual([]);
  });
});
