import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCRIPT = new URL("../../scripts/refresh-action-pins.ts", import.meta.url).pathname;

describe("scripts/refresh-action-pins.ts against a local mirror", () => {
  let root: string;
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { encoding: "utf8" }).trim();
  const commitAndTag = (tag: string): string => {
    git("commit", "--allow-empty", "-q", "-m", tag);
    git("tag", "-a", tag, "-m", tag); // annotated: the script must peel it to the commit
    return git("rev-parse", "HEAD");
  };
  const shas: Record<string, string> = {};

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "mirrors-"));
    repo = join(root, "acme+tool", "repo");
    mkdirSync(repo, { recursive: true });
    git("init", "-q", "-b", "main");
    for (const tag of ["v1.0.0", "v1.2.0", "v1.10.0", "v2.0.0"]) shas[tag] = commitAndTag(tag);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = (pins: object, ...args: string[]) => {
    const file = join(root, "pins.json");
    writeFileSync(file, `${JSON.stringify(pins, null, 2)}\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, "--mirrors", root, "--pins", file, ...args], { encoding: "utf8" });
    return { status: r.status, stderr: r.stderr, pins: JSON.parse(readFileSync(file, "utf8")) as Record<string, { version: string; sha: string }> };
  };

  it("moves to the newest release of the pinned major, with the tag's commit", () => {
    const r = run({ "acme/tool": { version: "v1.0.0", sha: shas["v1.0.0"] } });
    expect(r.status).toBe(0);
    expect(r.pins["acme/tool"]).toEqual({ version: "v1.10.0", sha: shas["v1.10.0"], source: expect.stringContaining("tag v1.10.0 of github.com/acme/tool"), checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it("crosses a major only with --major, and --check writes nothing but exits 1", () => {
    expect(run({ "acme/tool": { version: "v1.0.0", sha: shas["v1.0.0"] } }, "--major").pins["acme/tool"]?.version).toBe("v2.0.0");
    const checked = run({ "acme/tool": { version: "v1.0.0", sha: shas["v1.0.0"] } }, "--check");
    expect(checked.status).toBe(1);
    expect(checked.pins["acme/tool"]?.version).toBe("v1.0.0");
  });

  it("refuses a tag moved to a commit that is on no branch (a hijacked tag)", () => {
    git("checkout", "-q", "--detach");
    shas.imposter = commitAndTag("v1.11.0");
    git("checkout", "-q", "main");
    const r = run({ "acme/tool": { version: "v1.0.0", sha: shas["v1.0.0"] } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("on no branch");
    expect(r.pins["acme/tool"]?.version).toBe("v1.0.0");
  });
});
