// `uses:` steps, satisfied by the local toolchain. The checks that make the real actions fail
// before anything runs (no pnpm version, a cache-dependency-path that matches nothing) are
// reproduced, because those are failures the generated CI must not have.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ensurePnpm, ensureToolsVenv, localPythonVersion, shimDir } from "./toolchain.js";

export interface ActionContext {
  /** `owner/repo[/path]` without the `@ref`. */
  readonly action: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly workspace: string;
  readonly runnerTemp: string;
  /** setup-python's virtualenv, when the caller keeps one across jobs (default: fresh in runner temp). */
  readonly pythonVenvDir?: string;
  /** PATH as the step would see it (to find pnpm for setup-node's pnpm cache). */
  readonly path: string;
  addPath(dir: string): void;
  setEnv(name: string, value: string): void;
}

export interface ActionOutcome {
  readonly status: "passed" | "failed" | "skipped";
  /** What was done instead of the action, or why it failed. */
  readonly note: string;
  /** The action's own outputs that the runner can give (python-version, node-version, …). */
  readonly outputs?: Readonly<Record<string, string>>;
}

/** Actions whose work has no local meaning here; they are skipped and listed in the result. */
export const SKIPPED_ACTION_HINT = "not emulated: skipped";

/** The actions that runAction emulates; any other `uses:` is skipped (its inputs are not even evaluated). */
export const EMULATED_ACTIONS: ReadonlySet<string> = new Set([
  "actions/checkout",
  "actions/setup-python",
  "actions/setup-node",
  "astral-sh/setup-uv",
  "pnpm/action-setup",
]);

export async function runAction(context: ActionContext): Promise<ActionOutcome> {
  switch (context.action) {
    case "actions/checkout":
      return { status: "passed", note: "no-op: the workspace is the repository folder" };
    case "actions/setup-python":
      return setupPython(context);
    case "actions/setup-node":
      return setupNode(context);
    case "astral-sh/setup-uv":
      return setupUv(context);
    case "pnpm/action-setup":
      return setupPnpm(context);
    default:
      return { status: "skipped", note: SKIPPED_ACTION_HINT };
  }
}

function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if ([".git", "node_modules", ".venv", "__pycache__"].includes(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(relative(root, full));
    }
  };
  walk(root);
  return files;
}

/** Glob → RegExp for the patterns that actions accept (`*`, `**`, `?`). */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i]!;
    if (ch === "*" && glob[i + 1] === "*") {
      out += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else out += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}

