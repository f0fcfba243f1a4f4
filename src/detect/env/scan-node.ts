import { balanced, callArgs, splitTopLevel } from "./call-args.js";
import { isPublicBuildVar } from "./classify-env.js";
import { lineAt, literalValue, VAR_NAME, withoutComments, type EnvRead } from "./env-read.js";

/**
 * Every environment variable one JavaScript/TypeScript module reads: `process.env.X`,
 * `process.env["X"]`, destructuring from `process.env`, `import.meta.env.VITE_X`, @nestjs/config's
 * `ConfigService.get("X")`, and the keys of zod, envalid and t3-env schemas. `?? x` and `|| x` are defaults.
 */
export function scanNode(file: string, source: string): EnvRead[] {
  const text = withoutComments(source, "node");
  const reads: EnvRead[] = [];
  const at = (offset: number) => lineAt(text, offset);
  const schema = schemaReads(file, text);
  const inSchema = new Set(schema.map((r) => r.name));
  reads.push(...schema);

  for (const m of text.matchAll(new RegExp(`\\bprocess\\.env(?:\\.(${VAR_NAME})|\\[\\s*["'\`](${VAR_NAME})["'\`]\\s*\\])`, "g"))) {
    const name = (m[1] ?? m[2])!;
    // t3-env's runtimeEnv maps each schema key to process.env: the schema already says whether it is required.
    if (inSchema.has(name)) continue;
    const fallback = fallbackAfter(text, m.index + m[0].length);
    reads.push({ name, file, line: at(m.index), hasDefault: true, ...(fallback !== undefined ? { defaultValue: fallback } : {}), ...buildTime(name), via: "process.env" });
  }
  for (const m of text.matchAll(/(?:const|let|var)\s*\{([^}]*)\}\s*=\s*process\.env\b/g)) {
    for (const part of splitTopLevel(m[1]!)) {
      const [key, fallback] = part.split("=").map((s) => s.trim());
      const name = key?.split(":")[0]?.trim();
      if (!name || !new RegExp(`^${VAR_NAME}$`).test(name) || name.startsWith("...")) continue;
      const shown = fallback === undefined ? undefined : literalValue(fallback);
      reads.push({ name, file, line: at(m.index), hasDefault: true, ...(shown !== undefined ? { defaultValue: shown } : {}), ...buildTime(name), via: "process.env destructuring" });
    }
  }
  for (const m of text.matchAll(new RegExp(`\\bimport\\.meta\\.env\\.(${VAR_NAME})`, "g"))) {
    // Vite exposes only VITE_* (plus its own MODE, DEV, PROD, BASE_URL, SSR) to client code.
    if (!isPublicBuildVar(m[1]!)) continue;
    const fallback = fallbackAfter(text, m.index + m[0].length);
    reads.push({ name: m[1]!, file, line: at(m.index), hasDefault: true, ...(fallback !== undefined ? { defaultValue: fallback } : {}), buildTime: true, via: "import.meta.env" });
  }
  if (/\bConfigService\b/.test(text)) {
    for (const m of text.matchAll(new RegExp(`\\.(get|getOrThrow)\\s*(?:<[^>()]*>)?\\(\\s*["'\`](${VAR_NAME})["'\`]`, "g"))) {
      const args = callArgs(text, m.index + m[0].indexOf("(")) ?? [];
      const fallback = args[1];
      const required = m[1] === "getOrThrow";
      const shown = fallback === undefined ? undefined : literalValue(fallback);
      // A dotted key ("database.host") names a config namespace, not a variable; the regex only takes plain names.
      reads.push({ name: m[2]!, file, line: at(m.index), hasDefault: !required, ...(shown !== undefined ? { defaultValue: shown } : {}), via: `ConfigService.${m[1]}` });
    }
  }
  return reads;
}

const buildTime = (name: string): { buildTime?: true } => (isPublicBuildVar(name) ? { buildTime: true } : {});

/** `?? "x"` or `|| "x"` right after a read: a literal default. */
function fallbackAfter(text: string, end: number): string | undefined {
  const match = /^\s*(?:\?\?|\|\|)\s*("[^"\n]*"|'[^'\n]*'|`[^`\n]*`|-?\d+(?:\.\d+)?|true|false)/.exec(text.slice(end, end + 200));
  return match ? literalValue(match[1]!) : undefined;
}

/** Keys of `cleanEnv(process.env, {…})` (envalid), `createEnv({ server, client, shared })` (t3-env), and `z.object({…})` parsed from process.env. */
function schemaReads(file: string, text: string): EnvRead[] {
  const reads: EnvRead[] = [];
  for (const m of text.matchAll(/\bcleanEnv\s*\(/g)) {
    const args = callArgs(text, m.index + m[0].length - 1);
    const spec = args?.[1];
    if (spec?.startsWith("{")) reads.push(...objectKeys(file, text, text.indexOf(spec, m.index), "envalid cleanEnv"));
  }
  for (const m of text.matchAll(/\bcreateEnv\s*\(\s*\{/g)) {
    const objectStart = m.index + m[0].length - 1;
    const body = balanced(text, objectStart) ?? "";
    for (const section of body.matchAll(/\b(server|client|shared)\s*:\s*\{/g)) {
      reads.push(...objectKeys(file, text, objectStart + 1 + section.index + section[0].length - 1, `t3-env ${section[1]}`));
    }
  }
  // zod without t3-env: an object schema that this module parses process.env with.
  if (/\.(safeParse|parse)\(\s*process\.env\s*\)/.test(text) && !/\bcreateEnv\s*\(/.test(text)) {
    for (const m of text.matchAll(/\bz\.object\s*\(\s*\{/g)) reads.push(...objectKeys(file, text, m.index + m[0].length - 1, "zod schema"));
  }
  return reads;
}

/** Each `KEY: validator` of the object literal at `open`: required unless optional, nullish or defaulted. */
function objectKeys(file: string, text: string, open: number, via: string): EnvRead[] {
  const body = balanced(text, open);
  if (body === undefined) return [];
  const reads: EnvRead[] = [];
  let cursor = open + 1;
  for (const entry of splitTopLevel(body)) {
    const offset = text.indexOf(entry, cursor);
    cursor = offset + entry.length;
    const m = new RegExp(`^["']?(${VAR_NAME})["']?\\s*:\\s*([\\s\\S]+)$`).exec(entry);
    if (!m) continue;
    const validator = m[2]!;
    const defaultExpr = /\.default\(\s*([^()]*?)\s*\)|\bdefault\s*:\s*([^,}]+)/.exec(validator);
    const hasDefault = Boolean(defaultExpr) || /\.(optional|nullish)\(\s*\)/.test(validator);
    const shown = defaultExpr ? literalValue((defaultExpr[1] ?? defaultExpr[2] ?? "").trim()) : undefined;
    reads.push({ name: m[1]!, file, line: lineAt(text, offset), hasDefault, ...(shown !== undefined ? { defaultValue: shown } : {}), ...buildTime(m[1]!), via });
  }
  return reads;
}
