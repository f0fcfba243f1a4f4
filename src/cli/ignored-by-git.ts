import { lazyBuiltin } from "../lazy-builtin.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A file of ours that git would not commit, and the ignore rule that hides it. */
export interface IgnoredFile {
  readonly path: string;
  /** The rule's file and line, e.g. `.gitignore:3`. */
  readonly source: string;
  readonly pattern: string;
}

/**
 * Which of `paths` git would ignore: `git check-ignore` in a git work tree (every ignore file, global
 * excludes, files already tracked count as committed), else the root `.gitignore` read simply.
 */
export function ignoredByGit(root: string, paths: readonly string[]): IgnoredFile[] {
  if (paths.length === 0) return [];
  return insideGitWorkTree(root) ? checkIgnore(root, paths) : matchGitignore(readGitignore(root), paths);
}

function insideGitWorkTree(root: string): boolean {
  const result = lazyBuiltin.childProcess().spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: root, encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() === "true";
}

function checkIgnore(root: string, paths: readonly string[]): IgnoredFile[] {
  const result = lazyBuiltin.childProcess().spawnSync("git", ["check-ignore", "-v", "-z", "--stdin"], { cwd: root, input: paths.join("\0"), encoding: "utf8" });
  // 0: some path is ignored, 1: none; anything else (git missing, fatal) falls back to reading .gitignore.
  if (result.error || (result.status !== 0 && result.status !== 1)) return matchGitignore(readGitignore(root), paths);
  const fields = result.stdout.split("\0");
  const ignored: IgnoredFile[] = [];
  // -v -z: source, line, pattern, path; a negated pattern ("!x") that matched means the path is kept.
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [source = "", line = "", pattern = "", path = ""] = fields.slice(i, i + 4);
    if (pattern.startsWith("!") || source === "") continue;
    ignored.push({ path, source: `${source}:${line}`, pattern });
  }
  return ignored;
}

function readGitignore(root: string): string {
  try {
    return readFileSync(join(root, ".gitignore"), "utf8");
  } catch {
    return "";
  }
}

/**
 * The root `.gitignore` applied simply, for folders that are not (yet) git repositories: `*`, `?`,
 * `**`, a leading or inner `/` anchoring to the root, a trailing `/` for folders, `!` negation; the
 * last matching line wins, and a file inside an ignored folder stays ignored, as in git.
 */
export function matchGitignore(text: string, paths: readonly string[]): IgnoredFile[] {
  const rules = text.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.replace(/(?<!\\)\s+$/, "");
    if (line === "" || line.startsWith("#")) return [];
    const negated = line.startsWith("!");
    let body = negated ? line.slice(1) : line;
    const dirOnly = body.endsWith("/");
    if (dirOnly) body = body.slice(0, -1);
    const anchored = body.includes("/");
    body = body.replace(/^\//, "");
    return [{ line: index + 1, pattern: line, negated, dirOnly, regex: new RegExp(`^${anchored ? "" : "(?:.*/)?"}${globToRegex(body)}$`) }];
  });
  const ignored: IgnoredFile[] = [];
  for (const path of paths) {
    const segments = path.split("/");
    let verdict: (typeof rules)[number] | undefined;
    for (let depth = 1; depth <= segments.length; depth++) {
      const candidate = segments.slice(0, depth).join("/");
      const isDir = depth < segments.length;
      let last: (typeof rules)[number] | undefined;
      for (const rule of rules) if ((!rule.dirOnly || isDir) && rule.regex.test(candidate)) last = rule;
      // Git does not look inside an ignored folder, so no later rule can bring a file in it back.
      if (isDir && last && !last.negated) {
        verdict = last;
        break;
      }
      if (!isDir) verdict = last;
    }
    if (verdict && !verdict.negated) ignored.push({ path, source: `.gitignore:${verdict.line}`, pattern: verdict.pattern });
  }
  return ignored;
}

function globToRegex(glob: string): string {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      out += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "\\" && i + 1 < glob.length) out += escape(glob[++i]!);
    else out += escape(c);
  }
  return out;
}

const escape = (c: string): string => c.replace(/[.+^${}()|[\]\\]/g, "\\$&");

/** The warning init prints: the rule, and the negation line that lets git commit the file again. */
export function describeIgnored(file: IgnoredFile): string {
  return `${file.path} is ignored by git (${file.source}: ${file.pattern}), so it would never be committed and CI's drift check would not find it. Add \`!/${file.path}\` to .gitignore below that line${file.pattern.replace(/^!/, "").endsWith("/") ? ` (and un-ignore its folder: git cannot re-include a file inside an ignored folder)` : ""}, or commit it with git add -f.`;
}
