import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pins from "../../src/data/action-pins.json" with { type: "json" };
import { pinComment, pinnedAction } from "../../src/workflows/pins.js";

const SRC = new URL("../../src/", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/data/action-pins.json", () => {
  it("holds a full commit SHA and a release version for every action", () => {
    for (const [action, pin] of Object.entries(pins)) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(pin.sha, action).toMatch(/^[0-9a-f]{40}$/);
      expect(pin.version, action).toMatch(/^v\d+(\.\d+\.\d+)?$/);
    }
  });

  it("has a pin for every action the source asks for", () => {
    const asked = new Set(sourceFiles(SRC).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/pinnedAction\("([^"]+)"\)/g)].map((m) => m[1]!)));
    expect(asked.size).toBeGreaterThan(10);
    for (const action of asked) expect(() => pinnedAction(action), action).not.toThrow();
  });

  it("pins sub-path actions to their repository's SHA, case-insensitively, and comments the version", () => {
    const uses = pinnedAction("github/codeql-action/upload-sarif");
    expect(uses).toBe(`github/codeql-action/upload-sarif@${pins["github/codeql-action"].sha}`);
    expect(pinComment(uses)).toBe(pins["github/codeql-action"].version);
    expect(pinnedAction("Azure/login")).toBe(`Azure/login@${pins["azure/login"].sha}`);
    expect(() => pinnedAction("nobody/nothing")).toThrow(/No pin/);
  });
});
