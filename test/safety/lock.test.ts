import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/errors.js";
import { acquireLock, LOCK_PATH } from "../../src/synth/lock.js";
import { cli } from "../helpers/cli.js";
import { git, makeRepo, small, treeBytes } from "./fixture.js";

const CONFIG = small({ name: "demo" });
const writeLock = (repo: string, content: string): void => {
  mkdirSync(join(repo, ".devops-baseline"), { recursive: true });
  writeFileSync(join(repo, LOCK_PATH), content);
};
const NOW = new Date().toISOString();
const lockOf = (pid: number, host = hostname(), createdAt = NOW): string => JSON.stringify({ pid, hostname: host, createdAt });

describe("the repository lock", () => {
  it("stops a second run while one holds the lock, with a clear message and exit 4, writing nothing", async () => {
    const repo = makeRepo(CONFIG);
    const lock = acquireLock(repo);
    const before = treeBytes(repo);
    const blocked = await cli("synth", "--cwd", repo);
    expect(blocked.code).toBe(ExitCode.locked);
    expect(blocked.stderr).toContain(`Another create-devops-baseline run is writing this repository (process ${process.pid} on ${hostname()}`);
    expect(blocked.stderr).toContain(`delete ${LOCK_PATH}`);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
    expect(treeBytes(repo)).toEqual(before);
    lock.release();
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    expect(existsSync(join(repo, LOCK_PATH))).toBe(false);
  });

  it("a live process elsewhere holds it; once that process is gone its lock is stale and taken over", async () => {
    const repo = makeRepo(CONFIG);
    const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
    writeLock(repo, lockOf(sleeper.pid!));
    expect((await cli("synth", "--cwd", repo)).code).toBe(ExitCode.locked);
    const exited = new Promise((resolve) => sleeper.on("exit", resolve));
    sleeper.kill("SIGKILL");
    await exited;
    const result = await cli("synth", "--cwd", repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`process ${sleeper.pid} that held it since ${NOW} is no longer running; the lock was taken over`);
    expect(existsSync(join(repo, LOCK_PATH))).toBe(false);
  });

  it("recovers the lock of a process that died (pid no longer exists)", async () => {
    const repo = makeRepo(CONFIG);
    const dead = spawnSync("true").pid;
    writeLock(repo, lockOf(dead));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("the lock was taken over");
  });

  it("never takes over a recent lock from another host, and names that host; an old one is stale anywhere", async () => {
    const repo = makeRepo(CONFIG);
    writeLock(repo, lockOf(1, "build-agent-7"));
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(ExitCode.locked);
    expect(result.stderr).toContain("process 1 on build-agent-7");
    // A lock committed by mistake after a crash: its time says it is long dead.
    writeLock(repo, lockOf(1, "build-agent-7", "2026-01-01T00:00:00.000Z"));
    const recovered = await cli("synth", "--cwd", repo);
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(recovered.stderr).toMatch(/it was taken at 2026-01-01T00:00:00.000Z, \d+ minutes ago, longer than any run takes; the lock was taken over/);
  });

  it("an empty lock (a run killed while creating it) blocks while fresh and is recovered once old", async () => {
    const repo = makeRepo(CONFIG);
    writeLock(repo, "");
    expect((await cli("synth", "--cwd", repo)).code).toBe(ExitCode.locked);
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(join(repo, LOCK_PATH), old, old);
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/it was unreadable and \d+ s old; the lock was taken over/);
  });

  it("lock, journal and temp files are git-ignored, the manifest is not", async () => {
    const repo = makeRepo(CONFIG, { git: true });
    expect((await cli("synth", "--cwd", repo)).code).toBe(0);
    const ignored = git(repo, "check-ignore", "--no-index", ".devops-baseline/lock", ".devops-baseline/journal.json", ".devops-baseline/manifest.json.devops-baseline-1.tmp");
    expect(ignored.trim().split("\n")).toHaveLength(3);
    expect(() => git(repo, "check-ignore", "--no-index", ".devops-baseline/manifest.json")).toThrow();
  });

  it("is released when the run fails", async () => {
    const repo = makeRepo(CONFIG);
    mkdirSync(join(repo, ".devops-baseline/manifest.json"), { recursive: true }); // a directory where the manifest goes
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(ExitCode.badInput);
    expect(result.stderr).toContain(".devops-baseline/manifest.json is a directory, expected a file");
    expect(existsSync(join(repo, LOCK_PATH))).toBe(false);
  });
});
