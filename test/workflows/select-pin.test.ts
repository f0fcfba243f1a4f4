import { describe, expect, it } from "vitest";
import { majorOf, parseLsRemote, parseReleaseTag, selectPin } from "../../src/workflows/select-pin.js";

const sha = (c: string): string => c.repeat(40);

describe("selectPin", () => {
  const tags = [
    { name: "v3.9.9", commit: sha("a") },
    { name: "v4.1.0", commit: sha("b") },
    { name: "v4.10.0", commit: sha("c") },
    { name: "v4.2.0", commit: sha("d") },
    { name: "v5.0.0-beta.1", commit: sha("e") },
    { name: "v4", commit: sha("f") },
  ];

  it("takes the newest release of the pinned major, comparing numerically and skipping pre-releases", () => {
    expect(selectPin(tags, 4)).toEqual({ version: "v4.10.0", sha: sha("c") });
    expect(selectPin(tags, 3)).toEqual({ version: "v3.9.9", sha: sha("a") });
  });

  it("takes the newest major when none is pinned", () => {
    expect(selectPin([...tags, { name: "v5.0.1", commit: sha("9") }])).toEqual({ version: "v5.0.1", sha: sha("9") });
  });

  it("falls back to the floating major tag only when the major has no release", () => {
    expect(selectPin([{ name: "v1", commit: sha("1") }, { name: "v2", commit: sha("2") }])).toEqual({ version: "v2", sha: sha("2") });
    expect(selectPin(tags, 7)).toBeUndefined();
  });

  it("adds the v prefix to bare versions (trivy-action style tags) and refuses short SHAs", () => {
    expect(selectPin([{ name: "0.28.0", commit: sha("7") }])).toEqual({ version: "v0.28.0", sha: sha("7") });
    expect(() => selectPin([{ name: "v1.0.0", commit: "abc123" }])).toThrow(/full commit SHA/);
  });

  it("parses versions", () => {
    expect(parseReleaseTag("v1.2.3")).toEqual({ major: 1, minor: 2, patch: 3 });
    expect(parseReleaseTag("v1.2")).toBeUndefined();
    expect(majorOf("v10.0.1")).toBe(10);
    expect(majorOf("v2")).toBe(2);
    expect(majorOf("main")).toBeUndefined();
  });
});

describe("parseLsRemote", () => {
  it("prefers the peeled commit of an annotated tag", () => {
    const out = [`${sha("1")}\trefs/tags/v1.0.0`, `${sha("2")}\trefs/tags/v1.0.0^{}`, `${sha("3")}\trefs/tags/v1.1.0`].join("\n");
    expect(parseLsRemote(out)).toEqual([
      { name: "v1.0.0", commit: sha("2") },
      { name: "v1.1.0", commit: sha("3") },
    ]);
  });
});
