import { describe, expect, it } from "vitest";
import { BACKENDS, FRONTENDS, NODE_PACKAGE_MANAGERS, PYTHON_PACKAGE_MANAGERS } from "../../src/options/index.js";
import { STACKS, stack, type StackContext } from "../../src/stacks/index.js";
import { migrationCommand } from "../../src/clouds/index.js";
import { parseOptions } from "../../src/options/index.js";

const ctx = (packageManager: StackContext["packageManager"], more: Partial<StackContext> = {}): StackContext => ({
  dir: ".",
  migrationsDir: ".",
  buildDir: "dist",
  gates: { lint: "enforce", format: "enforce", typecheck: "enforce", test: "enforce" },
  tools: {},
  packageManager,
  runtimeVersion: "3.12",
  database: "postgres",
  cache: "redis",
  orm: "none",
  ...more,
});

const SWALLOW = /\|\|\s*(true|:|exit 0)|set \+e/;

describe("stack registry", () => {
  it("has a stack for every backend and frontend choice, under its own id", () => {
    for (const id of [...BACKENDS, ...FRONTENDS].filter((k) => k !== "none")) {
      expect(STACKS[id as keyof typeof STACKS].id).toBe(id);
    }
    expect(stack("django").role).toBe("backend");
    expect(stack("nextjs").role).toBe("frontend");
  });

  it("names the available stacks when asked for an unknown one", () => {
    expect(() => stack("rails")).toThrow(/Unknown stack "rails". Available: django, fastapi/);
  });
});

describe("each stack × package manager", () => {
  for (const s of Object.values(STACKS)) {
    const pms = s.language === "python" ? PYTHON_PACKAGE_MANAGERS : NODE_PACKAGE_MANAGERS;
    for (const pm of pms) {
      it(`${s.id} with ${pm}: every command is set, none swallows a failure`, () => {
        const c = ctx(pm);
        const commands = [s.ci.install(c), s.ci.lint(c), s.ci.typecheck(c), s.ci.unitTest(c), s.ci.integrationTest?.(c), s.ci.build?.(c)];
        for (const command of commands.filter((x): x is string => x !== undefined)) {
          expect(command.trim().length).toBeGreaterThan(0);
          expect(command).not.toMatch(SWALLOW);
          // A Python command runs inside the project environment of its package manager.
          if (pm === "uv" && command !== s.ci.install(c)) expect(command).toMatch(/^uv run --locked /m);
          if (pm === "poetry" && command !== s.ci.install(c)) expect(command).toMatch(/^poetry run /m);
        }
        expect(s.ci.setup(c).length).toBeGreaterThan(0);
      });
    }
  }

  it("installs exactly the lockfile for each package manager", () => {
    const install = (pm: StackContext["packageManager"]) => STACKS.express.ci.install(ctx(pm));
    expect([install("npm"), install("pnpm"), install("yarn"), install("bun")]).toEqual([
      "npm ci",
      "pnpm install --frozen-lockfile",
      "if [ -f .yarnrc.yml ]; then\n  yarn install --immutable\nelse\n  yarn install --frozen-lockfile\nfi",
      "bun install --frozen-lockfile",
    ]);
    expect(STACKS.django.ci.install(ctx("uv"))).toMatch(/^uv sync --locked\n/);
  });

  it("lints with ruff and eslint (package script), type-checks with mypy and tsc", () => {
    expect(STACKS.fastapi.ci.lint(ctx("pip"))).toContain("python -m ruff check .");
    expect(STACKS.fastapi.ci.typecheck(ctx("pip"))).toBe("python -m mypy .");
    expect(STACKS.nestjs.ci.lint(ctx("pnpm"))).toBe("pnpm run --if-present lint");
    expect(STACKS.nextjs.ci.typecheck(ctx("npm"))).toContain("\n  npx --no-install tsc --noEmit\n");
    // Vite's tsconfig only references others: plain `tsc --noEmit` would check nothing.
    expect(STACKS["react-vite"].ci.typecheck(ctx("npm"))).toContain("\n  npx --no-install tsc -b\n");
  });
});

