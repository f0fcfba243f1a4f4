import { describe, expect, it } from "vitest";
import { RepoResults } from "../../src/rollout/repo-results.js";
import type { RepoResult } from "../../src/rollout/sync-repo.js";

const plain = (repo: string, extra: Partial<RepoResult> = {}): RepoResult => ({ repo, outcome: "clean", writes: 0, reads: 2, warnings: [], fromVersion: "0.1.0", ...extra });
// What the store gives back: every field present (undefined when unset), validators dropped.
const asKept = (r: RepoResult) => ({ pr: undefined, summary: undefined, audit: undefined, diff: undefined, error: undefined, skipReason: undefined, fromVersion: undefined, ...r, validators: undefined });

describe("the results a rollout keeps until its report", () => {
  it("gives back what was set, plain or not, in the order repositories were first set", () => {
    const results = new RepoResults();
    const set: RepoResult[] = [
      plain("acme/a"),
      plain("acme/b", { outcome: "pr-current", reads: 8191, writes: 255, fromVersion: null }),
      plain("acme/c", { outcome: "pr-opened", pr: { number: 4, url: "https://x/4" }, summary: { added: ["ci.yml"], changed: [], removed: [], leftAlone: [] } }),
      plain("acme/d", { reads: 8192 }),
      plain("acme/e", { writes: 256 }),
      plain("acme/f", { warnings: ["config ignored"] }),
      plain("acme/g", { fromVersion: undefined, outcome: "failed", error: "boom" }),
      plain("acme/h", { validators: { tree: 'W/"t"', pulls: 'W/"p"', plan: "k" } }),
      plain("acme/i", { outcome: "skipped", skipReason: "archived", reads: 0 }),
    ];
    for (const r of set) results.set(r);
    results.set(plain("acme/a", { outcome: "merged", reads: 3 }));
    expect(results.size).toBe(set.length);
    const expected = [plain("acme/a", { outcome: "merged", reads: 3 }), ...set.slice(1)].map((r) => ({ ...asKept(r), warnings: [...r.warnings] }));
    expect([...results.values()].map((r) => ({ ...r, warnings: [...r.warnings], validators: undefined }))).toEqual(expected);
    expect(results.get("acme/b")).toMatchObject({ outcome: "pr-current", reads: 8191, writes: 255, fromVersion: null });
    expect(results.get("acme/nope")).toBeUndefined();
  });

  it("keeps more distinct versions than it can pack, as objects", () => {
    const results = new RepoResults();
    for (let i = 0; i < 40; i++) results.set(plain(`acme/r${i}`, { fromVersion: `0.${i}.0` }));
    expect([...results.values()].map((r) => r.fromVersion)).toEqual(Array.from({ length: 40 }, (_, i) => `0.${i}.0`));
  });
});
