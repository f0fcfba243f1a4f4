import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const page = readFileSync(join(ROOT, "docs/projen.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

let savedPost: string | undefined;
beforeAll(() => {
  savedPost = process.env.PROJEN_DISABLE_POST;
  process.env.PROJEN_DISABLE_POST = "true";
});
afterAll(() => {
  if (savedPost === undefined) delete process.env.PROJEN_DISABLE_POST;
  else process.env.PROJEN_DISABLE_POST = savedPost;
});

describe("docs/projen.md", () => {
  it("its .projenrc.ts example runs as written and writes the baseline", async () => {
    const example = blocks[0]!;
    expect(example).toContain('from "create-devops-baseline/projen"');
    const outdir = mkdtempSync(join(tmpdir(), "devops-baseline-projen-doc-"));
    // The package name points at this checkout's sources; the project is synthesized into a temp folder.
    const source = example
      .replace('"create-devops-baseline/projen"', JSON.stringify(join(ROOT, "src/projen/index.ts")))
      .replace('defaultReleaseBranch: "main",', `defaultReleaseBranch: "main", outdir: ${JSON.stringify(outdir)},`);
    expect(source).toContain(outdir);
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    const file = join(ROOT, ".tmp", `projenrc-doc-${process.pid}.ts`);
    writeFileSync(file, source);
    await import(pathToFileURL(file).href);
    const files = (JSON.parse(readFileSync(join(outdir, ".projen/files.json"), "utf8")) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining([".github/workflows/ci.yml", ".github/workflows/deploy.yml", "Dockerfile"]));
    expect(existsSync(join(outdir, "Dockerfile"))).toBe(true);
  });

  it("its drift-check override applies to the generated ci.yml", async () => {
    const [, key, value] = /"(jobs\.drift\.steps\.check\.run)":\s*("(?:[^"\\]|\\.)*")/.exec(blocks[1]!) ?? [];
    expect(key).toBeDefined();
    const { parseOptions, renderModels, renderFiles } = await import("../../src/index.js");
    const options = parseOptions({ overrides: { ".github/workflows/ci.yml": { set: { [key!]: JSON.parse(value!) as string } } } });
    const ci = renderFiles(renderModels(options), options).find((f) => f.path === ".github/workflows/ci.yml")!;
    expect(ci.content).toContain("npx projen");
    expect(ci.content).toContain("git diff --exit-code");
  });
});
