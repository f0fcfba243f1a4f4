import type { BaselineConfig } from "../options/index.js";
import type { AppCandidate } from "./app-candidate.js";
import type { Finding } from "./detect-package-manager.js";
import { nodePackageManager, pythonPackageManager } from "./detect-package-manager.js";
import { detectName } from "./detect-name.js";
import { resolveServices } from "./resolve-services.js";
import { nodeVersion, pythonVersion } from "./detect-versions.js";
import { findMarkerApps, preferMarkerApps } from "./find-marker-apps.js";
import { findNodeApps } from "./find-node-apps.js";
import { findPythonApps } from "./find-python-apps.js";
import { splitImage } from "./parse-versions.js";
import { baseOf, dirOf, showDir } from "./paths.js";
import { pickApp } from "./pick-app.js";
import { indexRepo, type RepoIndex, type UnsupportedApp } from "./repo-index.js";
import type { Detection, Evidence, RepoSnapshot } from "./types.js";

type Config = { -readonly [K in keyof BaselineConfig]: BaselineConfig[K] };

/**
 * Proposes options for a repository from its paths and the few files `filesToRead` asked for.
 * Pure: the same snapshot always gives the same detection, and nothing here reads the disk.
 */
export function detectFromSnapshot(snapshot: RepoSnapshot): Detection {
  const index = indexRepo(snapshot);
  const evidence: Evidence[] = [];
  const note = (key: string, finding: Finding<string>) => evidence.push({ key, ...finding });
  const config: Config = {};

  const candidates = [...findPythonApps(index), ...preferMarkerApps(findNodeApps(index), findMarkerApps(index))];
  const backend = pickApp(candidates, "backend");
  const frontend = pickApp(candidates, "frontend");

  const name = detectName(index, backend.app?.language === "python" && backend.app.dir === ".");
  if (name) {
    config.name = name.value;
    note("name", name);
  }

  for (const picked of [backend, frontend]) if (picked.warning) index.warnings.push(picked.warning);
  index.warnings.push(...unsupportedWarnings(index.unsupported));
  config.backend = backend.app ? describeBackend(index, backend.app, note) : { kind: "none" };
  config.frontend = frontend.app ? describeFrontend(index, frontend.app, note) : { kind: "none" };
  if (!backend.app) {
    note("backend.kind", { value: "none", file: ".", reason: "no Django, FastAPI, Express or NestJS project was found" });
  }
  if (!frontend.app) {
    note("frontend.kind", { value: "none", file: ".", reason: "no Next.js or React + Vite project was found" });
  }
  // Unsupported frameworks were already named; "nothing recognisable" is for repositories with none.
  if (!backend.app && !frontend.app && index.unsupported.length === 0) {
    index.warnings.push(
      "Nothing recognisable was found (supported: django, fastapi, express, nestjs backends; nextjs, react-vite frontends); backend and frontend are none.",
    );
  }
  if (backend.app && frontend.app && backend.app.dir === frontend.app.dir) {
    index.warnings.push(
      `The ${backend.app.kind} backend and the ${frontend.app.kind} frontend share ${showDir(backend.app.dir)}; ` +
        "check that the frontend is a separate app and not the backend's asset build.",
    );
  }

  const services = resolveServices(index);
  for (const [key, finding] of services.findings) {
    config[key] = finding.value as never;
    note(key, finding);
  }
  index.warnings.push(...services.warnings);

  return { config, evidence, warnings: [...new Set(index.warnings)] };
}

type Note = (key: string, finding: Finding<string>) => void;

