import type { BaselineOptions } from "../../options/index.js";
import type { Job, Step } from "../../workflows/model.js";
import { checkoutStep, runStep } from "../../workflows/steps.js";
import { inServiceDir, job } from "./runner.js";
import { serviceContainers, serviceEnv } from "./service-containers.js";
import type { ServiceUnderTest } from "./stack-context.js";

const title = (s: ServiceUnderTest): string => (s.ctx.dir === "." ? s.stack.title : `${s.stack.title} (${s.ctx.dir})`);

function prepare(s: ServiceUnderTest): Step[] {
  return [checkoutStep(), ...s.stack.ci.setup(s.ctx), runStep("install", "Install dependencies", s.stack.ci.install(s.ctx))];
}

/** Lint, type-check and unit tests: each fails the job on the first error. */
export function checksJob(s: ServiceUnderTest): Job {
  const { ci } = s.stack;
  return job(`${title(s)}: lint, type-check, unit tests`, 20, [
    ...prepare(s),
    runStep("lint", "Lint", ci.lint(s.ctx)),
    runStep("typecheck", "Type-check", ci.typecheck(s.ctx)),
    runStep("unit-tests", "Unit tests", ci.unitTest(s.ctx)),
    // A library ships its build: building is part of its checks (frontends build in the bundle job).
    ...(s.role === "library" && ci.build ? [runStep("build", "Build", ci.build(s.ctx))] : []),
  ], inServiceDir(s.ctx.dir));
}

/** Migrations applied to a fresh database, the migration check, then tests against real services. */
export function integrationJob(s: ServiceUnderTest, options: BaselineOptions): Job | undefined {
  const { ci } = s.stack;
  if (!ci.integrationTest) return undefined;
  const hasDatabase = options.database !== "none";
  const steps: Step[] = [...prepare(s)];
  // Migrations run where manage.py or alembic.ini sits (backend.migrationsDir), below the service folder.
  const where = s.ctx.migrationsDir === "." ? {} : { "working-directory": s.ctx.dir === "." ? s.ctx.migrationsDir : `${s.ctx.dir}/${s.ctx.migrationsDir}` };
  const migrate = hasDatabase ? ci.migrate?.(s.ctx) : undefined;
  if (migrate) steps.push(runStep("migrate", "Apply migrations", migrate, where));
  const check = hasDatabase ? ci.migrationCheck?.(s.ctx) : undefined;
  if (check) steps.push(runStep("migration-check", "Check for missing migrations", check, where));
  steps.push(runStep("integration-tests", "Integration tests", ci.integrationTest(s.ctx)));
  const services = serviceContainers(options);
  const env = serviceEnv(options);
  return job(`${title(s)}: migrations and integration tests`, 30, steps, {
    ...inServiceDir(s.ctx.dir),
    ...(Object.keys(services).length > 0 ? { services, env } : {}),
  });
}

/**
 * Production build and the bundle-size budget (frontend.bundleBudgetKb): the sum of the client's
 * JS and CSS files, uncompressed, must stay under it.
 */
export function bundleBudgetJob(s: ServiceUnderTest, budgetKb: number): Job | undefined {
  const { ci } = s.stack;
  if (!ci.build || !ci.bundleDir) return undefined;
  const budget = [
    'if [ ! -d "$BUNDLE_DIR" ]; then',
    '  echo "::error::No build output in $BUNDLE_DIR"',
    "  exit 1",
    "fi",
    "total_bytes=$(find \"$BUNDLE_DIR\" -type f \\( -name '*.js' -o -name '*.css' \\) -exec cat {} + | wc -c)",
    "total_kb=$(( (total_bytes + 1023) / 1024 ))",
    'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB)" >> "$GITHUB_STEP_SUMMARY"',
    'if [ "$total_kb" -gt "$BUDGET_KB" ]; then',
    '  echo "::error::The client bundle is ${total_kb} KiB, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',
    "  exit 1",
    "fi",
  ].join("\n");
  return job(`${title(s)}: build and bundle budget`, 20, [
    ...prepare(s),
    runStep("build", "Production build", ci.build(s.ctx)),
    runStep("bundle-budget", "Bundle-size budget", budget, { env: { BUNDLE_DIR: ci.bundleDir(s.ctx), BUDGET_KB: String(budgetKb) } }),
  ], inServiceDir(s.ctx.dir));
}
