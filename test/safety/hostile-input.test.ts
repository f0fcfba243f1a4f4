import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { cli, type CliResult } from "../helpers/cli.js";
import { makeRepo, manifestOf, read, small, treeBytes, writeConfig } from "./fixture.js";

const PATH = ".github/dependabot.yml";
const CONFIG = small({ name: "demo" });

/** Exit 2, one `error:` naming the problem, never a stack trace or an internal error. */
function expectBadInput(result: CliResult, ...fragments: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(/^error: /);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
}

async function synthesized(config: Record<string, unknown> = CONFIG): Promise<string> {
  const repo = makeRepo(config);
  const result = await cli("synth", "--cwd", repo);
  expect(result.code, result.stderr).toBe(0);
  return repo;
}

describe("a broken config is a clear error (exit 2)", () => {
  it("invalid JSON names the line and column, without quoting the file", async () => {
    const repo = makeRepo(CONFIG);
    writeFileSync(join(repo, "devops-baseline.json"), '{\n  "name": "demo",\n  "cloud": "compose",\n}\n');
    expectBadInput(await cli("synth", "--cwd", repo), "devops-baseline.json is not valid JSON", "line 4, column 1");
  });

  it("a TypeScript config with a syntax error, or that throws, or whose function fails", async () => {
    const cases = {
      "export default defineConfig({ name: 'x' ": "could not be evaluated",
      "throw new Error('boom from config');\nexport default {};": "boom from config",
      "export default () => { throw new Error('no env') };": "its exported function failed: no env",
    };
    for (const [source, message] of Object.entries(cases)) {
      const repo = mkdtempSync(join(tmpdir(), "devops-baseline-safety-"));
      writeFileSync(join(repo, "devops-baseline.config.ts"), source);
      expectBadInput(await cli("check", "--cwd", repo), "devops-baseline.config.ts", message);
    }
  });

  it("unknown keys get a did-you-mean at every depth; wrong types say what was expected", async () => {
    const repo = makeRepo({ name: "demo", backend: { knd: "django" } });
    expectBadInput(await cli("synth", "--cwd", repo), 'knd: unknown key in backend. Did you mean "kind"?', "Allowed: kind, dir");
    writeConfig(repo, { name: "demo", backend: { kind: "django", port: "eighty" } });
    expectBadInput(await cli("synth", "--cwd", repo), 'backend.port: expected number, got string "eighty"');
    writeConfig(repo, { name: "demo", securitySeverity: "HIGH" });
    expectBadInput(await cli("synth", "--cwd", repo), "securitySeverity: expected array");
    for (const root of ["[]", "null", '"django"', "42"]) {
      writeFileSync(join(repo, "devops-baseline.json"), root);
      expectBadInput(await cli("synth", "--cwd", repo), "Invalid devops-baseline.json");
    }
  });

  it("a huge, binary, non-UTF-8 config, or a folder in its place", async () => {
    const repo = makeRepo(CONFIG);
    const cases: [Buffer, string][] = [
      [Buffer.alloc(2 * 1024 * 1024, 0x20), "a config is at most"],
      [Buffer.from([0x7b, 0x00, 0x7d]), "is a binary file, not JSON"],
      [Buffer.from('{"name": "d\xe9mo"}', "latin1"), "is not UTF-8 text"],
    ];
    for (const [bytes, message] of cases) {
      writeFileSync(join(repo, "devops-baseline.json"), bytes);
      expectBadInput(await cli("synth", "--cwd", repo), message);
    }
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-safety-"));
    mkdirSync(join(dir, "devops-baseline.json"));
    expectBadInput(await cli("synth", "--cwd", dir), "devops-baseline.json cannot be read (it is a directory)");
  });

  it("overrides of paths with .., absolute paths, or paths that are not generated", async () => {
    for (const path of ["../outside.yml", "/etc/passwd", ".github/../../x.yml"]) {
      const repo = makeRepo(small({ name: "demo", overrides: { [path]: { set: { a: 1 } } } }));
      expectBadInput(await cli("synth", "--cwd", repo), `overrides: "${path}" is not a generated file`);
    }
    const repo = makeRepo({ name: "demo", backend: { kind: "django", dir: "../elsewhere" } });
    expectBadInput(await cli("synth", "--cwd", repo), "backend.dir", "must not contain '..'");
  });
});

