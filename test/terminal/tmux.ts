import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = new URL("../../", import.meta.url).pathname;
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The CLI from source as a shell command line (tsx's loader by path: the repo under test has no node_modules). */
export function cliCommand(args: readonly string[]): string {
  return ["node", "--import", TSX, join(ROOT, "src/cli/main.ts"), ...args].map(quote).join(" ");
}

/**
 * A real pseudo-terminal: a tmux server of its own (own socket, no user config, UTF-8) running one
 * command line. The shell prints `EXIT=<code>` when it ends, then waits, so the screen stays readable.
 */
export class TmuxSession {
  private readonly socket = `cdb-${randomUUID().slice(0, 8)}`;

  constructor(commandLine: string, cwd: string) {
    this.tmux("new-session", "-d", "-s", "main", "-x", "160", "-y", "50", "-c", cwd, `${commandLine}; echo EXIT=$?; sleep 600`);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-u", "-L", this.socket, "-f", "/dev/null", ...args], {
      encoding: "utf8",
      env: { ...process.env, LANG: "C.UTF-8", TERM: "xterm-256color" },
    });
  }

  /** Everything the terminal showed, history included, wrapped lines joined. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "main");
  }

  /** Key names as tmux knows them: `Enter`, `Up`, `Down`, `C-c`. */
  press(...keys: readonly string[]): void {
    for (const key of keys) this.tmux("send-keys", "-t", "main", key);
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; the terminal shows:\n${screen}`);
      await sleep(100);
    }
  }

  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }
}

export function exitCode(screen: string): number | undefined {
  const match = /^EXIT=(\d+)$/m.exec(screen);
  return match ? Number(match[1]) : undefined;
}

/** The question waiting for an answer: inquirer shows `? Title` while asking and `✔ Title answer` after. */
export function activePrompt(screen: string): { title: string; answered: number } | undefined {
  const lines = screen.split("\n");
  const answered = lines.filter((l) => l.startsWith("✔ ")).length;
  const lastIndex = (prefix: string): number => lines.map((l) => l.startsWith(prefix)).lastIndexOf(true);
  const asking = lastIndex("? ");
  if (asking < 0 || asking < lastIndex("✔ ")) return undefined;
  return { title: lines[asking]!.slice(2).replace(/\s*\(.*$/, "").trim(), answered };
}

export interface Answers {
  /** Keys to press before Enter, by question title: `{ "Backup target": ["Up"] }`. */
  readonly keys?: Readonly<Record<string, readonly string[]>>;
  /** At the n-th question (1-based), press these keys instead of answering. */
  readonly stop?: { readonly at: number; readonly keys: readonly string[] };
}

/** Answers each question as it appears, until the command ends. Returns the final screen and the titles asked. */
export async function answerAll(session: TmuxSession, answers: Answers = {}, timeoutMs = 60_000): Promise<{ screen: string; asked: string[] }> {
  const asked: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const screen = session.screen();
    if (exitCode(screen) !== undefined) return { screen, asked };
    const prompt = activePrompt(screen);
    if (prompt && prompt.answered === asked.length) {
      asked.push(prompt.title);
      if (answers.stop?.at === asked.length) session.press(...answers.stop.keys);
      else session.press(...(answers.keys?.[prompt.title] ?? []), "Enter");
    }
    if (Date.now() > deadline) throw new Error(`timed out after asking ${asked.join(", ")}; the terminal shows:\n${screen}`);
    await sleep(100);
  }
}
