// How the runner turns a `run:` step into a process, per GitHub's `shell` table:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell
// Unset everywhere → `bash -e {0}`; `shell: bash` → `bash --noprofile --norc -eo pipefail {0}`.

export interface ShellCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly extension: string;
}

export class UnsupportedShellError extends Error {
  constructor(shell: string) {
    super(`shell '${shell}' is not emulated (supported: bash, sh, python, or a custom command with {0})`);
    this.name = "UnsupportedShellError";
  }
}

export function shellCommand(shell: string | undefined, scriptPath: string): ShellCommand {
  switch (shell) {
    case undefined:
      return { command: "bash", args: ["-e", scriptPath], extension: ".sh" };
    case "bash":
      return { command: "bash", args: ["--noprofile", "--norc", "-eo", "pipefail", scriptPath], extension: ".sh" };
    case "sh":
      return { command: "sh", args: ["-e", scriptPath], extension: ".sh" };
    case "python":
      return { command: "python", args: [scriptPath], extension: ".py" };
    default: {
      if (!shell.includes("{0}")) throw new UnsupportedShellError(shell);
      const [command, ...rest] = shell.trim().split(/\s+/);
      if (command === "pwsh" || command === "powershell" || command === "cmd") throw new UnsupportedShellError(shell);
      return { command: command!, args: rest.map((arg) => (arg === "{0}" ? scriptPath : arg)), extension: ".sh" };
    }
  }
}

/** The extension GitHub gives the script file for a shell (python wants .py). */
export function scriptExtension(shell: string | undefined): string {
  return shell === "python" || shell?.startsWith("python ") ? ".py" : ".sh";
}
