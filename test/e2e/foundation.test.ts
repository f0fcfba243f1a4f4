import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyExample, snapshotTree } from "../helpers/cli.js";

const read = (root: string, path: string): string => readFileSync(join(root, path), "utf8");
const manifestFiles = (root: string): string[] =>
  Object.keys((JSON.parse(read(root, ".devops-baseline/manifest.json")) as { files: object }).files);

describe("init --yes on the django-nextjs example", () => {
  it("writes the config, the owned files and the manifest", async () => {
    const repo = copyExample();
    const result = await cli("init", "--yes", "--cwd", repo);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    const config = JSON.parse(read(repo, "devops-baseline.json")) as Record<string, { kind?: string }>;
    expect(config.backend?.kind).toBe("django");
    expect(config.frontend?.kind).toBe("nextjs");
    const owned = manifestFiles(repo);
    expect(owned).toContain(".github/dependabot.yml");
    for (const path of owned) expect(existsSync(join(repo, path)), path).toBe(true);
    expect(read(repo, ".gitattributes")).toContain("/.github/dependabot.yml linguist-generated=true");
  });

  it("a second synth writes nothing and changes no byte", async () => {
    const repo = copyExample();
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const before = snapshotTree(repo);
    const mtimes = [...before.keys()].map((p) => statSync(join(repo, p)).mtimeMs);
    const second = await cli("synth", "--cwd", repo);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Nothing to do");
    expect(snapshotTree(repo)).toEqual(before);
    expect([...before.keys()].map((p) => statSync(join(repo, p)).mtimeMs)).toEqual(mtimes);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("is deterministic: two fresh runs give byte-identical files", async () => {
    const [a, b] = [copyExample(), copyExample()];
    await cli("init", "--yes", "--cwd", a);
    await cli("init", "--yes", "--cwd", b);
    expect(snapshotTree(a)).toEqual(snapshotTree(b));
  });
});

describe("hand edits", () => {
  it("check exits 1 with a diff; synth keeps the edit until --force, which keeps a backup", async () => {
    const repo = copyExample();
    await cli("init", "--yes", "--cwd", repo);
    const path = ".github/dependabot.yml";
    const edited = read(repo, path).replace("interval: weekly", "interval: daily");
    writeFileSync(join(repo, path), edited);

    const check = await cli("check", "--cwd", repo);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`--- a/${path}`);
    expect(check.stdout).toMatch(/-\s+interval: daily/);
    expect(check.stdout).toMatch(/\+\s+interval: weekly/);

    const synth = await cli("synth", "--cwd", repo);
    expect(synth.code).toBe(1);
    expect(synth.stdout).toContain("edited by hand");
    expect(read(repo, path)).toBe(edited);

    const forced = await cli("synth", "--force", "--cwd", repo);
    expect(forced.code).toBe(0);
    expect(read(repo, path)).not.toContain("interval: daily");
    expect(read(repo, `${path}.orig`)).toBe(edited);
    expect(forced.stdout).toContain(`${path}.orig`);
  });

  it("CRLF line endings of an owned file are not drift", async () => {
    const repo = copyExample();
    await cli("init", "--yes", "--cwd", repo);
    const path = ".github/dependabot.yml";
    writeFileSync(join(repo, path), `\uFEFF${read(repo, path).replace(/\n/g, "\r\n")}`);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });
});

describe("files the tool does not own", () => {
  it("a pre-existing Dockerfile survives init and is reported", async () => {
    const repo = copyExample();
    const mine = "FROM python:3.12\nCMD [\"python\", \"-m\", \"http.server\"]\n";
    writeFileSync(join(repo, "backend/Dockerfile"), mine);
    writeFileSync(join(repo, ".github-dependabot-placeholder"), "x");
    const result = await cli("init", "--yes", "--cwd", repo);
    expect(result.code).toBe(0);
    expect(read(repo, "backend/Dockerfile")).toBe(mine);
    expect(manifestFiles(repo)).not.toContain("backend/Dockerfile");
    expect(result.stdout).toContain("kept      backend/Dockerfile");
    // Kept as the repository's own: listed under eject, so the first check already agrees.
    expect((JSON.parse(read(repo, "devops-baseline.json")) as { eject: string[] }).eject).toContain("backend/Dockerfile");
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("init --adopt takes pre-existing files over instead, keeping a .orig backup", async () => {
    const repo = copyExample();
    const mine = "FROM python:3.12\n";
    writeFileSync(join(repo, "backend/Dockerfile"), mine);
    expect((await cli("init", "--yes", "--adopt", "--cwd", repo)).code).toBe(0);
    expect(read(repo, "backend/Dockerfile.orig")).toBe(mine);
    expect(manifestFiles(repo)).toContain("backend/Dockerfile");
  });

  it("an existing unowned dependabot.yml is kept, and --adopt takes it over with a .orig backup", async () => {
    const repo = copyExample();
    const mine = "version: 2\nupdates: []\n";
    await cli("init", "--yes", "--cwd", repo, "--dependency-updates", "renovate");
    writeFileSync(join(repo, ".github/dependabot.yml"), mine);
    writeFileSync(join(repo, "devops-baseline.json"), read(repo, "devops-baseline.json").replace('"renovate"', '"dependabot"'));
    const kept = await cli("synth", "--cwd", repo);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain("not owned");
    expect(read(repo, ".github/dependabot.yml")).toBe(mine);
    const adopted = await cli("synth", "--adopt", "--cwd", repo);
    expect(adopted.code).toBe(0);
    expect(read(repo, ".github/dependabot.yml.orig")).toBe(mine);
    expect(manifestFiles(repo)).toContain(".github/dependabot.yml");
  });

  it("keeps the user's .gitattributes lines around the managed block", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, ".gitattributes"), "*.png binary\n");
    await cli("init", "--yes", "--cwd", repo);
    const attributes = read(repo, ".gitattributes");
    expect(attributes.startsWith("*.png binary\n")).toBe(true);
    expect(attributes).toContain("linguist-generated=true");
  });
});

