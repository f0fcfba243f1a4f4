import type { Finding } from "./detect-package-manager.js";
import { baseOf, dirOf, isWithin, joinPath, selfAndAncestors } from "./paths.js";
import { nodeFromImage, nodeFromRange, nodePin, pythonFromImage, pythonFromRange, pythonPin, readToolVersions } from "./parse-versions.js";
import type { NodePackage } from "./read-package-json.js";
import type { PythonProject } from "./read-python-project.js";
import type { RepoIndex } from "./repo-index.js";

type Version = Finding<string>;

/**
 * Python version of a project. Exact pins win (.python-version, runtime.txt, .tool-versions, Pipfile),
 * nearest folder first; then the Dockerfile that builds it; then requires-python's lower bound.
 */
export function pythonVersion(index: RepoIndex, project: PythonProject): Version | undefined {
  for (const dir of selfAndAncestors(project.dir)) {
    const pin =
      fromFile(index, joinPath(dir, ".python-version"), pythonPin, "pins Python") ??
      fromFile(index, joinPath(dir, "runtime.txt"), pythonPin, "pins Python") ??
      fromFile(index, joinPath(dir, ".tool-versions"), (t) => pythonPin(readToolVersions(t).get("python") ?? ""), "pins python");
    if (pin) return pin;
  }
  for (const spec of project.pythonSpecs.filter((s) => s.pinned)) {
    const value = pythonPin(spec.spec);
    if (value) return { value, file: spec.file, reason: `${spec.file} requires python_version ${spec.spec}` };
  }
  const docker = fromDockerfiles(index, project.dir, pythonFromImage, "Python");
  if (docker) return docker;
  for (const spec of project.pythonSpecs) {
    const value = pythonFromRange(spec.spec);
    if (value) return { value, file: spec.file, reason: `${spec.file} requires Python "${spec.spec}"; its lowest allowed version is ${value}` };
  }
  return undefined;
}

/**
 * Node.js major version of a package. Exact pins win (.nvmrc, .node-version, .tool-versions, Volta),
 * nearest folder first; then the Dockerfile that builds it; then engines.node's lower bound.
 */
export function nodeVersion(index: RepoIndex, pkg: NodePackage): Version | undefined {
  const packages = new Map(index.nodePackages.map((p) => [p.dir, p]));
  for (const dir of selfAndAncestors(pkg.dir)) {
    const tools = (t: string) => {
      const entries = readToolVersions(t);
      return nodePin(entries.get("nodejs") ?? entries.get("node") ?? "");
    };
    const pin =
      fromFile(index, joinPath(dir, ".nvmrc"), nodePin, "pins Node.js") ??
      fromFile(index, joinPath(dir, ".node-version"), nodePin, "pins Node.js") ??
      fromFile(index, joinPath(dir, ".tool-versions"), tools, "pins nodejs");
    if (pin) return pin;
    const volta = packages.get(dir)?.voltaNode;
    const voltaMajor = volta && nodePin(volta);
    if (voltaMajor) return { value: voltaMajor, file: joinPath(dir, "package.json"), reason: `${joinPath(dir, "package.json")} pins Node.js ${volta} with Volta` };
  }
  const docker = fromDockerfiles(index, pkg.dir, nodeFromImage, "Node.js");
  if (docker) return docker;
  for (const dir of selfAndAncestors(pkg.dir)) {
    const engines = packages.get(dir)?.enginesNode;
    const value = engines && nodeFromRange(engines);
    if (value) {
      const file = joinPath(dir, "package.json");
      return { value, file, reason: `${file} has engines.node "${engines}"; its lowest allowed major is ${value}` };
    }
  }
  return undefined;
}

function fromFile(index: RepoIndex, file: string, read: (text: string) => string | undefined, what: string): Version | undefined {
  const text = index.files.get(file);
  const value = text === undefined ? undefined : read(text);
  return value ? { value, file, reason: `${file} ${what} ${value}` } : undefined;
}

/**
 * A version from base images: Dockerfiles inside the project first, then directly in the folders
 * above it, then anywhere else when all of those agree (docker/ or compose/ folders).
 */
function fromDockerfiles(index: RepoIndex, dir: string, fromImage: (image: string) => string | undefined, language: string): Version | undefined {
  const withVersion = index.dockerfiles
    .map(({ file, facts }) => {
      // The last stage that names the runtime is the one that ships.
      const image = [...facts.images].reverse().find((i) => fromImage(i));
      return image ? { file, image, value: fromImage(image) as string } : undefined;
    })
    .filter((d) => d !== undefined);
  const reason = (d: { file: string; image: string; value: string }, extra = "") =>
    ({ value: d.value, file: d.file, reason: `${d.file} builds FROM ${d.image}, so ${language} ${d.value}${extra}` });
  // A plain Dockerfile beats variants (Dockerfile.dev, Dockerfile.pnpm) in the same project.
  const rank = (file: string) => (baseOf(file) === "Dockerfile" ? 0 : 1) * 1000 + file.length;
  const inside = withVersion.filter((d) => isWithin(d.file, dir) && dir !== ".").sort((a, b) => rank(a.file) - rank(b.file))[0];
  if (inside) return reason(inside);
  const ancestors = new Set(selfAndAncestors(dir));
  const above = withVersion.filter((d) => ancestors.has(dirOf(d.file))).sort((a, b) => rank(a.file) - rank(b.file))[0];
  if (above) return reason(above);
  const values = new Set(withVersion.map((d) => d.value));
  const only = withVersion[0];
  if (only && values.size === 1) return reason(only, " (the only version the repository's Dockerfiles use)");
  return undefined;
}
