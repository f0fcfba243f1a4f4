import { moduleFile } from "../detect/runtime/facts.js";
import { indexRepo, type RepoIndex } from "../detect/repo-index.js";
import type { RepoSnapshot } from "../detect/types.js";
import { hasDatabase } from "../clouds/services.js";
import type { BaselineOptions } from "../options/index.js";
import { NEXT_CONFIG_NAMES, outputMode } from "../stacks/nextjs/detect-runtime.js";

/** Something a generated file points at in the repository, that must exist before the file is written. */
export interface UnresolvedReference {
  /** What is missing, repository-relative. */
  readonly missing: string;
  /** The generated file (or files) that would point at it. */
  readonly referrer: string;
  /** The option that decides it. */
  readonly option: string;
  readonly fix: string;
}

const join = (...parts: string[]): string => parts.filter((p) => p && p !== ".").join("/") || ".";

/** Lockfiles a locked install reads, by package manager; any one of a list will do. */
const LOCKFILES: Readonly<Record<string, readonly string[]>> = {
  pip: ["requirements.txt"],
  poetry: ["poetry.lock"],
  uv: ["uv.lock"],
  npm: ["package-lock.json", "npm-shrinkwrap.json"],
  pnpm: ["pnpm-lock.yaml"],
  yarn: ["yarn.lock"],
  bun: ["bun.lock", "bun.lockb"],
};

/** The only files whose text `unresolvedReferences` reads: package.json scripts and Next.js configs. */
export function referenceFilesToRead(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return name === "package.json" || (NEXT_CONFIG_NAMES as readonly string[]).includes(name);
  });
}

/**
 * Every path, module and script the baseline would reference in the repository that does not resolve.
 * Pure: a snapshot (paths plus the few files detection reads) and the options in, problems out.
 */
export function unresolvedReferences(options: BaselineOptions, snapshot: RepoSnapshot): UnresolvedReference[] {
  const index = indexRepo(snapshot);
  const problems: UnresolvedReference[] = [];
  const { backend, frontend } = options;
  if (backend.kind === "django" || backend.kind === "fastapi") pythonReferences(options, index, problems);
  if (backend.kind === "express" || backend.kind === "nestjs") {
    const build = backend.buildScript ?? (backend.kind === "nestjs" ? "build" : undefined);
    nodeReferences(index, backend.dir, backend.context, backend.packageManager, "backend", build ? [build] : [], problems);
  }
  if (frontend.kind !== "none") {
    nodeReferences(index, frontend.dir, frontend.context ?? frontend.dir, frontend.packageManager, "frontend", ["build"], problems);
    if (frontend.kind === "nextjs" && frontend.nextOutput !== "default") nextOutputReference(options, index, problems);
  }
  return problems;
}

function pythonReferences(options: BaselineOptions, index: RepoIndex, problems: UnresolvedReference[]): void {
  const { backend } = options;
  const dockerfile = join(backend.dir, "Dockerfile");
  const importRoot = join(backend.dir, backend.appDir);
  const [module] = backend.app.split(":");
  if (!module || !moduleFile(index, importRoot, module)) {
    problems.push({
      missing: `${join(importRoot, module?.split(".").join("/") ?? "")}.py`,
      referrer: `${dockerfile} (the server's CMD)`,
      option: "backend.app",
      fix: `set backend.app to the module:attribute that defines the application, and backend.appDir to the folder it imports from (run \`create-devops-baseline detect\`)`,
    });
  }
  if (backend.settingsModule && !moduleFile(index, join(backend.dir, backend.migrationsDir), backend.settingsModule)) {
    problems.push({ missing: `${join(backend.dir, backend.migrationsDir, backend.settingsModule.split(".").join("/"))}.py`, referrer: `${dockerfile} (DJANGO_SETTINGS_MODULE)`, option: "backend.settingsModule", fix: "set backend.settingsModule to the settings module production runs with" });
  }
  const migrations = join(backend.dir, backend.migrationsDir);
  if (backend.kind === "django" && !index.pathSet.has(join(migrations, "manage.py"))) {
    problems.push({ missing: join(migrations, "manage.py"), referrer: ".github/workflows/ci.yml and the deploy's migration task", option: "backend.migrationsDir", fix: "set backend.migrationsDir to manage.py's folder, relative to backend.dir" });
  }
  if (backend.kind === "fastapi" && hasDatabase(options) && !index.pathSet.has(join(migrations, "alembic.ini"))) {
    problems.push({ missing: join(migrations, "alembic.ini"), referrer: ".github/workflows/ci.yml and the deploy's migration task (alembic upgrade head)", option: "backend.migrationsDir", fix: "set backend.migrationsDir to alembic.ini's folder, relative to backend.dir (`alembic init` creates one)" });
  }
  const lock = LOCKFILES[backend.packageManager] ?? [];
  if (!lock.some((name) => index.pathSet.has(join(backend.dir, name)))) {
    problems.push({ missing: join(backend.dir, lock[0] ?? ""), referrer: `${dockerfile} (COPY before the locked install) and ci.yml`, option: "backend.packageManager", fix: `commit it, or set backend.packageManager to the one the project uses` });
  }
}

