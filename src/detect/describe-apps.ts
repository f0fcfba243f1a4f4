import type { BaselineConfig } from "../options/index.js";
import type { AppCandidate } from "./app-candidate.js";
import { nodePackageManager, pythonPackageManager, type Finding } from "./detect-package-manager.js";
import { nodeLockfileDir, pnpmVersion } from "./detect-pnpm-version.js";
import { nodeVersion, pythonVersion } from "./detect-versions.js";
import { splitImage } from "./parse-versions.js";
import { baseOf, dirOf, showDir } from "./paths.js";
import type { NodePackage } from "./read-package-json.js";
import type { RepoIndex } from "./repo-index.js";
import { detectGates } from "./detect-gates.js";
import { detectRuntime, type RuntimeFact } from "./runtime/index.js";
import { flyInternalPort, portInCommand, procfileWeb } from "./runtime/facts.js";

export type Note = (key: string, finding: Finding<string>) => void;

type Backend = { kind: AppCandidate["kind"]; dir: string; context?: string; version?: string; packageManager?: string; pnpmVersion?: string; port?: number; orm?: string; [fact: string]: unknown };
type Frontend = { kind: AppCandidate["kind"]; dir: string; context?: string; packageManager?: string; pnpmVersion?: string; nodeVersion?: string; [fact: string]: unknown };

/** The backend's options, each with the file that told it, and its health route when the app has one. */
export function describeBackend(index: RepoIndex, app: AppCandidate, note: Note): { backend: NonNullable<BaselineConfig["backend"]>; healthPath?: string } {
  note("backend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("backend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const backend: Backend = { kind: app.kind, dir: app.dir };
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
    // Only Node.js images build from a workspace root; Python ones build from backend.dir.
    if (app.language === "node") {
      const root = noteContext(index, app, finding, note, (context) => (backend.context = context), "backend");
      if (finding.value === "pnpm") notePnpmVersion(index, root, note, (v) => (backend.pnpmVersion = v), "backend");
    }
  }
  const orm = app.language === "node" ? nodeOrm(app) : undefined;
  if (orm) {
    backend.orm = orm.value;
    note("backend.orm", orm);
  }
  const runtime = detectRuntime(index, app);
  index.warnings.push(...runtime.warnings);
  let healthPath: string | undefined;
  for (const fact of runtime.facts) {
    if (fact.key === "port") continue;
    if (fact.key === "deploy.healthPath") healthPath = String(fact.value);
    else backend[fact.key] = fact.value;
    note(fact.key.startsWith("deploy.") ? fact.key : `backend.${fact.key}`, { value: showValue(fact.value), file: fact.file, reason: fact.reason });
  }
  if (!healthPath) {
    note("deploy.healthPath", { value: "(none)", file: app.file, reason: "no health route was found in the app's routes: probes ask for / and accept any status below 500" });
  }
  applyGates(index, app, backend, "backend", note);
  // Explicit intent first (an existing Dockerfile, fly.toml, a Procfile's bind), then the code's default.
  const port = declaredPort(index, app) ?? runtime.facts.find((f) => f.key === "port");
  if (port) {
    backend.port = Number(port.value);
    note("backend.port", { value: String(port.value), file: port.file, reason: port.reason });
  }
  return { backend: backend as NonNullable<BaselineConfig["backend"]>, ...(healthPath ? { healthPath } : {}) };
}

const showValue = (value: RuntimeFact["value"]): string => (Array.isArray(value) ? value.join(" ") : String(value));

/** The CI gates the repository's own configuration turns on, each with its tool; the rest off, with a recommendation. */
export function applyGates(index: RepoIndex, app: AppCandidate, target: Record<string, unknown>, role: string, note: Note): void {
  const gates: Record<string, string> = {};
  const tools: Record<string, string> = {};
  for (const finding of detectGates(index, app)) {
    gates[finding.gate] = finding.mode;
    note(`${role}.gates.${finding.gate}`, { value: finding.mode, file: finding.file, reason: finding.reason });
    if (finding.tool) {
      tools[finding.gate] = finding.tool;
      note(`${role}.tools.${finding.gate}`, { value: finding.tool, file: finding.file, reason: finding.reason });
    }
  }
  if (Object.keys(gates).length > 0) target.gates = gates;
  if (Object.keys(tools).length > 0) target.tools = tools;
}

/** A port the repository states for deployment: a Dockerfile's EXPOSE, fly.toml's internal_port, a Procfile bind. */
function declaredPort(index: RepoIndex, app: AppCandidate): RuntimeFact | undefined {
  const exposed = backendPort(index, app);
  if (exposed) return { key: "port", value: exposed.port, file: exposed.file, reason: `${exposed.file} exposes port ${exposed.port}` };
  const fly = flyInternalPort(index, app.dir);
  if (fly) return { key: "port", value: fly.port, file: fly.file, reason: `${fly.file} sets internal_port ${fly.port}` };
  const procfile = procfileWeb(index, app.dir);
  const bound = procfile ? portInCommand(procfile.line) : undefined;
  if (procfile && bound) return { key: "port", value: bound, file: procfile.file, reason: `${procfile.file}'s web process binds port ${bound}` };
  return undefined;
}