describe("options", () => {
  it("switching an option that drops a file removes it", async () => {
    const repo = copyExample();
    await cli("init", "--yes", "--cwd", repo);
    expect(existsSync(join(repo, ".github/dependabot.yml"))).toBe(true);
    const config = JSON.parse(read(repo, "devops-baseline.json")) as Record<string, unknown>;
    writeFileSync(join(repo, "devops-baseline.json"), JSON.stringify({ ...config, dependencyUpdates: "renovate" }, null, 2));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(0);
    expect(existsSync(join(repo, ".github/dependabot.yml"))).toBe(false);
    expect(existsSync(join(repo, "renovate.json"))).toBe(true);
    expect(manifestFiles(repo)).not.toContain(".github/dependabot.yml");
  });

  it("an invalid flag value exits 2 naming the key, the value and what is allowed, and writes nothing", async () => {
    const repo = copyExample();
    const before = snapshotTree(repo);
    const result = await cli("init", "--yes", "--cwd", repo, "--cloud", "heroku");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cloud: "heroku" is not allowed');
    expect(result.stderr).toContain("aws-ecs, gcp-cloud-run, azure-container-apps, kubernetes, compose");
    expect(snapshotTree(repo)).toEqual(before);
  });

  it("an invalid config file exits 2 naming the key", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, "devops-baseline.json"), JSON.stringify({ backend: { kind: "rails" } }));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('backend.kind: "rails" is not allowed. Allowed: django, fastapi, express, nestjs, none');
  });

  it("an unknown key gets a did-you-mean", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, "devops-baseline.json"), JSON.stringify({ bakend: { kind: "django" } }));
    const result = await cli("check", "--cwd", repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "backend"?');
  });

  it("readOnly marks owned files read-only, and synth still updates them", async () => {
    const repo = copyExample();
    await cli("init", "--yes", "--cwd", repo);
    const config = JSON.parse(read(repo, "devops-baseline.json")) as Record<string, unknown>;
    writeFileSync(join(repo, "devops-baseline.json"), JSON.stringify({ ...config, readOnly: true }));
    expect((await cli("synth", "--force", "--cwd", repo)).code).toBe(0);
    const path = join(repo, ".github/dependabot.yml");
    expect(statSync(path).mode & 0o222).toBe(0);
    writeFileSync(join(repo, "devops-baseline.json"), JSON.stringify({ ...config, readOnly: true, alerting: "slack" }));
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    chmodSync(path, 0o644);
  });
});

describe("the TypeScript config", () => {
  it("init writes devops-baseline.config.ts with defineConfig for a Node repo that lists the package, and synth evaluates it in-process", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "shop", private: true, devDependencies: { "create-devops-baseline": "^0.1.0" } }));
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const config = read(repo, "devops-baseline.config.ts");
    expect(config).toContain('import { defineConfig } from "create-devops-baseline"');
    expect(existsSync(join(repo, "devops-baseline.json"))).toBe(false);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });
});

describe("without a terminal", () => {
  it("init without --yes fails at once with the flag to pass, writing nothing", async () => {
    const repo = copyExample();
    const before = snapshotTree(repo);
    const result = await cli("init", "--cwd", repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--yes");
    expect(snapshotTree(repo)).toEqual(before);
  });
});

describe("a repository that ships no service", () => {
  it("gets CI, security and dependency updates, but no deploy, monitoring, runbooks or uptime probe", async () => {
    const repo = copyExample(new URL("../fixtures/detect/nothing-recognisable/", import.meta.url).pathname);
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const owned = manifestFiles(repo);
    expect(owned).toContain(".github/workflows/ci.yml");
    expect(owned.filter((p) => /deploy|monitoring\/|runbooks\/|uptime/.test(p))).toEqual([]);
  });
});