function nodeReferences(index: RepoIndex, dir: string, context: string, pm: string, role: string, scripts: readonly string[], problems: UnresolvedReference[]): void {
  const manifest = join(dir, "package.json");
  if (!index.pathSet.has(manifest)) {
    problems.push({ missing: manifest, referrer: `${join(dir, "Dockerfile")} and ci.yml`, option: `${role}.dir`, fix: `set ${role}.dir to the folder of the app's package.json` });
    return;
  }
  const lock = LOCKFILES[pm] ?? [];
  if (!lock.some((name) => index.pathSet.has(join(context, name)) || index.pathSet.has(join(dir, name)))) {
    problems.push({ missing: join(context, lock[0] ?? ""), referrer: `${join(dir, "Dockerfile")} (frozen install) and ci.yml`, option: `${role}.packageManager`, fix: `commit the lockfile, or set ${role}.packageManager (and ${role}.context for a workspace root)` });
  }
  const text = index.files.get(manifest);
  if (text === undefined) return;
  let declared: Record<string, unknown> = {};
  try {
    declared = ((JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts ?? {}) as Record<string, unknown>;
  } catch {
    return; // a broken package.json is detection's warning to give
  }
  for (const script of scripts) {
    if (typeof declared[script] !== "string") {
      problems.push({ missing: `the "${script}" script in ${manifest}`, referrer: `${join(dir, "Dockerfile")} and ci.yml (run without --if-present)`, option: role === "backend" ? "backend.buildScript" : `${role}.dir`, fix: role === "backend" ? `add it, or set backend.buildScript to the script that builds (false for none)` : `add a "${script}" script` });
    }
  }
}

function nextOutputReference(options: BaselineOptions, index: RepoIndex, problems: UnresolvedReference[]): void {
  const { frontend } = options;
  const config = NEXT_CONFIG_NAMES.map((name) => join(frontend.dir, name)).find((p) => index.pathSet.has(p));
  const text = config ? index.files.get(config) : undefined;
  const mode = text === undefined ? "default" : outputMode(text).value;
  if (mode === frontend.nextOutput) return;
  problems.push({
    missing: `output: "${frontend.nextOutput}" in ${config ?? join(frontend.dir, "next.config.js")}`,
    referrer: `${join(frontend.dir, "Dockerfile")} (${frontend.nextOutput === "standalone" ? "COPY .next/standalone" : `COPY ${frontend.outDir}/`})`,
    option: "frontend.nextOutput",
    fix: `set frontend.nextOutput to "${mode}" (what next.config builds), or set output: "${frontend.nextOutput}" in next.config`,
  });
}

/** One readable message for all of them, naming file, referrer and option. */
export function describeUnresolved(problems: readonly UnresolvedReference[]): string {
  return [
    `The baseline would reference ${problems.length === 1 ? "a file" : `${problems.length} things`} this repository does not have; nothing was written:`,
    ...problems.map((p) => `  - ${p.missing} is missing, referenced by ${p.referrer}. Option: ${p.option} — ${p.fix}.`),
  ].join("\n");
}
