// `.dockerignore` matching, roughly as BuildKit does it: patterns relative to the context root,
// `*`/`?`/`**`, `!` exceptions, the last matching pattern wins, and a pattern that matches a
// folder excludes what is inside it. https://docs.docker.com/build/concepts/context/#dockerignore-files
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Pattern {
  readonly regex: RegExp;
  readonly negate: boolean;
}

function toRegExp(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      // `**/` matches any number of folders, including none.
      if (pattern[i + 2] === "/") {
        out += "(?:.*/)?";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const end = pattern.indexOf("]", i);
      if (end === -1) out += "\\[";
      else {
        out += pattern.slice(i, end + 1).replace(/^\[!/, "[^");
        i = end;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}

export function parseDockerignore(text: string): Pattern[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const negate = line.startsWith("!");
      const body = (negate ? line.slice(1) : line).trim().replace(/^\/+/, "").replace(/\/+$/, "").replace(/^\.\//, "");
      return { regex: toRegExp(body), negate };
    });
}

/** Loads the `.dockerignore` of a context folder (none → nothing ignored). */
export function loadDockerignore(contextDir: string): (relativePath: string) => boolean {
  const file = join(contextDir, ".dockerignore");
  const patterns = existsSync(file) ? parseDockerignore(readFileSync(file, "utf8")) : [];
  return (relativePath) => isIgnored(patterns, relativePath);
}

export function isIgnored(patterns: readonly Pattern[], relativePath: string): boolean {
  const parts = relativePath.split("/").filter(Boolean);
  // The path itself and each parent folder: a matched folder takes its content with it.
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  let ignored = false;
  for (const pattern of patterns) {
    if (candidates.some((candidate) => pattern.regex.test(candidate))) ignored = !pattern.negate;
  }
  return ignored;
}
