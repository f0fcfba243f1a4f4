import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, snapshotTree } from "../helpers/cli.js";
import { cliCommand, exitCode, TmuxSession } from "./tmux.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const APP = new URL("../fixtures/apps/express-ts-outdir/", import.meta.url).pathname;
const WEAK = new URL("../fixtures/adopt/weak-express/", import.meta.url).pathname;
const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** The weak fixture after `init --yes`: its four DevOps files kept under eject. */
async function keptRepo(): Promise<string> {
  const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-adopt-tty-")), "orders");
  cpSync(APP, root, { recursive: true });
  mkdirSync(join(root, ".github/workflows"), { recursive: true });
  for (const file of [".github/workflows/ci.yml", ".github/dependabot.yml", "Dockerfile", "docker-compose.yml"]) cpSync(join(WEAK, file), join(root, file));
  await cli("init", "--cwd", root, "--yes");
  return root;
}

describe("adopt in a real terminal (tmux)", () => {
  it("asks per file after showing its delta and diff; a no keeps that file, Enter adopts", async () => {
    const root = await keptRepo();
    const session = new TmuxSession(cliCommand(["adopt", "--all", "--cwd", root]), ROOT);
    sessions.push(session);
    const first = await session.waitFor(/^\? Take over \.github\/dependabot\.yml/m);
    expect(first).toMatch(/fixes {8}DU003 line 4: updates\[0\] \(npm\) has no cooldown/);
    session.press("n", "Enter");
    for (const file of [".github/workflows/ci.yml", "Dockerfile", "docker-compose.yml"]) {
      await session.waitFor(new RegExp(`^\\? Take over ${file.replace(/[./]/g, "\\$&")}`, "m"));
      session.press("Enter");
    }
    const screen = await session.waitFor(/^EXIT=\d+$/m);
    expect(exitCode(screen), screen).toBe(0);
    const config = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as { eject: string[] };
    expect(config.eject).toEqual([".github/dependabot.yml"]);
    expect(readFileSync(join(root, "Dockerfile.orig"), "utf8")).toBe(readFileSync(join(WEAK, "Dockerfile"), "utf8"));
  });

  it("Ctrl-C at the first question leaves the repository untouched", async () => {
    const root = await keptRepo();
    const before = snapshotTree(root);
    const session = new TmuxSession(cliCommand(["adopt", "--all", "--cwd", root]), ROOT);
    sessions.push(session);
    await session.waitFor(/^\? Take over/m);
    session.press("C-c");
    const screen = await session.waitFor(/^EXIT=\d+$/m);
    expect(exitCode(screen), screen).toBe(130);
    expect(snapshotTree(root)).toEqual(before);
  });
});
