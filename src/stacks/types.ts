import type { Backend, Database, FORMAT_TOOLS, Frontend, GateMode, GateName, LINT_TOOLS, PackageManager, TEST_TOOLS, TYPECHECK_TOOLS } from "../options/index.js";
import type { Step } from "../workflows/model.js";

/** Every stack the baseline knows: the backends and frontends of `options/choices.ts`, without "none". */
export type BackendStackId = Exclude<Backend, "none">;
export type FrontendStackId = Exclude<Frontend, "none">;
/** `library.kind: node` in the options: a package (library or CLI) that CI builds but nothing deploys. */
export type LibraryStackId = "node-library";
export type StackId = BackendStackId | FrontendStackId | LibraryStackId;

export type StackRole = "backend" | "frontend" | "library";
export type StackLanguage = "python" | "node";
/** CodeQL's language identifiers. @see https://codeql.github.com/docs/codeql-overview/supported-languages-and-frameworks/ */
export type CodeqlLanguage = "python" | "javascript-typescript";

/**
 * What a stack's CI facet is told about the repository: one service (the backend or the frontend)
 * with its directory, package manager and runtime version, plus the backing services present.
 */
export interface StackContext {
  /** Directory of the service, repository-relative (`.` = root). Commands run inside it. */
  readonly dir: string;
  readonly packageManager: PackageManager;
  /** Python version (python stacks) or Node.js major (node stacks). */
  readonly runtimeVersion: string;
  readonly database: Database;
  readonly cache: "redis" | "none";
  /** ORM of a Node.js backend (`backend.orm`); Python stacks know theirs. */
  readonly orm: "prisma" | "typeorm" | "none";
  /** Node.js: the repository's own migration script (`backend.migrateScript`), run instead of the ORM's command. */
  readonly migrateScript?: string;
  /** Node.js with TypeORM: the data source module the migration check reads (`backend.dataSource`). */
  readonly dataSource?: string;
  /** Node.js: the build script, when the app has one (the migrate script runs against its output). */
  readonly buildScript?: string;
  /** Where migrations run, relative to `dir` (manage.py's or alembic.ini's folder; `.` for most apps). */
  readonly migrationsDir: string;
  /** Build output folder relative to `dir` (frontend.outDir), whose client assets the bundle budget measures. */
  readonly buildDir: string;
  /** Node.js: the workspace root, where the lockfile and the `packageManager` field live (default: `dir`). */
  readonly workspaceRoot?: string;
  /** Node.js with pnpm: the version to install; unset = the workspace root's `packageManager`. */
  readonly pnpmVersion?: string;
  /** Each gate's mode: unset keeps the stack's standard check, enforced. */
  readonly gates: Readonly<Record<GateName, GateMode>>;
  /** The repository's own tool per gate; unset is the stack's standard one. */
  readonly tools: Readonly<GateTools>;
}

export interface GateTools {
  readonly lint?: (typeof LINT_TOOLS)[number];
  readonly format?: (typeof FORMAT_TOOLS)[number];
  readonly typecheck?: (typeof TYPECHECK_TOOLS)[number];
  readonly test?: (typeof TEST_TOOLS)[number];
}

/**
 * The CI knowledge of one stack: shell commands (run in `dir`) for each job of ci.yml.
 * Every command must exit non-zero on failure; no `|| true`.
 */
export interface StackCi {
  readonly codeqlLanguage: CodeqlLanguage;
  /** Runtime, package manager and dependency cache (actions/setup-*, keyed on the lockfile). */
  setup(ctx: StackContext): Step[];
  install(ctx: StackContext): string;
  lint(ctx: StackContext): string;
  /** Format check; undefined when the stack has no standard formatter and the repository configures none. */
  format?(ctx: StackContext): string | undefined;
  typecheck(ctx: StackContext): string;
  /** Fast tests, no service containers; undefined when the stack's tests need the services (Django's database). */
  unitTest(ctx: StackContext): string | undefined;
  /** Where the tests must run, relative to `dir`, when not there (Django's runner discovers from manage.py's folder). */
  testDir?(ctx: StackContext): string | undefined;
  /** Tests against PostgreSQL/PostGIS and Redis service containers; undefined when the stack has none. */
  integrationTest?(ctx: StackContext): string;
  /** What must run before `migrate`: the build, when the repository's migrate script runs the build output (as in the image). */
  migrateBuild?(ctx: StackContext): string | undefined;
  /** Apply migrations to the empty CI database; runs before `migrationCheck` and integration tests. */
  migrate?(ctx: StackContext): string | undefined;
  /** Fails when models and migrations disagree; undefined when the stack has no ORM convention. */
  migrationCheck?(ctx: StackContext): string | undefined;
  /** Production build of the client bundle (frontends). */
  build?(ctx: StackContext): string;
  /** Directory (inside `dir`) holding the built client assets whose size the budget limits. */
  bundleDir?(ctx: StackContext): string;
}

/**
 * One stack. Facets live in separate files of the stack's folder so each can grow on its own:
 * `src/stacks/<id>/ci.ts` (this `ci` facet, registry `src/stacks/index.ts`) and
 * `src/stacks/<id>/docker.ts` (the container facet, registry `src/components/docker/strategies.ts`).
 */
export interface Stack {
  readonly id: StackId;
  readonly role: StackRole;
  readonly language: StackLanguage;
  /** Human name for job names and docs. */
  readonly title: string;
  readonly ci: StackCi;
}
