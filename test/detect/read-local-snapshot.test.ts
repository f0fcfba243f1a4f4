import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectRepo, filesToRead, readLocalSnapshot } from "../../src/detect/index.js";

describe("readLocalSnapshot", () => {
  let base: string;
  let root: string;

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "detect-local-"));
    root = join(base, "Shop Backend");
    write("backend/manage.py", "import os\n");
    write("backend/requirements.txt", "django\n");
    write("backend/static/app.js", "console.log(1)\n");
    write("node_modules/express/package.json", JSON.stringify({ name: "express" }));
    write("py311/pyvenv.cfg", "home = /usr/bin\n");
    write("py311/requirements.txt", "fastapi\n");
    write("build/package.json", JSON.stringify({ dependencies: { next: "14" } }));
    write("a/b/c/d/e/f/package.json", JSON.stringify({ name: "deep-but-listed" }));
    write("a/b/c/d/e/f/g/package.json", JSON.stringify({ name: "too-deep" }));
    write("huge/package.json", `{"name":"huge","description":"${"x".repeat(300 * 1024)}"}`);
    mkdirSync(join(base, "outside"), { recursive: true });
    writeFileSync(join(base, "outside", "package.json"), JSON.stringify({ dependencies: { "@nestjs/core": "10" } }));
    symlinkSync(join(base, "outside"), join(root, "linked"));
    symlinkSync(join(base, "outside", "package.json"), join(root, "package.json"));
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("lists sources but skips dependencies, virtualenvs, build output, symlinks and folders past the depth cap", () => {
    const { paths } = readLocalSnapshot(root);
    expect(paths).toContain("backend/static/app.js");
    expect(paths).toContain("a/b/c/d/e/f/package.json");
    expect(paths).not.toContain("a/b/c/d/e/f/g/package.json");
    expect(paths.filter((p) => /^(node_modules|py311|build|linked)\//.test(p) || p === "package.json")).toEqual([]);
  });

  it("reads only what filesToRead asks for, and not files too big to be a manifest", () => {
    const snapshot = readLocalSnapshot(root);
    expect([...snapshot.files.keys()].sort()).toEqual(filesToRead(snapshot.paths).filter((p) => p !== "huge/package.json"));
    expect(snapshot.files.get("backend/requirements.txt")).toBe("django\n");
    expect(snapshot.name).toBe("Shop Backend");
  });

  it("detectRepo ties the two together", () => {
    const detection = detectRepo(root);
    expect(detection.config).toMatchObject({ name: "shop-backend", backend: { kind: "django", dir: "backend" } });
    expect(detection.config.frontend).toEqual({ kind: "none" });
  });

  it("refuses a root that is not a folder, as bad input", () => {
    expect(() => readLocalSnapshot(join(base, "missing"))).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
    expect(() => detectRepo(join(base, "outside", "package.json"))).toThrow(/is not a folder/);
  });
});
