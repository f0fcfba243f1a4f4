// The subset of GitHub Actions expressions that generated workflows use, evaluated locally.
// https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
// Anything outside the subset throws UnsupportedExpressionError naming the expression: a silent
// guess would make a test pass for the wrong reason.

export type ExpressionValue = string | number | boolean | null | { readonly [key: string]: unknown } | readonly unknown[];

/** The contexts an expression may read, plus the job status for the status functions. */
export interface ExpressionContext {
  readonly contexts: Readonly<Record<string, unknown>>;
  /** Status of the job so far, read by success() / failure() / always() / cancelled(). */
  readonly jobStatus: "success" | "failure";
}

export class UnsupportedExpressionError extends Error {
  constructor(
    readonly expression: string,
    reason: string,
  ) {
    super(`Unsupported expression \${{ ${expression} }}: ${reason}`);
    this.name = "UnsupportedExpressionError";
  }
}

type Token =
  | { kind: "str"; value: string }
  | { kind: "num"; value: number }
  | { kind: "ident"; value: string }
  | { kind: "op"; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'") {
      let value = "";
      i += 1;
      for (;;) {
        if (i >= source.length) throw new UnsupportedExpressionError(source, "unterminated string");
        if (source[i] === "'" && source[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (source[i] === "'") {
          i += 1;
          break;
        } else {
          value += source[i];
          i += 1;
        }
      }
      tokens.push({ kind: "str", value });
    } else if (/[0-9]/.test(ch) || (ch === "-" && /[0-9]/.test(source[i + 1] ?? ""))) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ kind: "num", value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!;
      tokens.push({ kind: "ident", value: match[0] });
      i += match[0].length;
    } else {
      const two = source.slice(i, i + 2);
      if (["==", "!=", "&&", "||", "<=", ">="].includes(two)) {
        tokens.push({ kind: "op", value: two });
        i += 2;
      } else if ("!().[],<>*".includes(ch)) {
        tokens.push({ kind: "op", value: ch });
        i += 1;
      } else {
        throw new UnsupportedExpressionError(source, `unexpected character '${ch}'`);
      }
    }
  }
  return tokens;
}

const STATUS_FUNCTIONS = new Set(["always", "success", "failure", "cancelled"]);

