import { DockerfileParser, type Instruction } from "dockerfile-ast";

/** One violation of the Dockerfile hardening list, with a 1-based line number. */
export interface DockerfileFinding {
  readonly rule: DockerfileRule;
  readonly line: number;
  readonly message: string;
}

export type DockerfileRule =
  | "multi-stage"
  | "pinned-base"
  | "non-root-final"
  | "healthcheck"
  | "no-add"
  | "no-secret-args"
  | "apt-hygiene"
  | "exec-form";

interface Stage {
  readonly name: string | undefined;
  readonly from: Instruction;
  readonly body: Instruction[];
}

const DIGEST = /@sha256:[0-9a-f]{64}$/;
const TAGGED_DIGEST = /^[^@\s]+:[^@\s/]+@sha256:[0-9a-f]{64}$/;
// Names that usually carry credentials; a value baked into ARG/ENV ends up in the image history.
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;

const lineOf = (i: Instruction): number => i.getRange().start.line + 1;

/** Everything after the keyword, flags included, continuation lines joined. */
function argsOf(lines: readonly string[], i: Instruction): string {
  const { start, end } = i.getRange();
  const text = lines
    .slice(start.line, end.line + 1)
    .map((line, n) => (n === end.line - start.line ? line.slice(0, end.character) : line))
    .join("\n");
  return text
    .slice(start.character)
    .replace(/^\s*\S+/, "")
    .replace(/\\\r?\n/g, " ")
    .replace(/\n\s*#[^\n]*/g, "")
    .trim();
}

function stagesOf(instructions: readonly Instruction[], args: (i: Instruction) => string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "FROM") {
      const parts = args(instruction).trim().split(/\s+/);
      const as = parts.findIndex((p) => p.toUpperCase() === "AS");
      stages.push({ name: as >= 0 ? parts[as + 1]?.toLowerCase() : undefined, from: instruction, body: [] });
    } else {
      stages.at(-1)?.body.push(instruction);
    }
  }
  return stages;
}

/** The FROM image reference, without `--platform` and `AS name`. */
function fromImage(fromArgs: string): string {
  return fromArgs
    .trim()
    .split(/\s+/)
    .filter((p) => !p.startsWith("--"))[0] ?? "";
}

function isExecForm(content: string): boolean {
  try {
    const parsed: unknown = JSON.parse(content.trim());
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => typeof p === "string");
  } catch {
    return false;
  }
}

/** Checks a Dockerfile against the baseline's hardening list (DESIGN.md section 4). */
export function checkDockerfile(content: string): DockerfileFinding[] {
  const findings: DockerfileFinding[] = [];
  const report = (rule: DockerfileRule, at: Instruction | number, message: string) =>
    findings.push({ rule, line: typeof at === "number" ? at : lineOf(at), message });
  const lines = content.split("\n");
  const args = (i: Instruction): string => argsOf(lines, i);
  const instructions = DockerfileParser.parse(content).getInstructions();
  const stages = stagesOf(instructions, args);

  if (stages.length < 2) report("multi-stage", stages[0]?.from ?? 1, "needs a build stage and a separate final stage");

  const stageNames = new Set<string>();
  stages.forEach((stage, index) => {
    const image = fromImage(args(stage.from));
    // FROM <earlier stage> inherits that stage's pin.
    if (!stageNames.has(image.toLowerCase()) && !TAGGED_DIGEST.test(image)) {
      report("pinned-base", stage.from, `FROM ${image} is not pinned by tag and digest (name:tag@sha256:…)`);
    }
    if (stage.name) stageNames.add(stage.name);
    stageNames.add(String(index));
  });

  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const text = args(instruction);
    if (keyword === "ADD") report("no-add", instruction, "use COPY; ADD fetches URLs and unpacks archives implicitly");
    if (keyword === "COPY") {
      const from = /--from=(\S+)/.exec(text)?.[1];
      if (from && !stageNames.has(from.toLowerCase()) && !DIGEST.test(from)) {
        report("pinned-base", instruction, `COPY --from=${from} copies from an image not pinned by digest`);
      }
    }
    if (keyword === "ARG" || keyword === "ENV") {
      const names = [...text.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)(?==|\s|$)/g)].map((m) => m[1]!);
      const declared = keyword === "ENV" && !text.includes("=") ? names.slice(0, 1) : names;
      for (const name of declared) {
        if (SECRET_NAME.test(name)) report("no-secret-args", instruction, `${keyword} ${name} looks like a secret; pass it at run time or via RUN --mount=type=secret`);
      }
    }
    if (keyword === "RUN") {
      if (/\bapt-get\s+(-\S+\s+)*install\b/.test(text)) {
        if (!text.includes("--no-install-recommends")) report("apt-hygiene", instruction, "apt-get install without --no-install-recommends");
        if (!/rm -rf \/var\/lib\/apt\/lists\/\*/.test(text)) report("apt-hygiene", instruction, "apt-get install without rm -rf /var/lib/apt/lists/* in the same RUN");
      }
      if (/\bapk\s+add\b/.test(text) && !text.includes("--no-cache")) report("apt-hygiene", instruction, "apk add without --no-cache");
    }
  }

  const final = stages.at(-1);
  if (final) {
    const users = final.body.filter((i) => i.getKeyword() === "USER");
    const user = users.at(-1);
    const who = user ? args(user).trim().split(":")[0] : undefined;
    if (!user || who === "root" || who === "0") {
      report("non-root-final", user ?? final.from, "the final stage must switch to a non-root USER");
    }
    const healthchecks = final.body.filter((i) => i.getKeyword() === "HEALTHCHECK");
    if (healthchecks.length === 0 || /^\s*NONE\b/i.test(args(healthchecks.at(-1)!))) {
      report("healthcheck", final.from, "the final stage needs a HEALTHCHECK");
    }
    const cmds = final.body.filter((i) => i.getKeyword() === "CMD" || i.getKeyword() === "ENTRYPOINT");
    if (cmds.length === 0) report("exec-form", final.from, "the final stage needs a CMD");
    for (const cmd of cmds) {
      if (!isExecForm(args(cmd))) report("exec-form", cmd, `${cmd.getKeyword()} must use exec form (JSON array) so signals reach the process`);
    }
    for (const hc of healthchecks) {
      const cmdPart = /\bCMD\s+(.*)$/s.exec(args(hc))?.[1];
      if (cmdPart !== undefined && !isExecForm(cmdPart)) report("exec-form", hc, "HEALTHCHECK CMD must use exec form");
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** The shell-form RUN commands of a Dockerfile, continuation lines joined, for shellcheck. */
export function runCommands(content: string): string[] {
  const lines = content.split("\n");
  return DockerfileParser.parse(content)
    .getInstructions()
    .filter((i) => i.getKeyword() === "RUN")
    .map((i) => argsOf(lines, i))
    .filter((text) => !text.startsWith("["));
}
