import { isDockerfile } from "./files-to-read.js";
import { visiblePaths } from "./ignore-paths.js";
import { baseOf, normalisePath } from "./paths.js";
import { readPackageJson, type NodePackage } from "./read-package-json.js";
import { readPythonProjects, type PythonProject } from "./read-python-project.js";
import { readDockerfile, type DockerfileFacts } from "./parse-versions.js";
import type { RepoSnapshot } from "./types.js";

/** A snapshot made ready for the detectors: paths filtered once, manifests parsed once. */
export interface RepoIndex {
  readonly paths: readonly string[];
  readonly pathSet: ReadonlySet<string>;
  readonly files: ReadonlyMap<string, string>;
  readonly nodePackages: readonly NodePackage[];
  readonly pythonProjects: readonly PythonProject[];
  readonly dockerfiles: readonly { readonly file: string; readonly facts: DockerfileFacts }[];
  /** Collected while reading; a broken manifest is a warning, never a crash. */
  readonly warnings: string[];
  /** Apps on frameworks the baseline has no pieces for, reported together at the end. */
  readonly unsupported: UnsupportedApp[];
  readonly folderName?: string;
}

export interface UnsupportedApp {
  readonly role: "backend" | "frontend";
  /** Framework display name: "Flask", "Vue". */
  readonly framework: string;
  readonly file: string;
}

/** Folders whose projects are samples or tooling, not the application being deployed. */
const NOT_THE_APP = new Set([
  "example", "examples", "sample", "samples", "demo", "demos", "playground", "sandbox", "docs", "doc",
  "test", "tests", "__tests__", "testing", "fixtures", "e2e", "cypress", "playwright", "benchmarks",
  "bench", "templates", "template", "scripts", "tools", "storybook", ".github", "extras",
]);

/** True when the path sits in an examples/, tests/, docs/… or hidden folder (also example-app/, demo_site/, templates). */
export function isOutsideApp(path: string): boolean {
  const segments = path.split("/");
  return segments.some((segment, i) => {
    const lower = segment.toLowerCase();
    // Hidden folders (.tmp, .cache, .history) hold copies and scratch work; .devcontainer's compose is
    // real. The last segment may be a file (.env.example), which is not a folder.
    const hidden = i < segments.length - 1 && lower.startsWith(".") && lower !== ".devcontainer";
    // "{{cookiecutter.project_slug}}" and friends: a project template, not an app.
    return hidden || NOT_THE_APP.has(lower) || /^(examples?|samples?|demos?)[-_.]/.test(lower) || lower.includes("{{");
  });
}

export function indexRepo(snapshot: RepoSnapshot): RepoIndex {
  const rawFiles = snapshot.files instanceof Map ? snapshot.files : new Map<string, string>();
  const rawPaths: string[] = Array.isArray(snapshot.paths) ? [...snapshot.paths] : [];
  rawPaths.push(...rawFiles.keys());
  const paths = visiblePaths(rawPaths);
  const pathSet = new Set(paths);
  const files = new Map<string, string>();
  for (const [raw, text] of rawFiles) {
    const path = typeof raw === "string" ? normalisePath(raw) : undefined;
    if (path && pathSet.has(path) && typeof text === "string") files.set(path, text);
  }

  const warnings: string[] = [];
  // Broken files in examples/ or templates/ (often placeholders) are not worth a warning.
  const warn = (file: string, message: string) => {
    if (!isOutsideApp(file)) warnings.push(message);
  };
  const nodePackages: NodePackage[] = [];
  for (const path of paths) {
    if (baseOf(path) !== "package.json") continue;
    const text = files.get(path);
    if (text === undefined) continue;
    const parsed = readPackageJson(path, text);
    if (parsed.ok) nodePackages.push(parsed.value);
    else warn(path, parsed.error);
  }
  const dockerfiles = paths
    .filter((p) => isDockerfile(baseOf(p)) && files.has(p))
    .map((file) => ({ file, facts: readDockerfile(files.get(file) ?? "") }));

  return {
    paths,
    pathSet,
    files,
    nodePackages,
    pythonProjects: readPythonProjects(paths, files, warn),
    dockerfiles,
    warnings,
    unsupported: [],
    ...(typeof snapshot.name === "string" && snapshot.name ? { folderName: snapshot.name } : {}),
  };
}
