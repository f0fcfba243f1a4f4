import { callArgs, keywordArg } from "./call-args.js";
import { lineAt, literalValue, VAR_NAME, withoutComments, type EnvRead } from "./env-read.js";
import { scanPydanticSettings } from "./scan-pydantic.js";

/** django-environ methods whose value is a connection URL with credentials. */
const ENVIRON_URL_METHODS = new Set(["db_url", "db", "cache_url", "cache", "email_url", "email", "search_url"]);
/** The variable django-environ's URL helpers read when called with no name. */
const ENVIRON_DEFAULT_NAMES: Readonly<Record<string, string>> = { db_url: "DATABASE_URL", db: "DATABASE_URL", cache_url: "CACHE_URL", cache: "CACHE_URL", email_url: "EMAIL_URL", email: "EMAIL_URL", search_url: "SEARCH_URL" };

/**
 * Every environment variable one Python module reads: `os.environ[…]`, `os.environ.get`, `os.getenv`,
 * django-environ (`env(…)`, `env.str/bool/int/list/db_url…`), python-decouple's `config(…)` and
 * pydantic `BaseSettings` fields. A read that raises when the variable is unset has no default.
 */
export function scanPython(file: string, source: string): EnvRead[] {
  const text = withoutComments(source, "python");
  const reads: EnvRead[] = [];
  const at = (offset: number) => lineAt(text, offset);
  const quoted = `[rbu]?["'](${VAR_NAME})["']`;

  for (const m of text.matchAll(new RegExp(`\\bos\\.environ\\[\\s*${quoted}\\s*\\]`, "g"))) {
    reads.push({ name: m[1]!, file, line: at(m.index), hasDefault: false, via: "os.environ[]" });
  }
  for (const m of text.matchAll(new RegExp(`\\bos\\.(environ\\.get|getenv)\\(\\s*${quoted}`, "g"))) {
    const args = callArgs(text, m.index + m[0].indexOf("(")) ?? [];
    const fallback = args[1] ?? keywordArg(args, "default");
    // Unset gives None, which the code handles: optional, with no value to show.
    reads.push({ name: m[2]!, file, line: at(m.index), hasDefault: true, ...withDefault(fallback), via: `os.${m[1]}` });
  }

  // django-environ: `env = environ.Env(…)`; the second positional argument is the cast, so only default= counts.
  // A split settings package declares it once and imports it (`from .base import env`).
  const environName = /^(\w+)\s*=\s*environ\.Env\(/m.exec(text)?.[1] ?? (/^\s*from\s+[\w.]+\s+import\s+(?:[^\n]*,\s*)?env\b/m.test(text) ? "env" : undefined);
  if (environName) {
    const call = new RegExp(`\\b${environName}(?:\\.(\\w+))?\\(`, "g");
    for (const m of text.matchAll(call)) {
      const method = m[1];
      if (method && !/^(str|bool|int|float|list|tuple|dict|json|url|path|db_url|db|cache_url|cache|email_url|email|search_url|decimal|bytes)$/.test(method)) continue;
      const args = callArgs(text, m.index + m[0].length - 1) ?? [];
      const first = literalName(args[0]);
      const name = first ?? (method ? ENVIRON_DEFAULT_NAMES[method] : undefined);
      if (!name) continue;
      const fallback = keywordArg(args, "default");
      reads.push({
        name,
        file,
        line: at(m.index),
        hasDefault: fallback !== undefined,
        ...withDefault(fallback),
        ...(method && ENVIRON_URL_METHODS.has(method) ? { secretUse: true } : {}),
        via: `django-environ ${environName}${method ? `.${method}` : ""}()`,
      });
    }
  }

  // python-decouple: `from decouple import config`; the second positional argument is the default.
  if (/from\s+decouple\s+import\s+[^\n]*\bconfig\b/.test(text)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w.])config\\(\\s*${quoted}`, "g"))) {
      const args = callArgs(text, m.index + m[0].indexOf("(")) ?? [];
      const fallback = args[1] && !args[1].includes("=") ? args[1] : keywordArg(args, "default");
      reads.push({ name: m[1]!, file, line: at(m.index), hasDefault: fallback !== undefined, ...withDefault(fallback), via: "decouple config()" });
    }
  }

  reads.push(...scanPydanticSettings(file, text));
  return reads;
}

function literalName(arg: string | undefined): string | undefined {
  const value = arg === undefined ? undefined : literalValue(arg);
  return value !== undefined && new RegExp(`^${VAR_NAME}$`).test(value) ? value : undefined;
}

/** The default to show, when the code gives a literal one (None shows as nothing). */
function withDefault(expr: string | undefined): { defaultValue?: string } {
  if (expr === undefined) return {};
  const value = literalValue(expr);
  return value === undefined ? {} : { defaultValue: value };
}
