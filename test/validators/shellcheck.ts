import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "./finding.js";

/** A shell script to check, and where it came from (for the finding). */
export interface Script {
  readonly file: string;
  /** Where in the file: a step id, a template name. */
  readonly where: string;
  readonly text: string;
  readonly shell: "bash" | "sh";
}

interface ShellcheckComment {
  readonly file: string;
  readonly line: number;
  readonly code: number;
  readonly level: string;
  readonly message: string;
}

/** Debian's shellcheck over many scripts in one invocation (one process for the whole matrix). */
export async function shellcheckFindings(all: readonly Script[]): Promise<Finding[]> {
  // Identical scripts (the same install step in many workflows) are checked once, reported at the first.
  const byText = new Map<string, Script>();
  for (const s of all) if (!byText.has(`${s.shell}\n${s.text}`)) byText.set(`${s.shell}\n${s.text}`, s);
  const scripts = [...byText.values()];
  if (scripts.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), "shellcheck-"));
  try {
    const paths = await Promise.all(
      scripts.map(async (s, i) => {
        const path = join(dir, `${i}.sh`);
        await writeFile(path, `#!/usr/bin/env ${s.shell}\n${s.text}\n`);
        return path;
      }),
    );
    const out = await new Promise<string>((resolve, reject) => {
      // Exit 1 means "found something"; anything else is shellcheck failing.
      execFile("shellcheck", ["--format=json1", "--severity=style", ...paths], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && error.code !== 1) reject(new Error(`shellcheck failed: ${stderr || error.message}`));
        else resolve(stdout);
      });
    });
    const comments = (JSON.parse(out) as { comments: ShellcheckComment[] }).comments;
    return comments.map((c) => {
      const script = scripts[Number(/(\d+)\.sh$/.exec(c.file)?.[1])];
      return {
        tool: "shellcheck" as const,
        file: script?.file ?? c.file,
        line: c.line - 1,
        rule: `SC${c.code}`,
        message: `${script?.where ?? ""}: ${c.level}: ${c.message}`,
      };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
