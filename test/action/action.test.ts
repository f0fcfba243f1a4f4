import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { cli, copyExample } from "../helpers/cli.js";
import { readRunnerFiles, type RunnerFiles } from "./runner-files.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const execFileAsync = promisify(execFile);
/** `node --import tsx` from any folder: the loader by path, since the repo under test has no node_modules. */
const ENTRY = ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, join(ROOT, "src/action/index.ts")];

/** A repository with the baseline, as a workflow checks it out. */
async function baselineRepo(): Promise<string> {
  const repo = copyExample();
  expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
  return repo;
}

/** The variables the runner sets for a JavaScript action step. */
function runnerEnv(inputs: Record<string, string>): { env: NodeJS.ProcessEnv; files: () => RunnerFiles } {
  const dir = mkdtempSync(join(tmpdir(), "devops-baseline-action-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  for (const f of ["output", "summary"]) writeFileSync(join(dir, f), "");
  return { env, files: () => readRunnerFiles(env) };
}

describe("the action entry, run as a process with the runner's environment", () => {
  it("check on a repository without drift: exit 0, empty changed-files, a summary that says so", async () => {
    const repo = await baselineRepo();
    const { env, files } = runnerEnv({ command: "check", args: "", token: "" });
    const { stdout } = await execFileAsync(process.execPath, ENTRY, { cwd: repo, env });
    expect(stdout).toContain("create-devops-baseline check --json");
    expect(stdout).toContain("No drift: every owned file matches the config.");
    const { outputs, summary } = files();
    expect(outputs).toEqual({ "changed-files": "", "pr-url": "", "pr-urls": "", "exit-code": "0" });
    expect(summary).toContain("### create-devops-baseline check");
    expect(summary).toContain("**No drift**");
  });

  it("check on a drifted repository: exit 1, the file in changed-files, an error annotation and the diff in the summary", async () => {
    const repo = await baselineRepo();
    const path = join(repo, ".github/dependabot.yml");
    writeFileSync(path, readFileSync(path, "utf8").replace("interval: weekly", "interval: daily"));
    const { env, files } = runnerEnv({ command: "check", args: `--cwd "${repo}"` });
    const failure = await execFileAsync(process.execPath, ENTRY, { cwd: ROOT, env }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain("::error title=Baseline drift::1 owned file(s) differ");
    const { outputs, summary } = files();
    expect(outputs["changed-files"]).toBe(".github/dependabot.yml");
    expect(outputs["exit-code"]).toBe("1");
    expect(summary).toContain("| `.github/dependabot.yml` | keep-edited |");
    expect(summary).toMatch(/```diff\n[\s\S]*-\s+interval: daily\n[\s\S]*\+\s+interval: weekly/);
  });
});

describe("the committed bundle, run as GitHub runs it (node dist/action/index.js)", () => {
  it("reads a devops-baseline.config.ts and renders from templates/: the TS loader, lib.js and the templates come from the bundle", async () => {
    const repo = copyExample();
    writeFileSync(
      join(repo, "devops-baseline.config.ts"),
      'import { defineConfig } from "create-devops-baseline";\n\nexport default defineConfig({ backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" } });\n',
    );
    const { env, files } = runnerEnv({ command: "check", args: "" });
    const failure = await execFileAsync(process.execPath, [join(ROOT, "dist/action/index.js")], { cwd: repo, env }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // Nothing generated yet: every file is drift, so exit 1 — rendered by the bundle alone.
    expect(failure?.code, failure?.stderr).toBe(1);
    const changed = files().outputs["changed-files"]!.split("\n");
    // Dockerfiles come from Handlebars templates; ci.yml from the typed workflow model.
    expect(changed).toEqual(expect.arrayContaining(["backend/Dockerfile", "frontend/Dockerfile", ".github/workflows/ci.yml"]));
    expect(files().summary).toContain("| `backend/Dockerfile` | create |");
  });
});

describe("runAction", () => {
  const capture = (): { lines: string[]; output: { out(l: string): void; err(l: string): void } } => {
    const lines: string[] = [];
    return { lines, output: { out: (l) => lines.push(l), err: (l) => lines.push(l) } };
  };

  it("refuses a command that is not check, audit, resync or rollout, naming the allowed ones", async () => {
    const { env, files } = runnerEnv({ command: "synth" });
    const { lines, output } = capture();
    expect(await runAction(env, output)).toBe(2);
    expect(lines.join("\n")).toContain('::error title=create-devops-baseline::input "command": "synth" is not allowed. Allowed: check, audit, resync, rollout');
    expect(files().outputs["exit-code"]).toBe("2");
    expect(files().summary).toContain("**Bad input**");
  });

  it("masks the token before printing anything and hands it to the commands as GITHUB_TOKEN", async () => {
    const repo = await baselineRepo();
    const token = "ghs_0123456789abcdefSECRET";
    const { env } = runnerEnv({ command: "check", args: `-C ${repo}`, token });
    const { lines, output } = capture();
    expect(await runAction(env, output)).toBe(0);
    expect(lines[0]).toBe(`::add-mask::${token}`);
    expect(lines.slice(1).join("\n")).not.toContain(token);
    expect(env.GITHUB_TOKEN).toBe(token);
  });

  it("bad arguments reach the command and come back as exit 2 with its message in the summary", async () => {
    const { env, files } = runnerEnv({ command: "check", args: "--no-such-flag" });
    const { output } = capture();
    expect(await runAction(env, output)).toBe(2);
    expect(files().summary).toContain("unknown option '--no-such-flag'");
  });
});
