import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyExample, snapshotTree } from "../helpers/cli.js";
import { answerAll, cliCommand, exitCode, TmuxSession } from "./tmux.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const sessions: TmuxSession[] = [];
const open = (args: string[], cwd: string, redirect = ""): TmuxSession => {
  const session = new TmuxSession(`${cliCommand(args)}${redirect}`, cwd);
  sessions.push(session);
  return session;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const config = (repo: string): Record<string, Record<string, string> & { kind?: string; target?: string }> =>
  JSON.parse(readFileSync(join(repo, "devops-baseline.json"), "utf8")) as never;

describe("init in a real terminal (tmux)", () => {
  it("shows the detected values as defaults; Enter accepts them, arrow keys change a choice", async () => {
    const repo = copyExample();
    const session = open(["init", "--config-format", "json", "--cwd", repo], ROOT);
    const first = await session.waitFor(/^\? Backend/m);
    expect(first).toMatch(/^❯ django \(detected\)$/m);

    const { screen, asked } = await answerAll(session, { keys: { "Backup target": ["Up"], "Deploy target": ["Up"] } });
    expect(exitCode(screen), screen).toBe(0);
    expect(asked).toEqual(expect.arrayContaining(["Backend", "Backend directory", "Frontend", "Database", "Deploy target", "Backup target"]));
    // Inputs show their default in parentheses and Enter keeps it.
    expect(screen).toMatch(/^✔ Backend directory backend$/m);
    expect(screen).toMatch(/^✔ Database postgres \(detected\)$/m);
    const written = config(repo);
    expect(written.backend?.kind).toBe("django");
    expect(written.backend?.dir).toBe("backend");
    expect(written.frontend?.kind).toBe("nextjs");
    expect(written.database).toBe("postgres");
    // One step up from the defaults: "none" → "local", "compose" → "kubernetes".
    expect(written.backup?.target).toBe("local");
    expect(written.cloud).toBe("kubernetes");
    expect(readFileSync(join(repo, ".devops-baseline/manifest.json"), "utf8")).toContain(".github/dependabot.yml");
  });

  it("Ctrl-C at the first, an input and the last question leaves the repository untouched", async () => {
    // The number of questions, from a full run, so "last" stays last when questions are added.
    const probe = copyExample();
    const total = (await answerAll(open(["init", "--config-format", "json", "--cwd", probe], ROOT))).asked.length;
    expect(total).toBeGreaterThanOrEqual(8);

    const runs = [1, 2, total].map((at) => {
      const repo = copyExample();
      const before = snapshotTree(repo);
      const session = open(["init", "--cwd", repo], ROOT);
      return { at, repo, before, done: answerAll(session, { stop: { at, keys: ["C-c"] } }) };
    });
    for (const run of runs) {
      const { screen, asked } = await run.done;
      expect(asked.length, `stopped at question ${run.at}`).toBe(run.at);
      expect(exitCode(screen), screen).toBe(130);
      expect(screen).toContain("Cancelled; nothing was written.");
      expect(snapshotTree(run.repo)).toEqual(run.before);
    }
  });
});

describe("init without a terminal", () => {
  it("stdin from /dev/null in a terminal: fails at once, naming --yes, writing nothing", async () => {
    const repo = copyExample();
    const before = snapshotTree(repo);
    const session = open(["init", "--cwd", repo], ROOT, " </dev/null");
    const screen = await session.waitFor(/^EXIT=\d+$/m, 20_000);
    expect(exitCode(screen)).toBe(2);
    expect(screen).toContain("Pass --yes");
    expect(screen).not.toMatch(/^\? /m);
    expect(snapshotTree(repo)).toEqual(before);
  });

  it("as in CI (no TTY at all): never prompts, never hangs, exits 2 with the flag to pass", async () => {
    const repo = copyExample();
    const before = snapshotTree(repo);
    const tsx = join(ROOT, "node_modules/tsx/dist/loader.mjs");
    const child = spawn(process.execPath, ["--import", `file://${tsx}`, join(ROOT, "src/cli/main.ts"), "init", "--cwd", repo], {
      stdio: [openSync("/dev/null", "r"), "pipe", "pipe"],
      env: { ...process.env, CI: "true" },
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`init hung without a terminal; stderr so far:\n${stderr}`));
      }, 20_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/No terminal to ask questions in\. Pass --yes/);
    expect(snapshotTree(repo)).toEqual(before);
  });
});

it("tmux is installed (the terminal tests need it; .ci/run installs it)", () => {
  expect(execFileSync("tmux", ["-V"], { encoding: "utf8" })).toMatch(/^tmux \d/);
});
