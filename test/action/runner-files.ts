import { readFileSync } from "node:fs";

export interface RunnerFiles {
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Reads `$GITHUB_OUTPUT` as the runner does: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end < 0) throw new Error(`output ${name}: no closing delimiter`);
      outputs[name!] = lines.slice(i + 1, end).join("\n");
      i = end;
      continue;
    }
    const eq = line.indexOf("=");
    if (eq < 0) throw new Error(`not an output line: ${line}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export function readRunnerFiles(env: NodeJS.ProcessEnv): RunnerFiles {
  return { outputs: parseOutputFile(readFileSync(env.GITHUB_OUTPUT!, "utf8")), summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8") };
}
