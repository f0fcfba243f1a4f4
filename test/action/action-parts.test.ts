import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitArgs } from "../../src/action/inputs.js";
import { readResult } from "../../src/action/read-result.js";
import { renderSummary } from "../../src/action/render-summary.js";
import { buildDist } from "../../scripts/build-dist.js";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("splitArgs", () => {
  it("splits like shell words without expanding anything", () => {
    expect(splitArgs("")).toEqual([]);
    expect(splitArgs("  --org acme   --dry-run ")).toEqual(["--org", "acme", "--dry-run"]);
    expect(splitArgs(`--title "two words" --x 'it''s' a\\ b`)).toEqual(["--title", "two words", "--x", "its", "a b"]);
    expect(splitArgs(`--q "say \\"hi\\" \\$HOME" ''`)).toEqual(["--q", 'say "hi" $HOME', ""]);
    expect(splitArgs("$(rm -rf /) `id` ; |")).toEqual(["$(rm", "-rf", "/)", "`id`", ";", "|"]);
  });

  it("rejects an unterminated quote", () => {
    expect(() => splitArgs(`--org "acme`)).toThrow(/unterminated " quote/);
  });
});

describe("readResult", () => {
  it("reads check's files with their change kinds and diffs", () => {
    const result = readResult({ drift: true, files: [{ type: "update", path: "a.yml", diff: "--- a" }, { type: "create", path: "b.yml" }] });
    expect(result.changedFiles).toEqual(["a.yml", "b.yml"]);
    expect(result.changes[0]).toEqual({ path: "a.yml", type: "update", diff: "--- a" });
    expect(result.pullRequestUrls).toEqual([]);
  });

  it("reads resync's and rollout's JSON as the commands print it", () => {
    const resync = readResult({ repo: "acme/api", outcome: "pr-opened", pr: { number: 7, url: "https://github.com/acme/api/pull/7" }, writes: 4, added: [".github/workflows/ci.yml"], changed: ["Dockerfile"], removed: [], leftAlone: [] });
    expect(resync.changedFiles).toEqual([".github/workflows/ci.yml", "Dockerfile"]);
    expect(resync.changes.map((c) => c.type)).toEqual(["added", "changed"]);
    expect(resync.pullRequestUrls).toEqual(["https://github.com/acme/api/pull/7"]);
    const rollout = readResult({
      apply: true,
      repos: [
        { repo: "acme/a", outcome: "pr-opened", pr: { number: 1, url: "https://x/a/pull/1" }, added: [], changed: ["ci.yml"], removed: ["old.yml"] },
        { repo: "acme/b", outcome: "clean", writes: 0 },
      ],
    });
    expect(rollout.changedFiles).toEqual(["acme/a: ci.yml", "acme/a: old.yml"]);
    expect(rollout.pullRequestUrls).toEqual(["https://x/a/pull/1"]);
  });

  it("reads other spellings of a pull request and per-repository results", () => {
    expect(readResult({ changedFiles: ["ci.yml"], pullRequest: { url: "https://github.com/o/r/pull/7" } })).toMatchObject({
      changedFiles: ["ci.yml"],
      pullRequestUrls: ["https://github.com/o/r/pull/7"],
    });
    const rollout = readResult({
      results: [
        { repo: "acme/a", files: ["ci.yml", { path: "Dockerfile" }], pullRequest: { url: "https://x/a/pull/1" } },
        { repo: "acme/b", files: [] },
        { fullName: "acme/c", changedFiles: ["x"], prUrl: "https://x/c/pull/2" },
      ],
    });
    expect(rollout.changedFiles).toEqual(["acme/a: ci.yml", "acme/a: Dockerfile", "acme/c: x"]);
    expect(rollout.pullRequestUrls).toEqual(["https://x/a/pull/1", "https://x/c/pull/2"]);
  });

  it("ignores what is not JSON of that shape", () => {
    expect(readResult(null)).toEqual({ changedFiles: [], pullRequestUrls: [], changes: [] });
    expect(readResult({ files: [1, null, { nopath: true }] }).changedFiles).toEqual([]);
  });
});

describe("renderSummary", () => {
  it("fences a diff that itself holds a code fence", () => {
    const summary = renderSummary({
      command: "check",
      exitCode: 1,
      result: { changedFiles: ["README.md"], pullRequestUrls: [], changes: [{ path: "README.md", type: "update", diff: "+```sh\n+x\n+```" }] },
      log: [],
    });
    expect(summary).toContain("````diff\n+```sh\n+x\n+```\n````");
    expect(summary).toContain("**Drift**: 1 owned file(s)");
  });
});

/** GitHub's metadata syntax for a JavaScript action; https://docs.github.com/en/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions */
function metadataFindings(meta: Record<string, unknown>): string[] {
  const findings: string[] = [];
  const allowedTop = ["name", "author", "description", "inputs", "outputs", "runs", "branding"];
  for (const key of Object.keys(meta)) if (!allowedTop.includes(key)) findings.push(`unknown key ${key}`);
  for (const key of ["name", "description", "runs"]) if (!(key in meta)) findings.push(`missing ${key}`);
  for (const [name, input] of Object.entries((meta.inputs ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) findings.push(`input ${name}: bad id`);
    if (typeof input.description !== "string") findings.push(`input ${name}: no description`);
    for (const key of Object.keys(input)) if (!["description", "required", "default", "deprecationMessage"].includes(key)) findings.push(`input ${name}: unknown key ${key}`);
  }
  for (const [name, output] of Object.entries((meta.outputs ?? {}) as Record<string, Record<string, unknown>>)) {
    if (typeof output.description !== "string") findings.push(`output ${name}: no description`);
  }
  const runs = meta.runs as Record<string, unknown>;
  if (!["node24"].includes(String(runs?.using))) findings.push(`runs.using ${String(runs?.using)} is not a maintained node runtime`);
  if (typeof runs?.main !== "string") findings.push("runs.main missing");
  return findings;
}

describe("action.yml", () => {
  const meta = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Record<string, unknown>;

  it("follows GitHub's metadata syntax for a node24 action (Node.js 20 reached end of life in April 2026)", () => {
    expect(metadataFindings(meta)).toEqual([]);
    expect(metadataFindings({ name: "x", runs: { using: "node12", main: "a.js" }, inputs: { "bad id": {} } })).toEqual([
      "missing description",
      "input bad id: bad id",
      "input bad id: no description",
      "runs.using node12 is not a maintained node runtime",
    ]);
  });

  it("declares exactly the inputs the entry reads and the outputs it sets", () => {
    const code = readdirSync(join(ROOT, "src/action")).map((f) => readFileSync(join(ROOT, "src/action", f), "utf8")).join("\n");
    const read = [...code.matchAll(/getInput\(env, "([a-z-]+)"\)/g)].map((m) => m[1]);
    const set = [...code.matchAll(/setOutput\(env, "([a-z-]+)"/g)].map((m) => m[1]);
    expect(Object.keys(meta.inputs as object).sort()).toEqual([...new Set(read)].sort());
    expect(Object.keys(meta.outputs as object).sort()).toEqual([...new Set(set)].sort());
    expect((meta.runs as { main: string }).main).toBe("dist/action/index.js");
  });
});

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));

describe("the committed action bundle", () => {
  it("is what `npm run build:action` builds from the current sources", async () => {
    const fresh = mkdtempSync(join(tmpdir(), "devops-baseline-action-build-"));
    await buildDist({ root: fresh, package: false, action: true });
    const built = listFiles(join(fresh, "dist/action")).map((f) => relative(join(fresh, "dist/action"), f)).sort();
    const committed = listFiles(join(ROOT, "dist/action")).map((f) => relative(join(ROOT, "dist/action"), f)).sort();
    const stale = "dist/action/ is stale: run `npm run build:action` and commit dist/action/";
    expect(committed, stale).toEqual(built);
    for (const file of built) {
      expect(readFileSync(join(ROOT, "dist/action", file), "utf8") === readFileSync(join(fresh, "dist/action", file), "utf8"), `${stale} (${file})`).toBe(true);
    }
  });
});
