import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import tools from "../../src/data/tool-versions.json" with { type: "json" };
import images from "../../src/data/base-images.json" with { type: "json" };
import { TOOL_VERSIONS } from "../../src/pins/tool-versions.js";

const ROOT = new URL("../../", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("one source for every pinned version", () => {
  it("no version, digest or action SHA is written anywhere in src/ or templates/ but src/data/", () => {
    const pinned = [/\b[a-z][\w-]*==\d+\.\d+/, /sha256:[0-9a-f]{64}/, /@[0-9a-f]{40}\b/, /\b(?:pnpm|poetry|uv|k6)@\d+\.\d+/];
    const offenders = [...files(join(ROOT, "src")), ...files(join(ROOT, "templates"))]
      .filter((path) => !relative(ROOT, path).startsWith("src/data/"))
      .flatMap((path) => {
        // Examples in comments (`"pnpm@9.12.0"`) pin nothing.
        const text = readFileSync(path, "utf8")
          .split("\n")
          .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
          .join("\n");
        return pinned.filter((re) => re.test(text)).map((re) => `${relative(ROOT, path)}: ${re.exec(text)![0]}`);
      });
    expect(offenders).toEqual([]);
  });

  it("every tool records its registry, package, source and the day it was read", () => {
    for (const [name, tool] of Object.entries(tools.tools)) {
      expect(["pypi", "npm", "github"], name).toContain(tool.registry);
      expect(tool.package, name).toMatch(/^[\w.@/-]+$/);
      expect(tool.source, name).toMatch(tool.registry === "github" ? /github\.com\/|GitHub API/ : /^https:\/\//);
      expect(tool.checkedAt, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(TOOL_VERSIONS[name as keyof typeof TOOL_VERSIONS]).toBe(tool.version);
    }
    // pnpm's per-lockfile entries stay in the major that writes that lockfile format.
    for (const [name, tool] of Object.entries(tools.tools).filter(([, t]) => "major" in t)) {
      expect(tool.version.split(".")[0], name).toBe(String((tool as { major: number }).major));
    }
  });

  it("the tests' own uv and poetry are the versions generated files install, so execution tests run what users get", () => {
    const requirements = readFileSync(join(ROOT, "scripts/test-requirements.txt"), "utf8");
    for (const tool of ["uv", "poetry"] as const) expect(requirements).toContain(`${tool}==${TOOL_VERSIONS[tool]}\n`);
  });

  it("every image records where its digest was read and when", () => {
    for (const [key, image] of Object.entries(images.images)) {
      expect(key).toBe(`${image.image}:${image.tag}`);
      expect(image.source.length, key).toBeGreaterThan(20);
      expect(image.checkedAt, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