describe("a broken manifest is recovered, never fatal", () => {
  async function withManifest(transform: (text: string) => string): Promise<{ repo: string; result: CliResult; edited: string }> {
    const repo = await synthesized();
    const edited = `${read(repo, PATH)}# my note\n`;
    writeFileSync(join(repo, PATH), edited);
    const manifestPath = join(repo, ".devops-baseline/manifest.json");
    writeFileSync(manifestPath, transform(readFileSync(manifestPath, "utf8")));
    return { repo, result: await cli("synth", "--cwd", repo), edited };
  }

  it("corrupt: ownership comes from markers and a changed owned file counts as edited (kept)", async () => {
    const { repo, result, edited } = await withManifest(() => "\x00\x01 not json at all");
    expect(result.stderr).toContain("is not a readable manifest; ownership is recovered from the files' markers");
    expect(read(repo, PATH)).toBe(edited);
    expect(result.stdout).toContain("edited by hand; kept");
    expect(result.stdout).toContain("ownership was recovered from the file's marker");
  });

  it("truncated: every entry that still parses is kept, so the hand edit is still recognised", async () => {
    const { repo, result, edited } = await withManifest((text) => text.slice(0, text.indexOf("}", text.indexOf(PATH)) + 3));
    expect(result.stderr).toMatch(/is damaged \(not a valid manifest\); \d+ entr(y was|ies were) recovered/);
    expect(read(repo, PATH)).toBe(edited);
    expect(result.stdout).toContain(`kept      ${PATH} — edited by hand`);
    expect(() => JSON.parse(read(repo, ".devops-baseline/manifest.json"))).not.toThrow();
  });

  it("merge-conflict markers: each path keeps the side that matches the file on disk", async () => {
    const repo = await synthesized();
    const manifestPath = join(repo, ".devops-baseline/manifest.json");
    const text = readFileSync(manifestPath, "utf8");
    const sha = manifestOf(repo).files[PATH]!.sha;
    const otherSide = text.replace(sha, gitBlobSha("something a teammate's branch generated\n"));
    const shaLine = (t: string) => t.split("\n").find((l) => l.includes('"sha"') && t.indexOf(l) > t.indexOf(PATH))!;
    const conflicted = text.replace(shaLine(text), `<<<<<<< HEAD\n${shaLine(otherSide)}\n=======\n${shaLine(text)}\n>>>>>>> feature`);
    writeFileSync(manifestPath, conflicted);
    const before = read(repo, PATH);
    const result = await cli("synth", "--cwd", repo);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stderr).toContain("has merge-conflict markers; for each file the side that matches the file on disk is kept");
    expect(read(repo, PATH)).toBe(before);
    expect(read(repo, ".devops-baseline/manifest.json")).toBe(text);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("entries with .., absolute paths or a symlink out of the repo are ignored: nothing outside is deleted", async () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-victim-"));
    writeFileSync(join(outside, "victim.txt"), "precious\n");
    const repo = await synthesized();
    symlinkSync(outside, join(repo, "linked"));
    const manifest = JSON.parse(read(repo, ".devops-baseline/manifest.json")) as { files: Record<string, unknown> };
    const entry = { sha: gitBlobSha("precious\n"), component: "dependency-updates" };
    manifest.files[`../${outside.split("/").pop()}/victim.txt`] = entry;
    manifest.files[join(outside, "victim.txt")] = entry;
    manifest.files["linked/victim.txt"] = entry;
    writeFileSync(join(repo, ".devops-baseline/manifest.json"), JSON.stringify(manifest));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("ignored 2 entries with a path that is not a relative path inside the repository");
    expect(result.stderr).toContain('ignored "linked/victim.txt": the path leads outside the repository through a symbolic link');
    expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("precious\n");
  });
});