describe("migration checks", () => {
  it("Django: makemigrations --check --dry-run after migrate", () => {
    expect(STACKS.django.ci.migrate?.(ctx("poetry"))).toBe("poetry run python manage.py migrate --noinput");
    expect(STACKS.django.ci.migrationCheck?.(ctx("pip"))).toBe("python manage.py makemigrations --check --dry-run");
  });

  it("FastAPI: alembic upgrade head, then alembic check", () => {
    expect(STACKS.fastapi.ci.migrate?.(ctx("uv"))).toBe("uv run --locked alembic upgrade head");
    expect(STACKS.fastapi.ci.migrationCheck?.(ctx("pip"))).toBe("alembic check");
  });

  it("Node backends: Prisma migrate diff --exit-code, TypeORM migration:generate --check, none without an ORM", () => {
    expect(STACKS.express.ci.migrationCheck?.(ctx("npm", { orm: "prisma" }))).toMatch(/^npx --no-install prisma migrate diff .*--exit-code$/);
    expect(STACKS.nestjs.ci.migrate?.(ctx("pnpm", { orm: "typeorm" }))).toMatch(/migration:run -d src\/data-source.ts$/);
    expect(STACKS.nestjs.ci.migrationCheck?.(ctx("yarn", { orm: "typeorm" }))).toMatch(/migration:generate .* --check$/);
    expect(STACKS.express.ci.migrationCheck?.(ctx("npm"))).toBeUndefined();
  });

  it("Node backends: the repository's own migrate script runs (after the build it migrates from), and the TypeORM check reads its data source", () => {
    const own = ctx("npm", { orm: "typeorm", migrateScript: "migration:run", dataSource: "dist/data-source.js", buildScript: "build" });
    expect(STACKS.nestjs.ci.migrate?.(own)).toBe("npm run migration:run");
    expect(STACKS.nestjs.ci.migrateBuild?.(own)).toBe("npm run build");
    expect(STACKS.nestjs.ci.migrationCheck?.(own)).toBe("npx --no-install typeorm migration:generate src/migrations/ci-check -d dist/data-source.js --check");
    expect(STACKS.express.ci.migrate?.(ctx("pnpm", { migrateScript: "db:migrate" }))).toBe("pnpm run db:migrate");
    expect(STACKS.express.ci.migrateBuild?.(ctx("pnpm", { migrateScript: "db:migrate" }))).toBeUndefined();
    expect(STACKS.nestjs.ci.migrateBuild?.(ctx("npm", { orm: "typeorm", buildScript: "build" }))).toBeUndefined();
    // The deploy's one-off migration task runs the same script in the image.
    expect(migrationCommand(parseOptions({ backend: { kind: "nestjs", packageManager: "npm", migrateScript: "migration:run" }, database: "postgres" }))).toEqual(["npm", "run", "migration:run"]);
    expect(migrationCommand(parseOptions({ backend: { kind: "express", packageManager: "pnpm" }, database: "postgres" }))).toEqual(["pnpm", "run", "migrate"]);
  });

  it("frontends have a bundle directory for the budget; backends have integration tests", () => {
    expect(STACKS.nextjs.ci.bundleDir?.(ctx("npm", { buildDir: ".next" }))).toBe(".next/static");
    expect(STACKS.nextjs.ci.bundleDir?.(ctx("npm", { buildDir: "out" }))).toBe("out/_next/static");
    expect(STACKS["react-vite"].ci.bundleDir?.(ctx("npm", { buildDir: "build" }))).toBe("build");
    expect(STACKS.nestjs.ci.integrationTest?.(ctx("npm"))).toBe("npm run --if-present test:e2e");
    expect(STACKS.django.ci.integrationTest?.(ctx("pip"))).toContain("python -m pytest || status=$?");
  });
});
