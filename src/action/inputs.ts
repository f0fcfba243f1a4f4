import { badInput } from "../errors.js";

/** The commands the action runs; `synth`, `init` and `detect` have no place in a workflow step. */
export const ACTION_COMMANDS = ["check", "audit", "resync", "rollout"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export interface ActionInputs {
  readonly command: ActionCommand;
  readonly args: readonly string[];
  /** Empty when the workflow passed none. */
  readonly token: string;
  /** `audit`: where the SARIF report goes, and whether (and with which token) it is uploaded to code scanning. */
  readonly sarif: { readonly file: string; readonly upload: boolean; readonly token: string };
}

/** An input as the runner passes it: `INPUT_<NAME>`, upper-cased, spaces as underscores, trimmed. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const command = getInput(env, "command") || "check";
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw badInput(`input "command": "${command}" is not allowed. Allowed: ${ACTION_COMMANDS.join(", ")}`);
  }
  const upload = getInput(env, "upload-sarif") || "true";
  if (upload !== "true" && upload !== "false") throw badInput(`input "upload-sarif": "${upload}" is not allowed. Allowed: true, false`);
  return {
    command: command as ActionCommand,
    args: splitArgs(getInput(env, "args")),
    token: getInput(env, "token"),
    sarif: { file: getInput(env, "sarif-file") || "devops-baseline-audit.sarif", upload: upload === "true", token: getInput(env, "sarif-token") },
  };
}

/**
 * Splits `args` as a POSIX shell would split words, with single and double quotes and backslashes,
 * but without expanding anything: the value never reaches a shell.
 */
export function splitArgs(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word = (word ?? "") + c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word = (word ?? "") + text[++i];
      else word = (word ?? "") + c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= "";
    } else if (c === "\\" && i + 1 < text.length) {
      word = (word ?? "") + text[++i];
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (quote) throw badInput(`input "args": unterminated ${quote} quote in ${JSON.stringify(text)}`);
  if (word !== undefined) words.push(word);
  return words;
}
