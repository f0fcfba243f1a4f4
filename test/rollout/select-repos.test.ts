import { describe, expect, it } from "vitest";
import type { RepoInfo } from "../../src/github/read-repo.js";
import { matchesRepo, OPT_OUT_TOPIC, skipReason, type Selection } from "../../src/rollout/select-repos.js";

const repo = (name: string, more: Partial<RepoInfo> = {}): RepoInfo => ({ owner: "acme", name, defaultBranch: "main", archived: false, fork: false, empty: false, topics: [], ...more });
const none: Selection = { include: [], exclude: [], topics: [], includeForks: false };

describe("target selection", () => {
  it("skips archived, fork, empty and opted-out repositories", () => {
    expect(skipReason(repo("a", { archived: true }), none)).toBe("archived");
    expect(skipReason(repo("a", { fork: true }), none)).toBe("fork");
    expect(skipReason(repo("a", { fork: true }), { ...none, includeForks: true })).toBeUndefined();
    expect(skipReason(repo("a", { empty: true }), none)).toBe("empty");
    expect(skipReason(repo("a", { topics: [OPT_OUT_TOPIC] }), none)).toBe("opted-out");
    expect(skipReason(repo("a"), none)).toBeUndefined();
  });

  it("applies include/exclude globs on the name or owner/name, and topics", () => {
    expect(skipReason(repo("api-billing"), { ...none, include: ["api-*"] })).toBeUndefined();
    expect(skipReason(repo("web"), { ...none, include: ["api-*"] })).toBe("not-included");
    expect(skipReason(repo("api-legacy"), { ...none, include: ["api-*"], exclude: ["*-legacy"] })).toBe("excluded");
    expect(skipReason(repo("x", { topics: ["python"] }), { ...none, topics: ["python"] })).toBeUndefined();
    expect(skipReason(repo("x", { topics: ["node"] }), { ...none, topics: ["python"] })).toBe("topic");
    expect(matchesRepo("ACME/Api-?", { owner: "acme", name: "api-1" })).toBe(true);
    expect(matchesRepo("other/*", { owner: "acme", name: "api" })).toBe(false);
    expect(matchesRepo("a.b", { owner: "acme", name: "axb" })).toBe(false);
  });
});