function describeBackend(index: RepoIndex, app: AppCandidate, note: Note): NonNullable<BaselineConfig["backend"]> {
  note("backend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("backend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const backend: { kind: AppCandidate["kind"]; dir: string; version?: string; packageManager?: string; port?: number } = {
    kind: app.kind,
    dir: app.dir,
  };
  const version = app.python ? pythonVersion(index, app.python) : app.node ? nodeVersion(index, app.node) : undefined;
  if (version) {
    backend.version = version.value;
    note("backend.version", version);
    warnIfEndOfLife(index, app.language, version);
  }
  const pm = app.python ? pythonPackageManager(index, app.python) : app.node ? nodePackageManager(index, app.node) : undefined;
  if (pm) {
    const finding = pm.file === "." ? { ...pm, file: app.file } : pm;
    backend.packageManager = finding.value;
    note("backend.packageManager", finding);
  }
  const port = backendPort(index, app);
  if (port) {
    backend.port = port.port;
    note("backend.port", { value: String(port.port), file: port.file, reason: `${port.file} exposes port ${port.port}` });
  }
  return backend as NonNullable<BaselineConfig["backend"]>;
}

function describeFrontend(index: RepoIndex, app: AppCandidate, note: Note): NonNullable<BaselineConfig["frontend"]> {
  note("frontend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("frontend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const frontend: { kind: AppCandidate["kind"]; dir: string; packageManager?: string; nodeVersion?: string } = { kind: app.kind, dir: app.dir };
  if (app.node) {
    const pm = nodePackageManager(index, app.node);
    if (pm) {
      frontend.packageManager = pm.value;
      note("frontend.packageManager", pm);
    }
    const version = nodeVersion(index, app.node);
    if (version) {
      frontend.nodeVersion = version.value;
      note("frontend.nodeVersion", version);
      warnIfEndOfLife(index, "node", version);
    }
  }
  return frontend as NonNullable<BaselineConfig["frontend"]>;
}

/**
 * The port the backend's Dockerfile EXPOSEs: the plain Dockerfile in its folder, else the one variant
 * there (Dockerfile.prod) whose base image is the backend's runtime.
 */
function backendPort(index: RepoIndex, app: AppCandidate): { port: number; file: string } | undefined {
  const here = index.dockerfiles.filter((d) => dirOf(d.file) === app.dir && d.facts.port !== undefined);
  const runtime = app.language === "python" ? /python|uv/ : /node|bun/;
  const chosen =
    here.find((d) => baseOf(d.file) === "Dockerfile") ??
    (() => {
      const variants = here.filter((d) => d.facts.images.some((image) => runtime.test(splitImage(image).path)));
      return variants.length === 1 ? variants[0] : undefined;
    })();
  return chosen?.facts.port === undefined ? undefined : { port: chosen.facts.port, file: chosen.file };
}

function dirReason(app: AppCandidate): string {
  const manifest = /(^|\/)(package\.json|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|[^/]*\.txt|[^/]*\.in)$/.test(app.dirFile);
  return manifest
    ? `${app.dirFile} declares the ${app.kind} app's dependencies, so ${showDir(app.dir)} is its folder`
    : `${app.dirFile} places the ${app.kind} app in ${showDir(app.dir)}`;
}

const SUPPORTED = { backend: "django, fastapi, express, nestjs", frontend: "nextjs, react-vite" } as const;

/** One warning per unsupported framework: "Vue frontends (a, b and 3 more) are not supported …". */
function unsupportedWarnings(apps: readonly UnsupportedApp[]): string[] {
  const groups = new Map<string, UnsupportedApp[]>();
  for (const app of apps) {
    const key = `${app.role}:${app.framework}`;
    groups.set(key, [...(groups.get(key) ?? []), app]);
  }
  return [...groups.values()].map((group) => {
    const { role, framework } = group[0] as UnsupportedApp;
    const files = group.map((a) => a.file);
    const listed = files.length > 3 ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more` : files.join(", ");
    const many = files.length > 1;
    return (
      `${framework} ${role}${many ? "s" : ""} (${listed}) ${many ? "are" : "is"} not supported by the baseline ` +
      `(supported ${role}s: ${SUPPORTED[role]}); ${many ? "they were" : "it was"} not proposed.`
    );
  });
}

/**
 * Versions below these reached end-of-life in 2025 or earlier (Node.js 18 in April, Python 3.9 in
 * October); a fixed line keeps detection pure, and the statement stays true as time passes.
 */
const OLDEST_MAINTAINED = { node: [20, 0], python: [3, 10] } as const;

/** A declared version is kept (the project runs on it), but an end-of-life one is worth a word. */
function warnIfEndOfLife(index: RepoIndex, language: "node" | "python", version: Finding<string>): void {
  const [major = 0, minor = 0] = version.value.split(".").map(Number);
  const [oldMajor, oldMinor] = OLDEST_MAINTAINED[language];
  if (major < oldMajor || (major === oldMajor && minor < oldMinor)) {
    const name = language === "node" ? "Node.js" : "Python";
    index.warnings.push(
      `${name} ${version.value} (from ${version.file}) reached end-of-life in 2025 or earlier; the baseline uses it as declared, so consider pinning a maintained version.`,
    );
  }
}