describe("what is at an owned path", () => {
  it("a directory, a symlink, a file in place of a folder, a huge or binary or non-UTF-8 file: blocked, left as is", async () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-victim-"));
    writeFileSync(join(outside, "target.yml"), "precious\n");
    const cases: [string, (repo: string) => void, string][] = [
      ["directory", (r) => mkdirSync(join(r, PATH), { recursive: true }), "is a directory where a file is generated"],
      ["symlink", (r) => (mkdirSync(join(r, ".github")), symlinkSync(join(outside, "target.yml"), join(r, PATH))), "is a symbolic link"],
      ["file as folder", (r) => writeFileSync(join(r, ".github"), "x"), "a folder on its path is a file"],
      ["huge", (r) => (mkdirSync(join(r, ".github")), writeFileSync(join(r, PATH), Buffer.alloc(3 * 1024 * 1024, 0x61))), "is 3145728 bytes, too large to be a generated text file"],
      ["binary", (r) => (mkdirSync(join(r, ".github")), writeFileSync(join(r, PATH), Buffer.from([1, 0, 2]))), "is a binary file"],
      ["latin-1", (r) => (mkdirSync(join(r, ".github")), writeFileSync(join(r, PATH), Buffer.from("caf\xe9\n", "latin1"))), "is not UTF-8 text"],
    ];
    for (const [name, setup, reason] of cases) {
      const repo = makeRepo(CONFIG);
      setup(repo);
      const before = treeBytes(repo);
      const result = await cli("synth", "--cwd", repo);
      expect(result.code, `${name}: ${result.stderr}`).toBe(1);
      expect(result.stdout, name).toContain(`blocked   ${PATH} — ${reason}`);
      const after = treeBytes(repo);
      // Buffer.equals: a deep equality over a 3 MiB buffer would take the test seconds.
      for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), `${name}: ${path}`).toBe(true);
    }
    expect(readFileSync(join(outside, "target.yml"), "utf8")).toBe("precious\n");
  });

  it("a folder symlinked outside the repo is refused before anything is written", async () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-victim-"));
    const repo = makeRepo(CONFIG);
    symlinkSync(outside, join(repo, ".github"));
    expectBadInput(await cli("synth", "--cwd", repo), `"${PATH}" leads outside the repository through a symbolic link`);
    expect(treeBytes(outside).size).toBe(0);
  });

  it("a read-only owned file is still updated (rename does not need write permission on the file)", async () => {
    const repo = await synthesized();
    chmodSync(join(repo, PATH), 0o444);
    writeConfig(repo, small({ name: "demo", backend: { kind: "django", dir: "api" } }));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code, result.stderr).toBe(0);
    expect(read(repo, PATH)).toContain("directory: /api");
    expect(statSync(join(repo, PATH)).mode & 0o777).toBe(0o644);
  });

  it("CRLF line endings or a BOM are not drift, and synth leaves those bytes alone", async () => {
    for (const transform of [(t: string) => t.replace(/\n/g, "\r\n"), (t: string) => `\uFEFF${t}`]) {
      const repo = await synthesized();
      const converted = transform(read(repo, PATH));
      writeFileSync(join(repo, PATH), converted);
      expect((await cli("check", "--cwd", repo)).code).toBe(0);
      const result = await cli("synth", "--cwd", repo);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain("edited by hand");
      expect(read(repo, PATH)).toBe(converted);
    }
  });

  it("a repo that is not a git repo works; a non-UTF-8 file name in it is left alone", async () => {
    const repo = makeRepo(CONFIG);
    const oddName = Buffer.concat([Buffer.from(join(repo, "caf")), Buffer.from([0xe9]), Buffer.from(".txt")]);
    writeFileSync(oddName, "mine\n");
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    expect(existsSync(join(repo, PATH))).toBe(true);
    expect(readFileSync(oddName, "utf8")).toBe("mine\n");
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("a --cwd that is not a folder (or cannot be encoded) is bad input", async () => {
    expectBadInput(await cli("synth", "--cwd", join(tmpdir(), "no-such-folder-\uD800")), "is not a directory");
  });
});

describe("a write that fails midway", () => {
  it("leaves the tree as it was: no file replaced, no temp file, backup or journal left, lock released", async () => {
    const repo = await synthesized();
    writeConfig(repo, small({ name: "demo", dependencyUpdates: "renovate" }));
    // A folder where this process's temp file for renovate.json goes makes that write fail.
    mkdirSync(join(repo, `renovate.json.devops-baseline-${process.pid}.tmp`));
    const before = treeBytes(repo);
    const result = await cli("synth", "--cwd", repo);
    expectBadInput(result, "Could not write renovate.json: it is a directory");
    expect(treeBytes(repo)).toEqual(before);
    expect(existsSync(join(repo, ".devops-baseline/journal.json"))).toBe(false);
    expect(existsSync(join(repo, ".devops-baseline/lock"))).toBe(false);
  });

  it("a .gitattributes that is a symlink, and a dangling symlink named like a backup, are left alone", async () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-victim-"));
    writeFileSync(join(outside, "attrs"), "*.png binary\n");
    const repo = await synthesized();
    rmSync(join(repo, ".gitattributes"));
    symlinkSync(join(outside, "attrs"), join(repo, ".gitattributes"));
    writeFileSync(join(repo, PATH), `${read(repo, PATH)}# mine\n`);
    symlinkSync(join(outside, "nowhere"), join(repo, `${PATH}.orig`));
    const result = await cli("synth", "--force", "--cwd", repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(".gitattributes is not a regular file (a symbolic link?); its managed block was left alone");
    expect(lstatSync(join(repo, ".gitattributes")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(outside, "attrs"), "utf8")).toBe("*.png binary\n");
    expect(lstatSync(join(repo, `${PATH}.orig`)).isSymbolicLink()).toBe(true);
    expect(result.stdout).toContain(`backup    ${PATH}.orig.1`);
  });

  it(".devops-baseline symlinked out of the repository is refused", async () => {
    const outside = mkdtempSync(join(tmpdir(), "devops-baseline-victim-"));
    const repo = makeRepo(CONFIG);
    symlinkSync(outside, join(repo, ".devops-baseline"));
    expectBadInput(await cli("synth", "--cwd", repo), "leads outside the repository through a symbolic link");
    expect(treeBytes(outside).size).toBe(0);
  });
});