/** The frontend's options, each with the file that told it. */
export function describeFrontend(index: RepoIndex, app: AppCandidate, note: Note): NonNullable<BaselineConfig["frontend"]> {
  note("frontend.kind", { value: app.kind, file: app.file, reason: app.reason });
  note("frontend.dir", { value: app.dir, file: app.dirFile, reason: dirReason(app) });
  const frontend: Frontend = { kind: app.kind, dir: app.dir };
  if (app.node) {
    const pm = nodePackageManager(index, app.node);
    if (pm) {
      frontend.packageManager = pm.value;
      note("frontend.packageManager", pm);
      const root = noteContext(index, app, pm, note, (context) => (frontend.context = context), "frontend");
      if (pm.value === "pnpm") notePnpmVersion(index, root, note, (v) => (frontend.pnpmVersion = v), "frontend");
    }
    const version = nodeVersion(index, app.node);
    if (version) {
      frontend.nodeVersion = version.value;
      note("frontend.nodeVersion", version);
      warnIfEndOfLife(index, "node", version);
    }
  }
  const runtime = detectRuntime(index, app);
  index.warnings.push(...runtime.warnings);
  for (const fact of runtime.facts) {
    frontend[fact.key] = fact.value;
    note(`frontend.${fact.key}`, { value: showValue(fact.value), file: fact.file, reason: fact.reason });
  }
  applyGates(index, app, frontend, "frontend", note);
  return frontend as NonNullable<BaselineConfig["frontend"]>;
}

/**
 * A workspace member installs from the lockfile at the workspace root, so its image must build from
 * there, and CI keys its dependency cache on that lockfile: the folder of the nearest lockfile at or
 * above the app (else of the packageManager field) is the context. Returns the workspace root.
 */
export function noteContext(index: RepoIndex, app: { dir: string; node?: NodePackage | undefined }, pm: Finding<string>, note: Note, set: (context: string) => void, role: string): string {
  const lock = app.node ? nodeLockfileDir(index, app.node) : undefined;
  const root = lock?.value ?? dirOf(pm.file);
  const file = lock?.file ?? pm.file;
  if ((!lock && pm.file === ".") || root === app.dir) return app.dir;
  set(root);
  note(`${role}.context`, {
    value: root,
    file,
    reason: `${file} sits at the workspace root (${showDir(root)}), so ${role === "library" ? "CI installs from there" : `the ${role} image builds from there`} and keys its dependency cache on it`,
  });
  return root;
}

/** The pnpm version CI installs, or why it is left to the workspace root's packageManager field. */
export function notePnpmVersion(index: RepoIndex, root: string, note: Note, set: (version: string) => void, role: string): void {
  const found = pnpmVersion(index, root);
  if (found.value !== "(none)") set(found.value);
  note(`${role}.pnpmVersion`, found);
}

/** Prisma or TypeORM in the backend's own dependencies; the CI migration check follows it. */
function nodeOrm(app: AppCandidate): Finding<string> | undefined {
  const deps = app.node?.deps;
  if (!deps || !app.node) return undefined;
  const found = ["prisma", "@prisma/client", "typeorm", "@nestjs/typeorm"].find((name) => deps.has(name));
  if (!found) return undefined;
  const value = found.includes("prisma") ? "prisma" : "typeorm";
  return { value, file: app.node.file, reason: `${app.node.file} depends on ${found}` };
}

/**
 * The port the backend's Dockerfile EXPOSEs: the plain Dockerfile in its folder, else the one
 * production variant there (Dockerfile.api, not Dockerfile.dev) whose base image is the backend's runtime.
 */
function backendPort(index: RepoIndex, app: AppCandidate): { port: number; file: string } | undefined {
  const here = index.dockerfiles.filter((d) => dirOf(d.file) === app.dir && d.facts.port !== undefined);
  const runtime = app.language === "python" ? /python|uv/ : /node|bun/;
  const variants = here.filter(
    (d) => !/[.-](dev|development|local|test|ci|debug)$/i.test(baseOf(d.file)) && d.facts.images.some((image) => runtime.test(splitImage(image).path)),
  );
  const chosen = here.find((d) => baseOf(d.file) === "Dockerfile") ?? (variants.length === 1 ? variants[0] : undefined);
  return chosen?.facts.port === undefined ? undefined : { port: chosen.facts.port, file: chosen.file };
}

function dirReason(app: AppCandidate): string {
  const manifest = /(^|\/)(package\.json|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|[^/]*\.txt|[^/]*\.in)$/.test(app.dirFile);
  return manifest
    ? `${app.dirFile} declares the ${app.kind} app's dependencies, so ${showDir(app.dir)} is its folder`
    : `${app.dirFile} places the ${app.kind} app in ${showDir(app.dir)}`;
}

/**
 * Versions below these reached end-of-life in 2025 or earlier (Node.js 18 in April, Python 3.9 in
 * October); a fixed line keeps detection pure, and the statement stays true as time passes.
 */
export const OLDEST_MAINTAINED = { node: [20, 0], python: [3, 10] } as const;

/** A declared version is kept (the project runs on it), but an end-of-life one is worth a word. */
export function warnIfEndOfLife(index: RepoIndex, language: "node" | "python", version: Finding<string>): void {
  const [major = 0, minor = 0] = version.value.split(".").map(Number);
  const [oldMajor, oldMinor] = OLDEST_MAINTAINED[language];
  if (major < oldMajor || (major === oldMajor && minor < oldMinor)) {
    const name = language === "node" ? "Node.js" : "Python";
    index.warnings.push(
      `${name} ${version.value} (from ${version.file}) reached end-of-life in 2025 or earlier; the baseline uses it as declared, so consider pinning a maintained version.`,
    );
  }
}
