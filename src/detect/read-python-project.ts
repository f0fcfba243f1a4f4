import { parse as parseToml } from "smol-toml";
import { firstLine, isRecord } from "./read-package-json.js";
import { baseOf, dirOf } from "./paths.js";

export interface PythonDependency {
  /** PEP 503 normalised name (lowercase, runs of -_. as one dash). */
  readonly name: string;
  readonly extras: readonly string[];
  readonly file: string;
}

/** A folder that declares a Python project, merged from every manifest in it. */
export interface PythonProject {
  readonly dir: string;
  readonly manifests: string[];
  name?: { readonly value: string; readonly file: string };
  readonly deps: PythonDependency[];
  /** A version range (requires-python, poetry's python) or a pin (Pipfile's python_version). */
  readonly pythonSpecs: { readonly spec: string; readonly file: string; readonly pinned: boolean }[];
  /** The manifest that shows poetry manages the project. */
  poetry?: string;
  /** The pyproject.toml with a [tool.uv] table. */
  uv?: string;
  pipfile?: string;
  /**
   * False only for a pyproject.toml that configures tools (ruff, black) and declares no project;
   * an unread manifest counts as declaring one.
   */
  declaresProject: boolean;
}

/** Python manifest names by what they are; requirements/*.txt belong to the folder above requirements/. */
export function pythonManifestDir(path: string): string | undefined {
  const name = baseOf(path);
  const dir = dirOf(path);
  if (["pyproject.toml", "Pipfile", "setup.py", "setup.cfg"].includes(name)) return dir;
  if (/^requirements.*\.(txt|in)$/i.test(name)) return dir;
  if (baseOf(dir).toLowerCase() === "requirements" && dir !== "." && /\.(txt|in)$/i.test(name)) return dirOf(dir);
  return undefined;
}

/** Groups every Python manifest by project folder and reads the ones whose contents were fetched. */
export function readPythonProjects(
  paths: readonly string[],
  files: ReadonlyMap<string, string>,
  warn: (file: string, message: string) => void,
): PythonProject[] {
  const projects = new Map<string, PythonProject>();
  // Main manifests first, so evidence names requirements.txt rather than requirements-dev.txt.
  const manifests = paths.flatMap((path) => {
    const dir = pythonManifestDir(path);
    return dir === undefined ? [] : [{ path, dir, rank: manifestRank(path) }];
  });
  manifests.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, dir } of manifests) {
    let project = projects.get(dir);
    if (!project) {
      project = { dir, manifests: [], deps: [], pythonSpecs: [], declaresProject: false };
      projects.set(dir, project);
    }
    project.manifests.push(path);
    const text = files.get(path);
    const name = baseOf(path);
    if (name !== "pyproject.toml" || text === undefined) project.declaresProject = true;
    if (text === undefined) continue;
    if (name === "pyproject.toml") readPyproject(project, path, text, warn);
    else if (name === "Pipfile") readPipfile(project, path, text, warn);
    else if (name.endsWith(".txt") || name.endsWith(".in")) readRequirements(project, path, text);
  }
  return [...projects.values()];
}

/** pyproject.toml, then main requirements, then Pipfile, then dev/test/docs requirements, then setup files. */
export function manifestRank(path: string): number {
  const name = baseOf(path).toLowerCase();
  if (name === "pyproject.toml") return 0;
  if (/(^|[-_./])(dev|test|tests|ci|lint|docs|local|typing|mypy)([-_.]|$)/.test(name)) return 3;
  if (name.endsWith(".txt") || name.endsWith(".in")) return name.startsWith("requirements.") ? 1 : 2;
  if (name === "pipfile") return 2;
  return 4;
}

export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** "psycopg[binary]>=3.1 ; python_version>'3'" → { name: "psycopg", extras: ["binary"] }. */
export function parseRequirement(spec: string): { name: string; extras: string[] } | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?/.exec(spec);
  if (!match?.[1]) return undefined;
  const extras = (match[2] ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
  return { name: normalisePythonName(match[1]), extras };
}

function readRequirements(project: PythonProject, file: string, text: string): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    if (line.startsWith("-")) {
      // Editable installs name themselves in #egg=; -r/-c/--hash lines name no package.
      const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(raw);
      if (egg?.[1]) project.deps.push({ name: normalisePythonName(egg[1]), extras: [], file });
      continue;
    }
    const req = parseRequirement(line);
    if (req) project.deps.push({ ...req, file });
  }
}

function readToml(file: string, text: string, warn: (file: string, message: string) => void): Record<string, unknown> | undefined {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    warn(file, `${file} is not valid TOML (${firstLine(error)}); it was skipped`);
    return undefined;
  }
}

function readPyproject(project: PythonProject, file: string, text: string, warn: (file: string, message: string) => void): void {
  const data = readToml(file, text, warn);
  if (!data) return;
  const pep621 = record(data.project);
  const tool = record(data.tool);
  const poetry = record(tool.poetry);
  const buildBackend = record(data["build-system"])["build-backend"];
  if (isRecord(data.project) || isRecord(tool.poetry) || isRecord(data["dependency-groups"])) project.declaresProject = true;

  const addSpecs = (list: unknown) => {
    for (const spec of strings(list)) {
      const req = parseRequirement(spec);
      if (req) project.deps.push({ ...req, file });
    }
  };
  addSpecs(pep621.dependencies);
  for (const group of Object.values(record(pep621["optional-dependencies"]))) addSpecs(group);
  for (const group of Object.values(record(data["dependency-groups"]))) addSpecs(group);

  const poetryTables = [poetry.dependencies, poetry["dev-dependencies"]];
  for (const group of Object.values(record(poetry.group))) poetryTables.push(record(group).dependencies);
  for (const table of poetryTables) {
    for (const [name, spec] of Object.entries(record(table))) {
      if (name.toLowerCase() === "python") {
        if (typeof spec === "string") project.pythonSpecs.push({ spec, file, pinned: false });
        continue;
      }
      project.deps.push({ name: normalisePythonName(name), extras: strings(record(spec).extras), file });
    }
  }

  if (typeof pep621["requires-python"] === "string") {
    project.pythonSpecs.push({ spec: pep621["requires-python"], file, pinned: false });
  }
  const name = typeof pep621.name === "string" ? pep621.name : typeof poetry.name === "string" ? poetry.name : undefined;
  if (name && !project.name) project.name = { value: name, file };
  if (Object.keys(poetry).length > 0 || (typeof buildBackend === "string" && buildBackend.startsWith("poetry"))) {
    project.poetry ??= file;
  }
  if (isRecord(tool.uv)) project.uv ??= file;
}

function readPipfile(project: PythonProject, file: string, text: string, warn: (file: string, message: string) => void): void {
  const data = readToml(file, text, warn);
  if (!data) return;
  project.pipfile = file;
  for (const section of [data.packages, data["dev-packages"]]) {
    for (const [name, spec] of Object.entries(record(section))) {
      project.deps.push({ name: normalisePythonName(name), extras: strings(record(spec).extras), file });
    }
  }
  const requires = record(data.requires);
  const pinned = requires.python_full_version ?? requires.python_version;
  if (typeof pinned === "string") project.pythonSpecs.push({ spec: pinned, file, pinned: true });
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
