import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyExample } from "../helpers/cli.js";

const git = (repo: string, ...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8" });
const read = (repo: string, path: string): string => readFileSync(join(repo, path), "utf8");
const BEGIN = "# >>> create-devops-baseline: variables the baseline and the apps need that this file lacks (managed block) >>>";
const END = "# <<< create-devops-baseline <<<";

/** The user's own .env.example, committed in a real git repository: CRLF-free, with a comment, an export and a commented-out name. */
const MINE = "# Our settings\nDJANGO_SECRET_KEY=change-me\nexport DJANGO_DEBUG=1\n# DJANGO_ALLOWED_HOSTS=localhost\nSENTRY_DSN=\n";

function repoWithOwnEnvExample(): string {
  const repo = copyExample();
  writeFileSync(join(repo, ".env.example"), MINE);
  for (const args of [["init", "-q"], ["add", "-A"], ["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "app"]]) expect(git(repo, ...args).status).toBe(0);
  return repo;
}

describe(".env.example: a managed block in the user's own file", () => {
  it("init keeps the user's lines byte for byte and appends only the variables they lack, with empty secrets; check agrees", async () => {
    const repo = repoWithOwnEnvExample();
    const init = await cli("init", "--yes", "--cwd", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("managed   .env.example");
    const text = read(repo, ".env.example");
    expect(text.startsWith(MINE)).toBe(true);
    const block = text.slice(MINE.length).split("\n");
    expect(block[0]).toBe(BEGIN);
    expect(block.at(-2)).toBe(END);
    const names = block.map((l) => /^(?:# )?([A-Z][A-Z0-9_]*)=/.exec(l)?.[1]).filter(Boolean);
    // What the user already lists (assigned, exported or commented out) is not repeated.
    for (const own of ["DJANGO_SECRET_KEY", "DJANGO_DEBUG", "DJANGO_ALLOWED_HOSTS"]) expect(names).not.toContain(own);
    // compose's own variables and the app's other reads are there.
    expect(names).toContain("POSTGRES_PASSWORD");
    expect(names).toContain("BACKEND_IMAGE");
    // Secrets are empty: nothing that looks like a real value.
    const secrets = block.filter((l) => /^(POSTGRES_PASSWORD|[A-Z_]*(SECRET|TOKEN|PASSWORD)[A-Z_]*)=/.test(l));
    expect(secrets.length).toBeGreaterThan(0);
    for (const line of secrets) expect(line, line).toMatch(/=$/);
    // Not owned: it stays out of the manifest, and git sees only the appended lines.
    expect(Object.keys((JSON.parse(read(repo, ".devops-baseline/manifest.json")) as { files: Record<string, unknown> }).files)).not.toContain(".env.example");
    const diff = git(repo, "diff", "--unified=0", "--", ".env.example").stdout;
    expect(diff.split("\n").filter((l) => l.startsWith("-") && !l.startsWith("---"))).toEqual([]);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("a variable the user adds later leaves the block; a stale block is drift for check, and synth rewrites only the block", async () => {
    const repo = repoWithOwnEnvExample();
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const before = read(repo, ".env.example");
    expect(before).toContain("\nPOSTGRES_PASSWORD=\n");
    const mine = `${MINE}POSTGRES_PASSWORD=\n`;
    // The user moves POSTGRES_PASSWORD into their own part (above the block).
    writeFileSync(join(repo, ".env.example"), before.replace(MINE, mine));
    const check = await cli("check", "--cwd", repo);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(".env.example");
    const synth = await cli("synth", "--cwd", repo);
    expect(synth.code, synth.stderr).toBe(0);
    const after = read(repo, ".env.example");
    expect(after.startsWith(mine)).toBe(true);
    expect(after.slice(mine.length)).not.toContain("POSTGRES_PASSWORD=");
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });
});
