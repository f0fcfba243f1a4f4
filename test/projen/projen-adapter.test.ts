import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { writeAppSkeleton } from "../helpers/app-skeleton.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { javascript, Project, typescript } from "projen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BaselineConfig } from "../../src/options/index.js";
import { DevopsBaseline } from "../../src/projen/index.js";
import { cli } from "../helpers/cli.js";

const tempDir = (label: string): string => mkdtempSync(join(tmpdir(), `devops-baseline-projen-${label}-`));
const read = (root: string, path: string): Buffer => readFileSync(join(root, path));
const projenFiles = (root: string): string[] => (JSON.parse(read(root, ".projen/files.json").toString("utf8")) as { files: string[] }).files;
const ownedByCli = (root: string): string[] =>
  Object.keys((JSON.parse(read(root, ".devops-baseline/manifest.json").toString("utf8")) as { files: object }).files);
const isExecutable = (root: string, path: string): boolean => (statSync(join(root, path)).mode & 0o111) !== 0;

/** Options that reach different components and both dependency-update tools. */
const CASES: Record<string, BaselineConfig> = {
  "django + nextjs on aws-ecs": {
    name: "shop",
    backend: { kind: "django", dir: "backend" },
    frontend: { kind: "nextjs", dir: "frontend" },
    database: "postgres",
    cache: "redis",
    cloud: "aws-ecs",
    backup: { target: "s3" },
    alerting: "slack",
  },
  "fastapi on compose with renovate": {
    name: "api",
    backend: { kind: "fastapi", packageManager: "uv" },
    database: "postgres",
    cloud: "compose",
    dependencyUpdates: "renovate",
  },
  "express + react-vite on kubernetes": {
    backend: { kind: "express", dir: "server", packageManager: "pnpm" },
    frontend: { kind: "react-vite", dir: "web", packageManager: "pnpm" },
    cloud: "kubernetes",
  },
};

/** What the standalone CLI writes for a config: `synth` in a fresh folder holding that config. */
async function standalone(config: BaselineConfig): Promise<string> {
  const root = tempDir("cli");
  writeFileSync(join(root, "devops-baseline.json"), JSON.stringify(config));
  writeAppSkeleton(root, config);
  const result = await cli("synth", "--cwd", root);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return root;
}

// projen runs `npm install` after synthesizing a Node project; the test has nothing to install.
let savedPost: string | undefined;
beforeAll(() => {
  savedPost = process.env.PROJEN_DISABLE_POST;
  process.env.PROJEN_DISABLE_POST = "true";
});
afterAll(() => {
  if (savedPost === undefined) delete process.env.PROJEN_DISABLE_POST;
  else process.env.PROJEN_DISABLE_POST = savedPost;
});

describe.each(Object.entries(CASES))("projen adapter: %s", (_, config) => {
  for (const kind of ["Project", "TypeScriptProject"] as const) {
    it(`a projen ${kind} writes byte-for-byte what the CLI writes, and lists it in .projen/files.json`, async () => {
      const cliRoot = await standalone(config);
      const expected = ownedByCli(cliRoot);
      expect(expected.length).toBeGreaterThan(0);

      const outdir = tempDir(kind);
      const project =
        kind === "Project"
          ? new Project({ name: "baseline-test", outdir })
          : // projen's own GitHub workflows (build, release, upgrade) stay on: the baseline's sit beside them.
            new typescript.TypeScriptProject({ name: "baseline-test", outdir, defaultReleaseBranch: "main", packageManager: javascript.NodePackageManager.NPM });
      const baseline = new DevopsBaseline(project, config);
      project.synth();

      expect(baseline.rendered.map((f) => f.path)).toEqual(expected);
      const listed = projenFiles(outdir);
      for (const path of expected) {
        expect(listed, `${path} in .projen/files.json`).toContain(path);
        expect(read(outdir, path).equals(read(cliRoot, path)), `${path} bytes`).toBe(true);
        expect(isExecutable(outdir, path), `${path} executable bit`).toBe(isExecutable(cliRoot, path));
      }
    });
  }
});

describe("projen adapter ownership", () => {
  it("projen deletes a file the baseline no longer generates", () => {
    const outdir = tempDir("orphan");
    const first = new Project({ name: "orphan", outdir });
    new DevopsBaseline(first, { dependencyUpdates: "dependabot" });
    first.synth();
    expect(projenFiles(outdir)).toContain(".github/dependabot.yml");

    const second = new Project({ name: "orphan", outdir });
    new DevopsBaseline(second, { dependencyUpdates: "renovate" });
    second.synth();
    expect(() => statSync(join(outdir, ".github/dependabot.yml"))).toThrow();
    expect(projenFiles(outdir)).toContain("renovate.json");
    expect(projenFiles(outdir)).not.toContain(".github/dependabot.yml");
  });

  it("invalid options fail in the projen project with the CLI's message", () => {
    const project = new Project({ name: "bad", outdir: tempDir("bad") });
    expect(() => new DevopsBaseline(project, { cloud: "heroku" } as unknown as BaselineConfig)).toThrow(
      /cloud: "heroku" is not allowed\. Allowed: aws-ecs/,
    );
  });

  it("with editGitignore: false the project's .gitignore does not list the files", () => {
    const outdir = tempDir("gitignore");
    const project = new Project({ name: "gi", outdir });
    new DevopsBaseline(project, {}, { editGitignore: false });
    project.synth();
    expect(read(outdir, ".gitignore").toString("utf8")).not.toContain("dependabot.yml");
    const other = tempDir("gitignore-default");
    const defaults = new Project({ name: "gi", outdir: other });
    new DevopsBaseline(defaults, {});
    defaults.synth();
    expect(read(other, ".gitignore").toString("utf8")).toContain("!/.github/dependabot.yml");
  });

  it("check in a projen repository without a devops-baseline config says how to check drift there", async () => {
    const outdir = tempDir("projen-check");
    const project = new Project({ name: "p", outdir });
    new DevopsBaseline(project, {});
    project.synth();
    const check = await cli("check", "--cwd", outdir);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("projen owns this repository's files (.projen/files.json)");
    expect(check.stderr).toContain("npx projen && git diff --exit-code");
    const plain = await cli("check", "--cwd", tempDir("no-config"));
    expect(plain.stderr).toContain("Run `create-devops-baseline init` first.");
  });

  it("the standalone CLI refuses to write files that .projen/files.json owns, and leaves them as they are", async () => {
    const outdir = tempDir("refuse");
    const project = new Project({ name: "refuse", outdir });
    new DevopsBaseline(project, { dependencyUpdates: "renovate" });
    project.synth();
    const before = read(outdir, "renovate.json");
    // Same file, different content: the CLI would otherwise "adopt" or overwrite it.
    writeFileSync(join(outdir, "devops-baseline.json"), JSON.stringify({ dependencyUpdates: "renovate", name: "other" }));

    for (const flags of [[], ["--adopt"], ["--force"]]) {
      const result = await cli("synth", "--cwd", outdir, ...flags);
      expect(result.code, `synth ${flags.join(" ")}`).toBe(1);
      // Colours are on when CI is set: compare the text without them.
      expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toMatch(/blocked\s+renovate\.json — is owned by projen \(listed in \.projen\/files\.json\)/);
      expect(read(outdir, "renovate.json").equals(before)).toBe(true);
    }
    const check = await cli("check", "--cwd", outdir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("owned by projen");
  });
});
