import { describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { mergeThreeWay, splitLines } from "../../src/synth/merge.js";
import { basesNeeded, planSynth, UNKNOWN_BASE_SHA, type DiskEntry } from "../../src/synth/plan.js";
import type { Manifest } from "../../src/synth/manifest.js";
import type { RenderedFile } from "../../src/synth/file-model.js";

const BASE = ["# marker", "name: ci", "on: push", "jobs:", "  lint:", "    runs-on: ubuntu-latest", "  test:", "    runs-on: ubuntu-latest", ""].join("\n");

describe("mergeThreeWay", () => {
  it("combines non-overlapping edits of both sides", () => {
    const theirs = BASE.replace("on: push", "on: [push, pull_request]");
    const ours = BASE.replace("  test:\n    runs-on: ubuntu-latest", "  test:\n    runs-on: ubuntu-24.04");
    const outcome = mergeThreeWay({ path: "ci.yml", base: BASE, ours, theirs });
    expect(outcome.clean).toBe(true);
    if (!outcome.clean) return;
    expect(outcome.content).toContain("on: [push, pull_request]");
    expect(outcome.content).toContain("runs-on: ubuntu-24.04");
    expect(outcome.content.match(/ubuntu-latest/g)).toHaveLength(1);
  });

  it("takes an identical change on both sides once (no false conflict)", () => {
    const both = BASE.replace("name: ci", "name: build");
    const outcome = mergeThreeWay({ path: "ci.yml", base: BASE, ours: both, theirs: both });
    expect(outcome).toEqual({ clean: true, content: both });
  });

  it("reports overlapping edits once, with base, yours and the baseline, and offers markers", () => {
    const theirs = BASE.replace("on: push", "on: workflow_dispatch");
    const ours = BASE.replace("on: push", "on: pull_request");
    const outcome = mergeThreeWay({ path: "ci.yml", base: BASE, ours, theirs });
    expect(outcome.clean).toBe(false);
    if (outcome.clean) return;
    expect(outcome.conflicts).toHaveLength(1);
    expect(outcome.conflicts[0]).toMatchObject({ baseLine: 3, base: ["on: push\n"], theirs: ["on: workflow_dispatch\n"], ours: ["on: pull_request\n"] });
    expect(outcome.report).toContain("ci.yml: 1 region(s)");
    expect(outcome.report).toContain("-on: push");
    expect(outcome.report).toContain("+on: workflow_dispatch");
    expect(outcome.report).toContain("+on: pull_request");
    expect(outcome.report).not.toContain("<<<<<<<");
    expect(outcome.withMarkers).toContain("<<<<<<< yours (on disk)\non: workflow_dispatch\n||||||| last generated\non: push\n=======\non: pull_request\n>>>>>>> new baseline\n");
  });

  it("merges a CRLF/BOM checkout like the committed LF file", () => {
    const theirs = `\uFEFF${BASE.replace("name: ci", "name: mine").replace(/\n/g, "\r\n")}`;
    const ours = BASE.replace("  test:", "  tests:");
    const outcome = mergeThreeWay({ path: "ci.yml", base: BASE, ours, theirs });
    expect(outcome).toEqual({ clean: true, content: BASE.replace("name: ci", "name: mine").replace("  test:", "  tests:") });
  });

  it("keeps a missing final newline as a change of the last line", () => {
    expect(splitLines("a\nb")).toEqual(["a\n", "b"]);
    expect(splitLines("a\nb\n").join("")).toBe("a\nb\n");
    const outcome = mergeThreeWay({ path: "x", base: "a\nb\nc\n", ours: "A\nb\nc\n", theirs: "a\nb\nc" });
    expect(outcome).toEqual({ clean: true, content: "A\nb\nc" });
  });
});

const file = (content: string, path = ".github/workflows/ci.yml"): RenderedFile => ({ path, component: "ci", content, executable: false });
const manifestOf = (files: Record<string, string>): Manifest => ({
  version: 1,
  tool: "create-devops-baseline",
  toolVersion: "0.0.0",
  optionsHash: "x",
  files: Object.fromEntries(Object.entries(files).map(([p, c]) => [p, { sha: gitBlobSha(c), component: "ci" }])),
});
const disk = (entries: Record<string, string>): Map<string, DiskEntry> =>
  new Map(Object.entries(entries).map(([p, content]) => [p, { type: "file", content }]));
const store = (...contents: string[]) => (sha: string) => contents.find((c) => gitBlobSha(c) === sha);
const PATH = ".github/workflows/ci.yml";

describe("planSynth with hand edits", () => {
  const theirs = BASE.replace("on: push", "on: [push, pull_request]");
  const ours = BASE.replace("  test:", "  tests:");

  it("plans a clean merge and records the render's SHA, so the next run merges again instead of overwriting", () => {
    const plan = planSynth([file(ours)], manifestOf({ [PATH]: BASE }), disk({ [PATH]: theirs }), { force: false, adopt: false }, store(BASE));
    const action = plan.actions[0]!;
    expect(action.type).toBe("merge");
    if (action.type !== "merge") return;
    expect(action.content).toContain("on: [push, pull_request]");
    expect(action.content).toContain("  tests:");
    expect(plan.files[PATH]!.sha).toBe(gitBlobSha(ours));

    // Next run, same render, the merged file on disk: the hand edit is kept, nothing is rewritten.
    const next = planSynth([file(ours)], { ...manifestOf({}), files: plan.files }, disk({ [PATH]: action.content }), { force: false, adopt: false }, store(BASE, ours));
    expect(next.actions[0]!.type).toBe("keep-edited");
    expect(next.files[PATH]!.sha).toBe(gitBlobSha(ours));
  });

  it("writes nothing for overlapping edits and keeps the old manifest entry", () => {
    const conflicting = BASE.replace("  test:", "  unit-test:");
    const plan = planSynth([file(ours)], manifestOf({ [PATH]: BASE }), disk({ [PATH]: conflicting }), { force: false, adopt: false }, store(BASE));
    expect(plan.actions[0]).toMatchObject({ type: "conflict", existing: conflicting });
    expect(plan.files[PATH]!.sha).toBe(gitBlobSha(BASE));
    const marked = planSynth([file(ours)], manifestOf({ [PATH]: BASE }), disk({ [PATH]: conflicting }), { force: false, adopt: false, conflict: "markers" }, store(BASE));
    expect(marked.actions[0]).toMatchObject({ type: "merge", conflicts: 1 });
  });

  it("refuses with a diff when the base is not in the object store (or is not what the SHA says)", () => {
    for (const readBase of [() => undefined, () => "something else\n"]) {
      const plan = planSynth([file(ours)], manifestOf({ [PATH]: BASE }), disk({ [PATH]: theirs }), { force: false, adopt: false }, readBase);
      expect(plan.actions[0]).toMatchObject({ type: "keep-edited" });
      expect((plan.actions[0] as { note?: string }).note).toContain("not in git's object store");
    }
  });

  it("with --force replaces (backed up) instead of merging", () => {
    const plan = planSynth([file(ours)], manifestOf({ [PATH]: BASE }), disk({ [PATH]: theirs }), { force: true, adopt: false }, store(BASE));
    expect(plan.actions[0]).toMatchObject({ type: "replace", why: "force", previous: theirs });
  });

  it("a file owned only by its marker (manifest lost) that differs counts as edited, never silently updated", () => {
    const withMarker = `# Owned by create-devops-baseline. Do not edit by hand: change devops-baseline config and run "npx create-devops-baseline synth".\n${BASE}`;
    const plan = planSynth([file(ours)], null, disk({ [PATH]: withMarker }), { force: false, adopt: false }, store(BASE));
    expect(plan.actions[0]).toMatchObject({ type: "keep-edited" });
    expect(plan.files[PATH]!.sha).toBe(UNKNOWN_BASE_SHA);
  });
});

describe("basesNeeded (for resync/rollout, which fetch bases through the API)", () => {
  it("asks only for the bases of files edited by hand that the baseline also changed", () => {
    const ours = BASE.replace("  test:", "  tests:");
    const other = "other: file\n";
    const manifest = manifestOf({ [PATH]: BASE, "unchanged.yml": other, "edited-same.yml": other });
    const disk = new Map<string, DiskEntry>([
      [PATH, { type: "file", content: `${BASE}# mine\n` }],
      ["unchanged.yml", { type: "file", content: other }],
      ["edited-same.yml", { type: "file", content: `${other}# mine\n` }],
    ]);
    const rendered = [file(ours), file(other, "unchanged.yml"), file(other, "edited-same.yml")];
    expect(basesNeeded(rendered, manifest, disk)).toEqual([gitBlobSha(BASE)]);
    // With exactly those bases, the plan merges.
    const fetched = new Map([[gitBlobSha(BASE), BASE]]);
    const plan = planSynth(rendered, manifest, disk, { force: false, adopt: false }, (sha) => fetched.get(sha));
    expect(plan.actions.find((a) => a.type === "merge")).toBeDefined();
  });
});
