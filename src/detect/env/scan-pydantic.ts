import { callArgs, keywordArg } from "./call-args.js";
import { lineAt, literalValue, type EnvRead } from "./env-read.js";

/** Field types whose value is a credential or a URL that carries one. */
const SECRET_TYPES = /\b(SecretStr|SecretBytes|PostgresDsn|RedisDsn|AmqpDsn|MongoDsn|MySQLDsn|KafkaDsn|CockroachDsn|MariaDBDsn)\b/;

interface Field {
  readonly name: string;
  readonly type: string;
  /** What follows `=`, if anything. */
  readonly value?: string;
  readonly offset: number;
}

interface ModelClass {
  readonly name: string;
  readonly bases: string;
  readonly body: string;
  readonly bodyOffset: number;
}

/**
 * pydantic-settings: each field of a `BaseSettings` subclass is a variable named `env_prefix` + the
 * field name (or its alias, without the prefix); a field typed with another model of the same module
 * expands to `FIELD<env_nested_delimiter>SUB` for each of that model's fields.
 */
export function scanPydanticSettings(file: string, text: string): EnvRead[] {
  if (!/\bBaseSettings\b/.test(text)) return [];
  const classes = classesOf(text);
  const models = new Map(classes.map((c) => [c.name, c]));
  const reads: EnvRead[] = [];
  for (const cls of classes) {
    if (!/\bBaseSettings\b/.test(cls.bases)) continue;
    const prefix = (setting(cls.body, "env_prefix") ?? "").toUpperCase();
    const delimiter = setting(cls.body, "env_nested_delimiter");
    for (const field of fieldsOf(cls)) {
      const alias = aliasOf(field.value);
      const name = alias ?? `${prefix}${field.name.toUpperCase()}`;
      const line = lineAt(text, field.offset);
      const optional = hasDefault(field.value);
      const nested = delimiter ? models.get(field.type.replace(/\s*\|\s*None$/, "").trim()) : undefined;
      if (nested && !/\bBaseSettings\b/.test(nested.bases)) {
        for (const sub of fieldsOf(nested)) {
          const subName = `${name}${delimiter}${(aliasOf(sub.value) ?? sub.name).toUpperCase()}`;
          reads.push(fieldRead(file, subName, line, optional || hasDefault(sub.value), sub, `pydantic BaseSettings ${cls.name}.${field.name}.${sub.name}`));
        }
        continue;
      }
      reads.push(fieldRead(file, name, line, optional, field, `pydantic BaseSettings ${cls.name}.${field.name}`));
    }
  }
  return reads;
}

function fieldRead(file: string, name: string, line: number, optional: boolean, field: Field, via: string): EnvRead {
  const shown = defaultOf(field.value);
  return {
    name,
    file,
    line,
    hasDefault: optional,
    ...(optional && shown !== undefined ? { defaultValue: shown } : {}),
    ...(SECRET_TYPES.test(field.type) ? { secretUse: true } : {}),
    via,
  };
}

/** Top-level classes with their base list and indented body. */
function classesOf(text: string): ModelClass[] {
  const out: ModelClass[] = [];
  for (const m of text.matchAll(/^class\s+(\w+)\s*\(([^)]*)\)\s*:[^\n]*\n/gm)) {
    const start = m.index + m[0].length;
    const end = /^\S/m.exec(text.slice(start));
    out.push({ name: m[1]!, bases: m[2]!, body: text.slice(start, end ? start + end.index : undefined), bodyOffset: start });
  }
  return out;
}

/** Annotated attributes at the class body's first indentation level; ClassVar and model_config are not fields. */
function fieldsOf(cls: ModelClass): Field[] {
  const fields: Field[] = [];
  const indent = /^([ \t]+)\S/m.exec(cls.body)?.[1] ?? "    ";
  for (const m of cls.body.matchAll(new RegExp(`^${indent}([A-Za-z_]\\w*)\\s*:\\s*([^=\\n]+?)\\s*(?:=\\s*([^\\n]+))?$`, "gm"))) {
    const [, name, type, value] = m;
    if (!name || !type || name === "model_config" || /ClassVar/.test(type)) continue;
    fields.push({ name, type, ...(value ? { value: value.trim() } : {}), offset: cls.bodyOffset + m.index });
  }
  return fields;
}

/** `model_config = SettingsConfigDict(env_prefix="APP_")` or the v1 `class Config: env_prefix = "APP_"`. */
function setting(body: string, key: string): string | undefined {
  const match = new RegExp(`\\b${key}\\s*[=:]\\s*["']([^"']*)["']`).exec(body);
  return match?.[1];
}

/** `Field(alias="X")` or `Field(validation_alias="X")`: the variable's exact name. */
function aliasOf(value: string | undefined): string | undefined {
  const args = fieldArgs(value);
  if (!args) return undefined;
  const alias = keywordArg(args, "validation_alias") ?? keywordArg(args, "alias");
  return alias === undefined ? undefined : literalValue(alias);
}

function fieldArgs(value: string | undefined): string[] | undefined {
  if (!value || !/^Field\(/.test(value)) return undefined;
  return callArgs(value, value.indexOf("("));
}

/** A plain `= value`, `Field(value)`, `Field(default=…)` or `Field(default_factory=…)`; `Field(...)` is required. */
function hasDefault(value: string | undefined): boolean {
  if (value === undefined) return false;
  const args = fieldArgs(value);
  if (!args) return true;
  if (keywordArg(args, "default") !== undefined || keywordArg(args, "default_factory") !== undefined) return true;
  const first = args[0];
  return first !== undefined && !first.includes("=") && first !== "...";
}

function defaultOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const args = fieldArgs(value);
  const expr = args ? (keywordArg(args, "default") ?? (args[0] && !args[0].includes("=") ? args[0] : undefined)) : value;
  return expr === undefined ? undefined : literalValue(expr);
}
