import { appendFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditCounts } from "../../src/audit/audit-counts.js";
import { Ledger } from "../../src/rollout/ledger.js";

const file = () => join(mkdtempSync(join(tmpdir(), "ledger-")), "rollout.jsonl");

describe("the rollout ledger", () => {
  it("keeps validators across finished runs until a later step; waves and their gates only within the run", () => {
    const path = file();
    const v = { tree: 'W/"t"', pulls: 'W/"p"', plan: "k" };
    const first = Ledger.open(path, "fp");
    first.record({ repo: "acme/a", step: "done", outcome: "clean", validators: v });
    first.record({ repo: "acme/b", step: "done", outcome: "clean", validators: v });
    first.record({ repo: "acme/b", step: "planned", writes: 4, wave: 1 });
    first.recordWave(0, "passed");
    // Validators recorded by this run are for the next run: on disk, not held in memory.
    expect(first.state("acme/a")).toMatchObject({ done: { outcome: "clean" }, validators: undefined });
    // A line from elsewhere with a malformed validator is not trusted.
    appendFileSync(path, `${JSON.stringify({ repo: "acme/c", step: "done", outcome: "clean", validators: { tree: 1 } })}\n`);
    const resumed = Ledger.open(path, "fp");
    expect(resumed.state("acme/a").validators).toEqual(v);
    expect(resumed.state("acme/b").validators).toBeUndefined();
    expect(resumed.state("acme/b").wave).toBe(1);
    expect(resumed.state("acme/c").validators).toBeUndefined();
    expect(resumed.waveGate(0)).toBe("passed");
    resumed.finish();
    const next = Ledger.open(path, "fp");
    expect(next.resumed).toBe(false);
    expect(next.state("acme/a").validators).toEqual(v);
    expect(next.state("acme/b").wave).toBeUndefined();
    expect(next.waveGate(0)).toBeUndefined();
  });

  it("keeps each repository's last audit across runs, given back only under the key it was made under", () => {
    const path = file();
    const counts = (findings: number): AuditCounts => ({ findings, bySeverity: { critical: 0, high: findings, medium: 0, low: 0 }, byRule: findings > 0 ? { WF001: findings } : {}, score: 100 - findings, suppressed: 0 });
    const first = Ledger.open(path, "fp");
    first.recordAudit("acme/a", "plan1:t1>t2", { before: counts(3), after: counts(0) });
    first.recordAudit("acme/b", "plan1:t3>t4", { before: counts(1), after: counts(1) });
    first.recordAudit("acme/b", "plan1:t5>t6", { before: counts(2), after: counts(0) });
    expect(first.audit("acme/a", "plan1:t1>t2")).toEqual({ before: counts(3), after: counts(0) });
    first.finish();
    // A line cut short or written by hand is not trusted.
    appendFileSync(path, `${JSON.stringify({ repo: "acme/c", audit: "plan1:t7>t8", before: { findings: "many" } })}\n`);
    const next = Ledger.open(path, "fp");
    expect(next.audit("ACME/A", "plan1:t1>t2")).toEqual({ before: counts(3), after: counts(0) });
    expect(next.audit("acme/a", "plan2:t1>t2")).toBeUndefined();
    expect(next.audit("acme/b", "plan1:t3>t4")).toBeUndefined();
    expect(next.audit("acme/b", "plan1:t5>t6")).toEqual({ before: counts(2), after: counts(0) });
    expect(next.audit("acme/c", "plan1:t7>t8")).toBeUndefined();
    // An audit line is no step: the repository's state is untouched.
    expect(next.state("acme/a")).toEqual({});
  });

  it("resumes an unfinished run: finished repositories are known, unfinished ones are not", () => {
    const path = file();
    const first = Ledger.open(path, "fp");
    expect(first.resumed).toBe(false);
    first.record({ repo: "acme/a", step: "planned", writes: 4 });
    first.record({ repo: "acme/a", step: "branch-written", commit: "c1" });
    first.record({ repo: "acme/a", step: "pr-opened", pr: 7, url: "u7" });
    first.record({ repo: "acme/a", step: "done", outcome: "pr-opened", pr: 7, url: "u7" });
    first.record({ repo: "acme/b", step: "planned", writes: 4 });
    first.record({ repo: "acme/b", step: "branch-written", commit: "c2", detail: 'not the "end" of the run' });
    // A line that names `end` without ending the run, then a torn last line, as a SIGKILL mid-append leaves it.
    appendFileSync(path, `${JSON.stringify({ note: "written by hand", end: false })}\n{"repo":"acme/b","step":"pr-op`);

    const second = Ledger.open(path, "fp");
    expect(second.resumed).toBe(true);
    expect(second.runId).toBe(first.runId);
    expect(second.state("ACME/A").done?.outcome).toBe("pr-opened");
    expect(second.state("acme/b").done).toBeUndefined();
    expect(second.state("acme/b").lastStep).toBe("branch-written");
  });

  it("starts a new run after a finished one, keeping only what it knows about PRs", () => {
    const path = file();
    const first = Ledger.open(path, "fp");
    first.record({ repo: "acme/a", step: "pr-opened", pr: 3 });
    first.record({ repo: "acme/a", step: "done", outcome: "pr-opened", pr: 3 });
    first.finish();
    const second = Ledger.open(path, "other settings are fine for a new run");
    expect(second.resumed).toBe(false);
    expect(second.state("acme/a").done).toBeUndefined();
    expect(second.state("acme/a").pr).toEqual({ number: 3, open: true });
    second.record({ repo: "acme/a", step: "done", outcome: "merged", pr: 3 });
    expect(second.state("acme/a").pr?.open).toBe(false);
  });

  it("refuses to resume an unfinished run with other settings, and --fresh starts over", () => {
    const path = file();
    Ledger.open(path, "fp-1").record({ repo: "acme/a", step: "planned" });
    expect(() => Ledger.open(path, "fp-2")).toThrow(/unfinished run with other settings.*--fresh/);
    const fresh = Ledger.open(path, "fp-2", { fresh: true });
    expect(fresh.resumed).toBe(false);
    expect(readFileSync(path, "utf8").split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("a dry run reads the history without creating or changing the file", () => {
    const missing = file();
    Ledger.readOnly(missing, "fp").record({ repo: "acme/a", step: "planned" });
    expect(existsSync(missing)).toBe(false);
    const path = file();
    const run = Ledger.open(path, "fp-1");
    run.record({ repo: "acme/a", step: "pr-opened", pr: 5 });
    const before = readFileSync(path, "utf8");
    const dry = Ledger.readOnly(path, "any settings");
    expect(dry.state("acme/a").pr).toEqual({ number: 5, open: true });
    dry.record({ repo: "acme/a", step: "done", outcome: "clean" });
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});
