import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { insideRepo, resolveInsideRepo } from "../../src/synth/safe-path.js";

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), "devops-baseline-inside-"));
  mkdirSync(join(root, "a/b"), { recursive: true });
  writeFileSync(join(root, "a/file"), "");
  const outside = mkdtempSync(join(tmpdir(), "devops-baseline-outside-"));
  symlinkSync(outside, join(root, "a/out"));
  symlinkSync(join(root, "a/b"), join(root, "in"));
  return root;
}

describe("resolving a batch of repository paths", () => {
  it("agrees with one-by-one resolution, and refuses a symbolic link out of the repository however deep", () => {
    const root = repo();
    const resolve = insideRepo(`${root}/`);
    const real = realpathSync(root);
    for (const path of ["x.yml", "a/b/c.yml", "a/missing/deeper/d.yml", "a/file/under-a-file", "in/e.yml", "in/new/f.yml"]) {
      expect(resolve(path, "owned file")).toBe(join(real, path));
      expect(resolveInsideRepo(root, path, "owned file")).toBe(join(real, path));
    }
    for (const path of ["a/out/x.yml", "a/out/missing/y.yml"]) {
      expect(() => resolve(path, "owned file")).toThrow(/leads outside the repository through a symbolic link/);
      expect(() => resolveInsideRepo(root, path, "owned file")).toThrow(/leads outside the repository through a symbolic link/);
    }
    expect(() => resolve("../x", "owned file")).toThrow(/must not contain/);
  });
});