/** Files of the workspace matching any line of a (multi-line) cache-dependency-path. */
function matchDependencyPaths(workspace: string, patterns: string): string[] {
  const globs = patterns
    .split(/\r?\n/)
    .map((p) => p.trim().replace(/^\.\//, ""))
    .filter(Boolean);
  const files = listFiles(workspace);
  return files.filter((file) => globs.some((glob) => globToRegExp(glob).test(file)));
}

async function setupPython(context: ActionContext): Promise<ActionOutcome> {
  const notes: string[] = [];
  const wanted = context.inputs["python-version"] ?? readVersionFile(context, context.inputs["python-version-file"]);
  // A fresh virtualenv per job stands in for the runner's fresh interpreter: pip installs stay out of this machine's Python.
  const venv = context.pythonVenvDir ?? join(context.runnerTemp, "setup-python-venv");
  if (!existsSync(join(venv, "bin", "python"))) {
    // `uv venv --seed` (pip included) takes half a second where `python3 -m venv` takes several.
    const python = execFileSync("bash", ["-c", "command -v python3"], { env: { ...process.env, PATH: context.path } }).toString().trim();
    try {
      const uv = join(await ensureToolsVenv(), "uv");
      execFileSync(uv, ["venv", "--seed", "--quiet", "--python", python, venv], { stdio: "pipe", env: { ...process.env, UV_PYTHON_DOWNLOADS: "never" } });
    } catch {
      execFileSync(python, ["-m", "venv", venv], { stdio: "pipe" });
    }
  }
  context.addPath(join(venv, "bin"));
  context.setEnv("pythonLocation", venv);
  const local = localPythonVersion(join(venv, "bin", "python"));
  if (wanted && !local.startsWith(wanted.replace(/\.x$/, "")) && !wanted.startsWith(local)) {
    notes.push(`asks for Python ${wanted}; running the local Python ${local}`);
  }
  if (context.inputs.cache) {
    const defaults = { pip: "**/requirements.txt", pipenv: "**/Pipfile.lock", poetry: "**/poetry.lock" } as Record<string, string>;
    const patterns = context.inputs["cache-dependency-path"] ?? defaults[context.inputs.cache] ?? "";
    if (matchDependencyPaths(context.workspace, patterns).length === 0) {
      return {
        status: "failed",
        note: `No file in ${context.workspace} matched to [${patterns}], make sure you have checked out the target repository`,
      };
    }
    notes.push(`cache ${context.inputs.cache}: key files found, cache itself not emulated`);
  }
  const fullVersion = execFileSync(join(venv, "bin", "python"), ["-c", "import platform; print(platform.python_version())"]).toString().trim();
  return {
    status: "passed",
    note: [`fresh virtualenv from the local python3 (${local})`, ...notes].join("; "),
    outputs: { "python-version": fullVersion, "python-path": join(venv, "bin", "python"), "cache-hit": "false" },
  };
}

function readVersionFile(context: ActionContext, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const path = join(context.workspace, file);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8").trim();
  if (file.endsWith("package.json")) {
    const json = JSON.parse(text) as { engines?: { node?: string }; volta?: { node?: string } };
    return json.volta?.node ?? json.engines?.node;
  }
  return text.split(/\r?\n/)[0]?.replace(/^v/, "");
}

function onPath(path: string, name: string): boolean {
  try {
    execFileSync("bash", ["-c", `command -v ${name}`], { env: { ...process.env, PATH: path }, stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

async function setupNode(context: ActionContext): Promise<ActionOutcome> {
  const notes: string[] = [];
  const wanted = context.inputs["node-version"] ?? readVersionFile(context, context.inputs["node-version-file"]);
  const local = process.versions.node;
  const wantedMajor = wanted ? /(\d+)/.exec(wanted)?.[1] : undefined;
  if (wantedMajor && wantedMajor !== local.split(".")[0]) notes.push(`asks for Node.js ${wanted}; running the local Node.js ${local}`);
  const cache = context.inputs.cache;
  if (cache) {
    if (cache === "pnpm" && !onPath(context.path, "pnpm")) {
      return { status: "failed", note: "Unable to locate executable file: pnpm (setup-node's pnpm cache needs pnpm set up first)" };
    }
    const patterns = context.inputs["cache-dependency-path"];
    if (patterns) {
      if (matchDependencyPaths(context.workspace, patterns).length === 0) {
        return { status: "failed", note: "Some specified paths were not resolved, unable to cache dependencies." };
      }
    } else {
      const lockfiles: Record<string, string[]> = {
        npm: ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock"],
        pnpm: ["pnpm-lock.yaml"],
        yarn: ["yarn.lock"],
      };
      const candidates = lockfiles[cache] ?? [];
      if (!candidates.some((file) => existsSync(join(context.workspace, file)))) {
        return {
          status: "failed",
          note: `Dependencies lock file is not found in ${context.workspace}. Supported file patterns: ${candidates.join(",")}`,
        };
      }
    }
    notes.push(`cache ${cache}: key files found, cache itself not emulated`);
  }
  return { status: "passed", note: [`local node ${local} on PATH`, ...notes].join("; "), outputs: { "node-version": `v${local}`, "cache-hit": "false" } };
}

async function setupUv(context: ActionContext): Promise<ActionOutcome> {
  const bin = await ensureToolsVenv();
  context.addPath(shimDir(context.runnerTemp, "uv", { uv: join(bin, "uv"), uvx: join(bin, "uvx") }));
  const local = execFileSync(join(bin, "uv"), ["--version"]).toString().trim();
  const wanted = context.inputs.version;
  const note = wanted && !local.includes(wanted) ? `; asks for uv ${wanted}` : "";
  return { status: "passed", note: `local ${local} from ${bin}${note}` };
}

/** pnpm/action-setup: `version` input, else the `packageManager` field; neither (or both, differing) is the action's own error. */
async function setupPnpm(context: ActionContext): Promise<ActionOutcome> {
  const manifestPath = join(context.workspace, context.inputs.package_json_file ?? "package.json");
  let fromManifest: string | undefined;
  if (existsSync(manifestPath)) {
    const packageManager = (JSON.parse(readFileSync(manifestPath, "utf8")) as { packageManager?: string }).packageManager;
    if (packageManager?.startsWith("pnpm@")) fromManifest = packageManager.slice(5).split("+")[0];
  }
  const fromInput = context.inputs.version;
  if (!fromInput && !fromManifest) {
    return {
      status: "failed",
      note:
        "No pnpm version is specified. Please specify it by one of the following ways: " +
        '- in the GitHub Action config with the key "version" - in the package.json with the key "packageManager"',
    };
  }
  if (fromInput && fromManifest && fromInput !== fromManifest) {
    return {
      status: "failed",
      note: `Multiple versions of pnpm specified: version ${fromInput} in the GitHub Action config, version pnpm@${fromManifest} in the package.json`,
    };
  }
  const spec = (fromInput ?? fromManifest)!;
  const bin = await ensurePnpm(spec);
  context.addPath(shimDir(context.runnerTemp, "pnpm", { pnpm: join(bin, "pnpm"), pnpx: join(bin, "pnpx") }));
  return { status: "passed", note: `pnpm@${spec} installed from the npm registry into the test cache` };
}