/** Recursive-descent evaluator: or → and → equality → unary → postfix → primary. */
class Evaluator {
  private pos = 0;
  /** Set when the expression calls a status function (GitHub then skips the implicit success()). */
  usesStatusFunction = false;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly context: ExpressionContext,
  ) {}

  evaluate(): unknown {
    const value = this.or();
    if (this.pos < this.tokens.length) this.fail(`unexpected '${this.describe(this.tokens[this.pos]!)}'`);
    return value;
  }

  private fail(reason: string): never {
    throw new UnsupportedExpressionError(this.source, reason);
  }

  private describe(token: Token): string {
    return String(token.value);
  }

  private peekOp(value: string): boolean {
    const token = this.tokens[this.pos];
    return token?.kind === "op" && token.value === value;
  }

  private expectOp(value: string): void {
    if (!this.peekOp(value)) this.fail(`expected '${value}'`);
    this.pos += 1;
  }

  private or(): unknown {
    let left = this.and();
    while (this.peekOp("||")) {
      this.pos += 1;
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): unknown {
    let left = this.equality();
    while (this.peekOp("&&")) {
      this.pos += 1;
      const right = this.equality();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private equality(): unknown {
    const left = this.unary();
    for (const op of ["==", "!=", "<", ">", "<=", ">="]) {
      if (this.peekOp(op)) {
        this.pos += 1;
        const right = this.unary();
        return compare(op, left, right);
      }
    }
    return left;
  }

  private unary(): unknown {
    if (this.peekOp("!")) {
      this.pos += 1;
      return !truthy(this.unary());
    }
    return this.postfix();
  }

  private postfix(): unknown {
    const token = this.tokens[this.pos];
    if (token === undefined) this.fail("unexpected end");
    if (token.kind === "ident" && this.tokens[this.pos + 1]?.kind === "op" && this.tokens[this.pos + 1]!.value === "(") {
      return this.call(token.value);
    }
    let value: unknown;
    let path: string;
    if (token.kind === "ident") {
      this.pos += 1;
      if (token.value === "true" || token.value === "false") return token.value === "true";
      if (token.value === "null") return null;
      if (!(token.value in this.context.contexts)) {
        this.fail(`the '${token.value}' context is not available locally (available: ${Object.keys(this.context.contexts).join(", ")})`);
      }
      value = this.context.contexts[token.value];
      path = token.value;
    } else {
      return this.primary();
    }
    for (;;) {
      if (this.peekOp(".")) {
        this.pos += 1;
        const name = this.tokens[this.pos];
        if (name?.kind !== "ident") this.fail("expected a property name after '.'");
        this.pos += 1;
        path += `.${name.value}`;
        value = this.property(value, name.value, path);
      } else if (this.peekOp("[")) {
        this.pos += 1;
        const key = this.or();
        this.expectOp("]");
        path += `[${String(key)}]`;
        value = this.property(value, String(key), path);
      } else {
        return value;
      }
    }
  }

  /** Reads a property. A missing key of a known object is null (as on GitHub), except for the
   * contexts whose keys the runner knows fully (github, runner): there a miss means we do not emulate it. */
  private property(value: unknown, key: string, path: string): unknown {
    if (value === null || typeof value !== "object") return null;
    const record = value as Record<string, unknown>;
    if (key in record) return record[key];
    const root = path.split(/[.[]/)[0];
    if (root === "github" || root === "runner" || root === "job") this.fail(`'${path}' is not emulated locally`);
    return null;
  }

  private primary(): unknown {
    const token = this.tokens[this.pos]!;
    this.pos += 1;
    if (token.kind === "str" || token.kind === "num") return token.value;
    if (token.kind === "op" && token.value === "(") {
      const value = this.or();
      this.expectOp(")");
      return value;
    }
    return this.fail(`unexpected '${this.describe(token)}'`);
  }

  private call(name: string): unknown {
    this.pos += 2;
    const args: unknown[] = [];
    while (!this.peekOp(")")) {
      args.push(this.or());
      if (this.peekOp(",")) this.pos += 1;
      else if (!this.peekOp(")")) this.fail(`expected ',' or ')' in ${name}()`);
    }
    this.pos += 1;
    const lower = name.toLowerCase();
    if (STATUS_FUNCTIONS.has(lower)) {
      this.usesStatusFunction = true;
      if (lower === "always") return true;
      if (lower === "cancelled") return false;
      return lower === "success" ? this.context.jobStatus === "success" : this.context.jobStatus === "failure";
    }
    const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
    switch (lower) {
      case "format":
        return text(args[0]).replace(/\{(\d+)\}/g, (_m, n: string) => text(args[Number(n) + 1]));
      case "contains":
        return Array.isArray(args[0])
          ? args[0].some((item) => text(item).toLowerCase() === text(args[1]).toLowerCase())
          : text(args[0]).toLowerCase().includes(text(args[1]).toLowerCase());
      case "startswith":
        return text(args[0]).toLowerCase().startsWith(text(args[1]).toLowerCase());
      case "endswith":
        return text(args[0]).toLowerCase().endsWith(text(args[1]).toLowerCase());
      case "tojson":
        return JSON.stringify(args[0], null, 2);
      case "fromjson":
        return JSON.parse(text(args[0])) as unknown;
      default:
        return this.fail(`function ${name}() is not emulated locally`);
    }
  }
}

function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") return value.length > 0;
  return true;
}

/** GitHub compares strings case-insensitively, and coerces mixed types to numbers. */
function compare(op: string, left: unknown, right: unknown): boolean {
  let a: unknown = left;
  let b: unknown = right;
  if (typeof a === "string" && typeof b === "string") {
    a = a.toLowerCase();
    b = b.toLowerCase();
  } else if (typeof a !== typeof b || typeof a === "boolean") {
    a = toNumber(a);
    b = toNumber(b);
  }
  switch (op) {
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return (a as number) < (b as number);
    case ">":
      return (a as number) > (b as number);
    case "<=":
      return (a as number) <= (b as number);
    default:
      return (a as number) >= (b as number);
  }
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return Number.NaN;
}

/** Evaluates one expression (without the `${{ }}`). */
export function evaluateExpression(expression: string, context: ExpressionContext): unknown {
  return new Evaluator(expression, tokenize(expression), context).evaluate();
}

/** Evaluates an `if:` condition; as on GitHub, `success() &&` is implied unless a status function is called. */
export function evaluateCondition(condition: string | boolean | undefined, context: ExpressionContext): boolean {
  if (condition === undefined) return context.jobStatus === "success";
  if (typeof condition === "boolean") return condition && context.jobStatus === "success";
  const trimmed = condition.trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed)?.[1] ?? trimmed;
  const evaluator = new Evaluator(inner, tokenize(inner), context);
  const value = truthy(evaluator.evaluate());
  return evaluator.usesStatusFunction ? value : value && context.jobStatus === "success";
}

/** Replaces every `${{ … }}` in a string with its value, as GitHub does before a step runs. */
export function interpolate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => {
    const value = evaluateExpression(expression.trim(), context);
    if (value === null || value === undefined) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
