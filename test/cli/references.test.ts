import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRepo, readLocalSnapshot } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";
import { referenceFilesToRead, unresolvedReferences } from "../../src/synth/references.js";
import { cli, copyExample, snapshotTree } from "../helpers/cli.js";

describe("references resolve, or synth refuses", () => {
  it("init --yes on the example resolves every reference", async () => {
    const repo = copyExample();
    const result = await cli("init", "--yes", "-C", repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("What will run:");
    expect(result.stdout).toContain("`gunicorn --bind 0.0.0.0:8000 --access-logfile - config.wsgi:application` — port 8000");
  });

  it("synth exits 2, names the missing module, its referrer and the option, and writes nothing", async () => {
    const repo = copyExample();
    expect((await cli("init", "--yes", "-C", repo)).code).toBe(0);
    rmSync(join(repo, "backend/config/wsgi.py"));
    writeFileSync(join(repo, "backend/Dockerfile"), "hand edit\n");
    const before = snapshotTree(repo);
    const result = await cli("synth", "-C", repo, "--force");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("backend/config/wsgi.py is missing, referenced by backend/Dockerfile (the server's CMD). Option: backend.app");
    expect(snapshotTree(repo)).toEqual(before);
    // check refuses the same way rather than reporting drift against an impossible render.
    expect((await cli("check", "-C", repo)).code).toBe(2);
  });

  it("init refuses before writing its config when a flag points at a module that is not there", async () => {
    const repo = copyExample();
    const result = await cli("init", "--yes", "-C", repo, "--backend-app", "shop.wsgi:application");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("backend/shop/wsgi.py is missing");
    expect(existsSync(join(repo, "devops-baseline.json"))).toBe(false);
  });
});

describe("unresolvedReferences", () => {
  const snapshot = (files: Record<string, string>) => ({ paths: Object.keys(files), files: new Map(Object.entries(files)) });

  it("finds manage.py, alembic.ini, lockfiles, build scripts and the next.config output mode", () => {
    const django = parseOptions({ backend: { kind: "django", appDir: "src", migrationsDir: "src" }, database: "postgres" });
    expect(unresolvedReferences(django, snapshot({ "src/config/wsgi.py": "", "requirements.txt": "" })).map((p) => p.missing)).toEqual(["src/manage.py"]);
    const fastapi = parseOptions({ backend: { kind: "fastapi", app: "main:app" }, database: "postgres" });
    expect(unresolvedReferences(fastapi, snapshot({ "main.py": "", "requirements.txt": "" })).map((p) => p.option)).toEqual(["backend.migrationsDir"]);
    const nest = parseOptions({ backend: { kind: "nestjs", packageManager: "pnpm" } });
    expect(unresolvedReferences(nest, snapshot({ "package.json": '{"scripts":{}}' })).map((p) => p.missing)).toEqual(["pnpm-lock.yaml", 'the "build" script in package.json']);
    const next = parseOptions({ frontend: { kind: "nextjs", nextOutput: "standalone" } });
    const problems = unresolvedReferences(next, snapshot({ "package.json": '{"scripts":{"build":"next build"}}', "package-lock.json": "{}", "next.config.mjs": "export default {};\n" }));
    expect(problems).toEqual([expect.objectContaining({ option: "frontend.nextOutput", fix: expect.stringContaining('set frontend.nextOutput to "default"') })]);
  });

  it("passes on the example as detection reads it", () => {
    const repo = copyExample();
    const options = parseOptions({ backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend", nextOutput: "standalone" }, database: "postgres" });
    expect(unresolvedReferences(options, readLocalSnapshot(repo))).toEqual([]);
  });
});

describe("the reference check's own snapshot", () => {
  // check and synth read only package.json files and Next.js configs for the references; detection reads many more.
  it("finds the same problems as a full snapshot on every messy fixture layout", () => {
    const apps = new URL("../fixtures/apps", import.meta.url).pathname;
    for (const app of readdirSync(apps)) {
      const root = join(apps, app);
      const options = parseOptions({ ...detectRepo(root).config, name: app });
      const narrow = readLocalSnapshot(root, referenceFilesToRead);
      const full = readLocalSnapshot(root);
      expect(unresolvedReferences(options, narrow), app).toEqual(unresolvedReferences(options, full));
      // A problem only a file's text shows must still be seen: a build script package.json lacks.
      if (options.backend.kind === "express" || options.backend.kind === "nestjs") {
        const broken = { ...options, backend: { ...options.backend, buildScript: "no-such-script" } };
        const problems = unresolvedReferences(broken, narrow);
        expect(problems.map((p) => p.option), app).toContain("backend.buildScript");
        expect(problems, app).toEqual(unresolvedReferences(broken, full));
      }
    }
  });
});
