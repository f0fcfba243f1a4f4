import type { RepoIndex } from "../repo-index.js";

/** One runtime fact for an option key, with the file that told it. */
export interface RuntimeFact {
  /** Dot path below the service (`app`, `appDir`, `port`) or at the root (`deploy.healthPath`). */
  readonly key: string;
  readonly value: string | number | boolean | readonly string[];
  readonly file: string;
  readonly reason: string;
}

/** What a stack's runtime detector returns: facts, and what the user should hear about. */
export interface RuntimeReport {
  readonly facts: RuntimeFact[];
  readonly warnings: string[];
}

export const emptyReport = (): RuntimeReport => ({ facts: [], warnings: [] });

/** `dir` relative to `base` (both repo-relative); `.` when equal. */
export function relativeDir(dir: string, base: string): string {
  if (dir === base) return ".";
  return base === "." ? dir : dir.slice(base.length + 1);
}

/** `config/settings/base.py` under root `.` → `config.settings.base`; a package's `__init__.py` is the package. */
export function pythonModuleOf(file: string, importRoot: string): string {
  const rel = importRoot === "." ? file : file.slice(importRoot.length + 1);
  return rel.replace(/\.py$/, "").replace(/\/__init__$/, "").split("/").join(".");
}

/** The file a dotted module resolves to below an import root, if the repository has it. */
export function moduleFile(index: RepoIndex, importRoot: string, module: string): string | undefined {
  const base = (importRoot === "." ? "" : `${importRoot}/`) + module.split(".").join("/");
  return [`${base}.py`, `${base}/__init__.py`].find((p) => index.pathSet.has(p));
}

/** The `web:` command of a Procfile in `dir` or the repository root. */
export function procfileWeb(index: RepoIndex, dir: string): { line: string; file: string } | undefined {
  for (const file of [dir === "." ? "Procfile" : `${dir}/Procfile`, "Procfile"]) {
    const match = /^web:\s*(.+)$/m.exec(index.files.get(file) ?? "");
    if (match?.[1]) return { line: match[1].trim(), file };
  }
  return undefined;
}

/** The port a command line binds (`--bind 0.0.0.0:8080`, `--port 8080`, `-p 8080`); `$PORT` is no port. */
export function portInCommand(line: string): number | undefined {
  const match = /(?:--bind[= ]|-b )\S*:(\d{2,5})\b|(?:--port[= ]|-p )(\d{2,5})\b/.exec(line);
  const port = Number(match?.[1] ?? match?.[2]);
  return port > 0 && port < 65536 ? port : undefined;
}

/** `internal_port` of fly.toml in the app's folder or the root. */
export function flyInternalPort(index: RepoIndex, dir: string): { port: number; file: string } | undefined {
  for (const file of [dir === "." ? "fly.toml" : `${dir}/fly.toml`, "fly.toml"]) {
    const match = /^\s*internal_port\s*=\s*(\d{2,5})/m.exec(index.files.get(file) ?? "");
    if (match) return { port: Number(match[1]), file };
  }
  return undefined;
}

