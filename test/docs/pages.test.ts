import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/cli/program.js";
import { CLOUDS } from "../../src/options/index.js";
import { STACKS } from "../../src/stacks/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const DOCS = join(ROOT, "docs");
const markdown = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdown(path) : name.endsWith(".md") ? [path] : [];
  });

describe("docs/", () => {
  it("has a page for every command, stack and deploy target", () => {
    const silent = { out: () => undefined, err: () => undefined };
    const missing = [
      ...createProgram(silent).commands.map((c) => `commands/${c.name()}.md`),
      ...Object.keys(STACKS).map((id) => `stacks/${id}.md`),
      ...CLOUDS.map((cloud) => `clouds/${cloud}.md`),
      "configuration.md",
      "troubleshooting.md",
      "projen.md",
      "github-action.md",
    ].filter((page) => !existsSync(join(DOCS, page)));
    expect(missing).toEqual([]);
  });

  it("the pages of this set are in prettier's Markdown form, like the generated ones", async () => {
    const prettier = await import("prettier");
    const pages = [
      ...["init", "synth", "check", "diff", "detect"].map((c) => `docs/commands/${c}.md`),
      ...readdirSync(join(DOCS, "stacks")).map((f) => `docs/stacks/${f}`),
      ...readdirSync(join(DOCS, "clouds")).map((f) => `docs/clouds/${f}`),
      ...["README", "configuration", "projen", "github-action", "npm-package", "troubleshooting"].map((p) => `docs/${p}.md`),
      "CHANGELOG.md",
    ];
    const unformatted: string[] = [];
    for (const page of pages) {
      if (!(await prettier.check(readFileSync(join(ROOT, page), "utf8"), { parser: "markdown" }))) unformatted.push(page);
    }
    expect(unformatted, "run `npx prettier --write` on them").toEqual([]);
  });

  it("every relative link in the docs, README and CHANGELOG points at a file that exists", () => {
    const pages = [...markdown(DOCS), join(ROOT, "README.md"), join(ROOT, "CHANGELOG.md")].filter((p) => existsSync(p));
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const file = target!.split("#")[0]!;
        if (!existsSync(join(dirname(page), file))) broken.push(`${relative(ROOT, page)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
