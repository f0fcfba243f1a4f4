// The files a step writes to talk to the runner: GITHUB_OUTPUT, GITHUB_ENV (name=value or
// name<<DELIMITER heredocs) and GITHUB_PATH (one directory a line).
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import { existsSync, readFileSync } from "node:fs";

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file; a malformed line throws (the real runner fails the step too). */
export function parseKeyValueFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const values: Record<string, string> = {};
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) {
        body.push(lines[i]!);
        i += 1;
      }
      if (i >= lines.length) throw new Error(`${path}: no closing '${delimiter}' for '${name}'`);
      values[name] = body.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`${path}: invalid line '${line}' (expected name=value or name<<DELIMITER)`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** Parses GITHUB_PATH: each line is a directory to prepend to PATH for the next steps. */
export function parsePathFile(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
