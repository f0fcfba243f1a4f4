import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { RenderedFile } from "../../../src/synth/file-model.js";

const run = promisify(execFile);

/**
 * Debian's docker-compose 1.29 predates the top-level `name` key and stops at it without checking the
 * rest (DESIGN.md section 4). Exactly that line is left out of the copy it reads; the JSON Schema test
 * still checks `name`.
 */
export function withoutTopLevelName(text: string): string {
  const lines = text.split("\n");
  const kept = lines.filter((l) => !/^name: \S+$/.test(l));
  if (lines.length - kept.length > 1) throw new Error("more than one top-level name line");
  return kept.join("\n");
}

/** `.env` from `.env.example`: the documented values, and a URL-safe dummy for each empty secret. */
export function envFromExample(example: string): string {
  return example
    .split("\n")
    .map((l) => (/^[A-Z0-9_]+=$/.test(l) ? `${l}dummy0secret0value` : l))
    .join("\n");
}

/** Writes the rendered tree to a temp dir and runs `docker-compose -f <file> config -q` on each compose file. */
export async function composeConfigFindings(files: readonly RenderedFile[], editEnv: (env: string) => string = (e) => e): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "compose-"));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const example = files.find((f) => f.path === ".env.example");
  writeFileSync(join(dir, ".env"), editEnv(example ? envFromExample(example.content) : ""));
  mkdirSync(join(dir, "deploy/nginx/certs"), { recursive: true });
  const findings: string[] = [];
  for (const name of ["docker-compose.yml", "compose.prod.yml"]) {
    const rendered = files.find((f) => f.path === name);
    if (!rendered) continue;
    const checked = `checked-${name}`;
    writeFileSync(join(dir, checked), withoutTopLevelName(rendered.content));
    try {
      const { stdout, stderr } = await run("docker-compose", ["-f", checked, "config", "-q"], { cwd: dir });
      if (`${stdout}${stderr}`.trim()) findings.push(`${name}: ${stdout}${stderr}`.trim());
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      findings.push(`${name}: ${e.stderr ?? e.message}`.trim());
    }
  }
  return findings;
}
