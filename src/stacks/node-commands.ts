import type { NodePackageManager } from "../options/index.js";
import { nodeSetup } from "./node-setup.js";
import type { StackContext, StackCi } from "./types.js";

const pm = (ctx: StackContext): NodePackageManager => {
  if (ctx.packageManager === "npm" || ctx.packageManager === "pnpm" || ctx.packageManager === "yarn" || ctx.packageManager === "bun") return ctx.packageManager;
  throw new Error(`${ctx.packageManager} is not a Node.js package manager`);
};

/** Install exactly the lockfile; fails when package.json and the lockfile disagree. */
export function nodeInstall(ctx: StackContext): string {
  switch (pm(ctx)) {
    case "npm":
      return "npm ci";
    case "pnpm":
      return "pnpm install --frozen-lockfile";
    case "yarn":
      // Yarn 2+ (a .yarnrc.yml) spells it --immutable; Yarn 1 --frozen-lockfile.
      return ["if [ -f .yarnrc.yml ]; then", "  yarn install --immutable", "else", "  yarn install --frozen-lockfile", "fi"].join("\n");
    case "bun":
      return "bun install --frozen-lockfile";
  }
}

/** A package.json script: `npm run lint`. */
export function nodeScript(ctx: StackContext, script: string): string {
  return `${pm(ctx)} run ${script}`;
}

/**
 * A package.json script that the project may not have (lint, tests): skipped, not failed, when absent.
 * npm, pnpm and Bun have `run --if-present`; Yarn (1 and 2+) has no such flag, so the shell asks package.json.
 */
export function nodeScriptIfPresent(ctx: StackContext, script: string): string {
  switch (pm(ctx)) {
    case "npm":
    case "pnpm":
    case "bun":
      return `${pm(ctx)} run --if-present ${script}`;
    case "yarn":
      return [
        `if node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' ${script}; then`,
        `  yarn run ${script}`,
        "else",
        `  echo "::notice::package.json has no ${script} script: skipped"`,
        "fi",
      ].join("\n");
  }
}

/** Type-check with the project's TypeScript, when it has a tsconfig.json (plain JavaScript has nothing to check). */
export function nodeTypecheck(ctx: StackContext, tscArgs: string): string {
  return [
    "if [ -f tsconfig.json ]; then",
    `  ${nodeExec(ctx, `tsc ${tscArgs}`)}`,
    "else",
    '  echo "::notice::no tsconfig.json: type-check skipped"',
    "fi",
  ].join("\n");
}

/** A binary from node_modules/.bin, never downloaded on the fly. */
export function nodeExec(ctx: StackContext, binAndArgs: string): string {
  switch (pm(ctx)) {
    case "npm":
      return `npx --no-install ${binAndArgs}`;
    case "pnpm":
      return `pnpm exec ${binAndArgs}`;
    case "yarn":
      return `yarn run ${binAndArgs}`;
    case "bun":
      return `bun run ${binAndArgs}`;
  }
}

// TypeORM's CLI needs the data source module; the NestJS/TypeORM docs' convention is src/data-source.ts.
const TYPEORM = "typeorm-ts-node-commonjs";
const TYPEORM_DATA_SOURCE = "src/data-source.ts";

/** Apply the migrations to the empty CI database: the repository's own script first, else the ORM's command. */
export function nodeMigrate(ctx: StackContext): string | undefined {
  if (ctx.migrateScript) return nodeScript(ctx, ctx.migrateScript);
  switch (ctx.orm) {
    case "prisma":
      return nodeExec(ctx, "prisma migrate deploy");
    case "typeorm":
      return nodeExec(ctx, `${TYPEORM} migration:run -d ${TYPEORM_DATA_SOURCE}`);
    case "none":
      return undefined;
  }
}

/**
 * Fails when the models changed without a migration: the migrated database is compared with the schema.
 * Prisma 7: `migrate diff --exit-code` exits 2 on a difference. TypeORM: `migration:generate --check` exits 1.
 */
export function nodeMigrationCheck(ctx: StackContext): string | undefined {
  switch (ctx.orm) {
    case "prisma":
      return nodeExec(ctx, 'prisma migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code');
    case "typeorm": {
      // A compiled data source (dist/data-source.js, built before the migrate script) needs no ts-node.
      const dataSource = ctx.dataSource ?? TYPEORM_DATA_SOURCE;
      const cli = /\.[cm]?js$/.test(dataSource) ? "typeorm" : TYPEORM;
      return nodeExec(ctx, `${cli} migration:generate src/migrations/ci-check -d ${dataSource} --check`);
    }
    case "none":
      return undefined;
  }
}

/** The lint gate: the repository's `lint` script, or its eslint/biome config run directly. */
/**
 * Many lint scripts fix instead of check (Nest's `eslint … --fix`): run as they are, a fixable error
 * would pass. In CI the checkout is clean, so a file the script changed is a finding.
 */
function failIfChanged(command: string, what: string): string {
  return [
    command,
    "if git rev-parse --is-inside-work-tree > /dev/null 2>&1 && ! git diff --quiet; then",
    `  echo "::error::The ${what} changed files (it fixes rather than checks); commit its fixes:"`,
    "  git diff --stat",
    "  exit 1",
    "fi",
  ].join("\n");
}

function nodeLint(ctx: StackContext): string {
  switch (ctx.tools.lint) {
    case "script":
      return failIfChanged(nodeScript(ctx, "lint"), "lint script");
    case "eslint":
      return nodeExec(ctx, "eslint .");
    case "biome":
      return nodeExec(ctx, "biome lint .");
    default:
      return nodeScriptIfPresent(ctx, "lint");
  }
}

/** The format gate: prettier or biome as configured, or the `format:check` script; no standard formatter otherwise. */
function nodeFormat(ctx: StackContext): string | undefined {
  switch (ctx.tools.format) {
    case "prettier":
      return nodeExec(ctx, "prettier --check .");
    case "biome":
      return nodeExec(ctx, "biome format .");
    case "script":
      return nodeScript(ctx, "format:check");
    default:
      return undefined;
  }
}

/** The type-check gate: the `typecheck` script, tsc over the tsconfig, or (unset) tsc when a tsconfig exists. */
export function nodeTypecheckGate(ctx: StackContext, tscArgs: string): string {
  switch (ctx.tools.typecheck) {
    case "script":
      return nodeScript(ctx, "typecheck");
    case "tsc":
      return nodeExec(ctx, `tsc ${tscArgs}`);
    default:
      return nodeTypecheck(ctx, tscArgs);
  }
}

/** What every Node.js stack shares: each gate with the repository's own tool or script. */
export const nodeCi = {
  codeqlLanguage: "javascript-typescript",
  // Version, lockfile and packageManager where the repository declares them (its workspace root).
  setup: nodeSetup,
  install: nodeInstall,
  lint: nodeLint,
  format: nodeFormat,
  typecheck: (ctx) => nodeTypecheckGate(ctx, "--noEmit"),
  unitTest: (ctx) => (ctx.tools.test === "script" ? nodeScript(ctx, "test") : nodeScriptIfPresent(ctx, "test")),
  migrate: nodeMigrate,
  migrateBuild: (ctx) => (ctx.migrateScript && ctx.buildScript ? nodeScript(ctx, ctx.buildScript) : undefined),
  migrationCheck: nodeMigrationCheck,
} satisfies Partial<StackCi>;
