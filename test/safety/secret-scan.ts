import { findSecrets } from "../../src/redact.js";

/** A reference to a secret kept elsewhere, not a secret: `${{ secrets.X }}`, `${VAR}`, `$VAR`, `{{ .Values.x }}`, `%(VAR)s`. */
const REFERENCE = /^(?:\$\(.*|[[{].*|\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}|%\([A-Za-z_]+\)s|)$/;

/** `password: value`, `DB_PASSWORD=value`, `"api_key": "value"`: a credential-named key with a literal value. */
const KEY_VALUE = /\b([A-Za-z_]*(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z_]*)["']?(?:[ \t]*=[ \t]*|:[ \t]+)(["']?)([^\s"',}\]]*)\2/gi;

/** Keys whose values name where a secret is (a file, an env var, a secret's name or ARN), never the secret. */
const POINTER_KEY = /(_file|_path|_ref|_name|_env|_arn|secretname|valuefrom|secretref|_id|keyref|_secret_name|_dir|_suffix|_prefix)$/i;
/** Values that are names or flags, not credentials: booleans, numbers, env-var names, paths, cloud resource IDs. */
const POINTER_VALUE =
  /^(?:true|false|null|none|read|write|required|optional|\d+|[A-Z][A-Z0-9_]*|\/[^\s]*|arn:[^\s]+|projects\/[^\s]+|[a-z0-9_-]+\.[a-z0-9_.[\]-]+|[a-z_][a-z0-9_]*\(.*)$/;
/** `${{ … }}` and `${…}` (with `:?message` forms) are references; they are folded to one token before scanning. */
const REFERENCES = /\$\{\{[\s\S]*?\}\}|\$\{[^}]*\}/g;

export interface SecretFinding {
  readonly path: string;
  readonly what: string;
  readonly excerpt: string;
}

/** Secret-looking values in a generated file. References to secrets and names of secrets are fine. */
export function scanForSecrets(path: string, content: string): SecretFinding[] {
  const findings: SecretFinding[] = findSecrets(content)
    .filter((what) => what !== "URL credentials")
    .map((what) => ({ path, what, excerpt: "" }));
  for (const match of content.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/@:]+)(?::([^\s/@]*))?@/gi)) {
    const password = match[2] ?? "";
    if (!REFERENCE.test(password)) findings.push({ path, what: "URL with a literal password", excerpt: match[0] });
  }
  // Comments and Markdown prose are the tool's own static text; values live in code and config lines.
  if (path.endsWith(".md")) return findings;
  const code = content
    .replace(REFERENCES, "$REF")
    .split("\n")
    .filter((line) => !/^\s*(#|\/\/|<!--|\*)/.test(line))
    .join("\n");
  for (const match of code.matchAll(KEY_VALUE)) {
    const [whole, key, , value] = match as unknown as [string, string, string, string];
    if (REFERENCE.test(value) || POINTER_KEY.test(key) || POINTER_VALUE.test(value)) continue;
    findings.push({ path, what: `literal value for ${key}`, excerpt: whole });
  }
  return findings;
}
