// The local toolchain that stands in for setup-* actions and for tools a Dockerfile installs:
// Python and Node from this machine, uv and poetry from the test virtualenv that
// scripts/test-setup.sh creates (created here when missing), pnpm installed once per version.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CACHE_DIR = join(REPO_ROOT, "node_modules/.cache/devops-baseline-test");
export const TOOLS_VENV = join(CACHE_DIR, "venv");

/** Runs `fn` under a cross-process lock (mkdir is atomic), so parallel test files do not race. */
export async function withLock<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = join(CACHE_DIR, `${name}.lock`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`lock ${lock} held for 5 minutes; remove it if stale`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The virtualenv with uv and poetry; created with `python3 -m venv` + pip when absent. */
export async function ensureToolsVenv(): Promise<string> {
  const bin = join(TOOLS_VENV, "bin");
  if (existsSync(join(bin, "uv")) && existsSync(join(bin, "poetry"))) return bin;
  return withLock("tools-venv", () => {
    if (!existsSync(join(bin, "python"))) execFileSync("python3", ["-m", "venv", TOOLS_VENV], { stdio: "pipe" });
    if (!existsSync(join(bin, "uv")) || !existsSync(join(bin, "poetry"))) {
      execFileSync(join(bin, "python"), ["-m", "pip", "install", "--quiet", "uv", "poetry"], { stdio: "pipe", timeout: 600_000 });
    }
    return bin;
  });
}

/** A folder holding only the named executables (symlinks), to put on PATH without the rest of their folder. */
export function shimDir(root: string, name: string, links: Readonly<Record<string, string>>): string {
  const dir = join(root, "shims", name);
  mkdirSync(dir, { recursive: true });
  for (const [linkName, target] of Object.entries(links)) {
    const link = join(dir, linkName);
    rmSync(link, { force: true });
    symlinkSync(target, link);
  }
  return dir;
}

/** True when every folder on the way to `path` and the file itself are executable by others. */
export function executableByAnyone(path: string): boolean {
  try {
    const real = realpathSync(path);
    let dir = real;
    for (;;) {
      if ((statSync(dir).mode & 0o001) === 0) return false;
      const parent = dirname(dir);
      if (parent === dir) return true;
      dir = parent;
    }
  } catch {
    return false;
  }
}

/**
 * A folder with `python`/`python3` for an image's Python: the image's major.minor when this machine
 * has one that a non-root image user can execute, else any such python3 (pyenv under a private
 * /root is not), else whatever python3 is on PATH. Returns the folder and the interpreter chosen.
 */
export function pythonShim(root: string, wanted?: string): { dir: string; python: string } {
  const onPath = execFileSync("bash", ["-c", "command -v python3 || true"]).toString().trim();
  const candidates = [
    ...(wanted ? [`/usr/local/bin/python${wanted}`, `/usr/bin/python${wanted}`] : []),
    onPath,
    "/usr/local/bin/python3",
    "/usr/bin/python3",
  ].filter((candidate) => candidate !== "" && existsSync(candidate));
  const python = candidates.find(executableByAnyone) ?? candidates[0] ?? "python3";
  const dir = join(root, "shims", "python");
  mkdirSync(dir, { recursive: true });
  for (const name of ["python", "python3"]) {
    const link = join(dir, name);
    rmSync(link, { force: true });
    symlinkSync(python, link);
  }
  return { dir, python };
}

/** Installs pnpm@<spec> once under the cache folder (npm registry) and returns its bin folder. */
export async function ensurePnpm(spec: string): Promise<string> {
  const safe = spec.replace(/[^A-Za-z0-9._-]/g, "_");
  const prefix = join(CACHE_DIR, "pnpm", safe);
  const bin = join(prefix, "node_modules", ".bin");
  if (existsSync(join(bin, "pnpm"))) return bin;
  return withLock(`pnpm-${safe}`, () => {
    if (!existsSync(join(bin, "pnpm"))) {
      mkdirSync(prefix, { recursive: true });
      writeFileSync(join(prefix, "package.json"), "{}\n");
      execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--silent", `pnpm@${spec}`], {
        stdio: "pipe",
        timeout: 300_000,
      });
    }
    return bin;
  });
}

/** `python3 --version` → "3.11". */
export function localPythonVersion(python = "python3"): string {
  const out = execFileSync(python, ["--version"]).toString().trim();
  return /(\d+\.\d+)/.exec(out)?.[1] ?? out;
}

/** Writes an executable script (for wrappers). */
export function writeExecutable(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}
