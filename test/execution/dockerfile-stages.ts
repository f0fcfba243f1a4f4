// A small Dockerfile reader for the image runner: stages, and per instruction its keyword, flags
// (`--from=…`, `--chown=…`, HEALTHCHECK's `--interval=…`) and arguments in shell or exec (JSON) form.
// https://docs.docker.com/reference/dockerfile/

export interface Instruction {
  readonly keyword: string;
  readonly flags: Readonly<Record<string, string>>;
  /** Arguments after the flags, as written (continuations joined). */
  readonly text: string;
  /** Exec form (`["a", "b"]`), when the arguments are a JSON array. */
  readonly exec?: readonly string[];
  readonly line: number;
}

export interface Stage {
  readonly index: number;
  readonly name?: string;
  /** The FROM image, or an earlier stage's name. */
  readonly base: string;
  readonly instructions: readonly Instruction[];
}

export class DockerfileError extends Error {
  constructor(line: number, message: string) {
    super(`Dockerfile line ${line}: ${message}`);
    this.name = "DockerfileError";
  }
}

/** Joins `\`-continued lines and drops comments (also those inside a continuation, as BuildKit does). */
function logicalLines(text: string): { line: number; content: string }[] {
  const out: { line: number; content: string }[] = [];
  const lines = text.split(/\r?\n/);
  let current: string | undefined;
  let start = 0;
  for (const [i, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed.startsWith("#") || (trimmed === "" && current === undefined)) continue;
    if (trimmed === "") continue;
    const continues = /\\\s*$/.test(raw);
    const piece = continues ? raw.replace(/\\\s*$/, "") : raw;
    if (current === undefined) {
      current = piece;
      start = i + 1;
    } else {
      current += ` ${piece.trim()}`;
    }
    if (!continues) {
      out.push({ line: start, content: current.trim() });
      current = undefined;
    }
  }
  if (current !== undefined) out.push({ line: start, content: current.trim() });
  return out;
}

function parseInstruction(line: number, content: string): Instruction {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(content)!;
  const keyword = match[1]!.toUpperCase();
  let rest = match[2]!;
  const flags: Record<string, string> = {};
  if (["COPY", "ADD", "RUN", "FROM", "HEALTHCHECK"].includes(keyword)) {
    for (;;) {
      const flag = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest);
      if (!flag) break;
      flags[flag[1]!] = flag[2] ?? "true";
      rest = rest.slice(flag[0].length);
    }
  }
  if (/^<<-?\w/.test(rest)) throw new DockerfileError(line, `${keyword} with a heredoc is not emulated`);
  let exec: string[] | undefined;
  if (rest.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) exec = parsed;
    } catch {
      // Not JSON: Docker runs it in shell form, so do we.
    }
  }
  return { keyword, flags, text: rest, exec, line };
}

export function parseDockerfile(text: string): Stage[] {
  const stages: { index: number; name?: string; base: string; instructions: Instruction[] }[] = [];
  for (const { line, content } of logicalLines(text)) {
    const instruction = parseInstruction(line, content);
    if (instruction.keyword === "FROM") {
      const [image, as, name] = instruction.text.split(/\s+/);
      stages.push({
        index: stages.length,
        name: as?.toUpperCase() === "AS" ? name : undefined,
        base: image!,
        instructions: [],
      });
    } else if (stages.length === 0) {
      if (instruction.keyword !== "ARG") throw new DockerfileError(line, `${instruction.keyword} before the first FROM`);
    } else {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  if (stages.length === 0) throw new DockerfileError(1, "no FROM");
  return stages;
}

/** Splits shell-form arguments on whitespace, honouring double and single quotes (ENV, EXPOSE, COPY). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === "\\" && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
    } else if (ch === "\\" && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** `ENV A=1 B="x y"` and the legacy `ENV A 1`. */
export function parseEnv(text: string): [string, string][] {
  const words = splitWords(text);
  if (words.length > 0 && !words[0]!.includes("=")) {
    const legacy = /^\S+\s+([\s\S]*)$/.exec(text.trim());
    return [[words[0]!, legacy?.[1] ?? ""]];
  }
  return words.map((word) => {
    const eq = word.indexOf("=");
    return [word.slice(0, eq), word.slice(eq + 1)];
  });
}

/** Docker's variable substitution in ENV/WORKDIR/COPY/USER/EXPOSE: $A, ${A}, ${A:-x}, ${A:+x}. */
export function substitute(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const value = vars[name];
    if (op === "-") return value ? value : (word as string);
    if (op === "+") return value ? (word as string) : "";
    return value ?? "";
  });
}

/** HEALTHCHECK timings in ms, with Docker's defaults. */
export function healthcheckTimings(flags: Readonly<Record<string, string>>) {
  const duration = (value: string | undefined, fallback: number) => {
    if (!value) return fallback;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
      total += Number(amount) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[unit!]!;
    }
    return total;
  };
  return {
    intervalMs: duration(flags.interval, 30_000),
    timeoutMs: duration(flags.timeout, 30_000),
    startPeriodMs: duration(flags["start-period"], 0),
    startIntervalMs: duration(flags["start-interval"], 5_000),
    retries: flags.retries ? Number(flags.retries) : 3,
  };
}
