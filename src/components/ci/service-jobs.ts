import type { BaselineOptions } from "../../options/index.js";
import type { GateName } from "../../options/index.js";
import type { Job, RunStep, Step } from "../../workflows/model.js";
import { checkoutStep, runStep } from "../../workflows/steps.js";
import { inServiceDir, job } from "./runner.js";
import { appCiEnv, serviceContainers, serviceEnv, throwawaySecretsStep, type AppCiEnv } from "./service-containers.js";
import type { ServiceUnderTest } from "./stack-context.js";

const title = (s: ServiceUnderTest): string => (s.ctx.dir === "." ? s.stack.title : `${s.stack.title} (${s.ctx.dir})`);

function prepare(s: ServiceUnderTest): Step[] {
  return [checkoutStep(), ...s.stack.ci.setup(s.ctx), runStep("install", "Install dependencies", s.stack.ci.install(s.ctx))];
}

/**
 * One gate as a step: absent when off (or when the stack has nothing to run), failing the job when
 * enforced, and in report mode run with its result written to the job summary without failing.
 */
function gateStep(s: ServiceUnderTest, gate: GateName, id: string, name: string, command: string | undefined, more: Partial<RunStep> = {}): RunStep[] {
  const mode = s.ctx.gates[gate];
  if (mode === "off" || !command) return [];
  if (mode === "enforce") return [runStep(id, name, command, more)];
  const option = `${s.role}.gates.${gate}`;
  return [
    runStep(id, `${name} (report only: ${option})`, [
      "status=0",
      // A subshell, so a command that ends in `exit` reports instead of ending the step.
      `(\n${command}\n) || status=$?`,
      'if [ "$status" -ne 0 ]; then',
      `  echo "::warning::${name} found problems (exit $status); ${option} is report, so CI goes on"`,
      `  echo "- ${name}: problems found (exit $status), not enforced (${option}: report)" >> "$GITHUB_STEP_SUMMARY"`,
      "else",
      `  echo "- ${name}: passed" >> "$GITHUB_STEP_SUMMARY"`,
      "fi",
    ].join("\n"), more),
  ];
}

/** Where the tests run when the stack says (Django's runner from manage.py's folder). */
function testPlace(s: ServiceUnderTest): Partial<RunStep> {
  const dir = s.stack.ci.testDir?.(s.ctx);
  return dir && dir !== "." ? { "working-directory": s.ctx.dir === "." ? dir : `${s.ctx.dir}/${dir}` } : {};
}

/** Lint, format, type-check and unit tests, each as its gate says (off, report, enforce); no job when every one is off. */
export function checksJob(s: ServiceUnderTest, app: AppCiEnv = { env: {}, generated: [] }): Job | undefined {
  const { ci } = s.stack;
  const checks = [
    ...gateStep(s, "lint", "lint", "Lint", ci.lint(s.ctx)),
    ...gateStep(s, "format", "format", "Format check", ci.format?.(s.ctx)),
    ...gateStep(s, "typecheck", "typecheck", "Type-check", ci.typecheck(s.ctx)),
    ...gateStep(s, "test", "unit-tests", "Unit tests", ci.unitTest(s.ctx), testPlace(s)),
    // A library ships its build: building is part of its checks (frontends build in the bundle job).
    ...(s.role === "library" && ci.build ? [runStep("build", "Build", ci.build(s.ctx))] : []),
  ];
  if (checks.length === 0) return undefined;
  const names = checks.map((step) => (step.name ?? step.id ?? "").replace(/ \(report only.*\)$/, "").toLowerCase());
  const env = app.env;
  return job(`${title(s)}: ${names.join(", ")}`, 20, [...prepare(s), ...throwawaySecretsStep(app.generated), ...checks], { ...inServiceDir(s.ctx.dir), ...(Object.keys(env).length > 0 ? { env } : {}) });
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
  const build = migrate ? ci.migrateBuild?.(s.ctx) : undefined;
  if (build) steps.push(runStep("build", "Build (the migrate script runs against the build, as in the image)", build));
  if (migrate) steps.push(runStep("migrate", "Apply migrations", migrate, where));
  const check = hasDatabase ? ci.migrationCheck?.(s.ctx) : undefined;
  if (check) steps.push(runStep("migration-check", "Check for missing migrations", check, where));
  steps.push(...gateStep(s, "test", "integration-tests", "Integration tests", ci.integrationTest(s.ctx), testPlace(s)));
  const services = serviceContainers(options);
  // The app's own required settings get throwaway values; the services' URLs win over them.
  const app = appCiEnv(options);
  const env = { ...app.env, ...serviceEnv(options) };
  steps.splice(prepare(s).length, 0, ...throwawaySecretsStep(app.generated));
  return job(`${title(s)}: migrations and integration tests`, 30, steps, {
    ...inServiceDir(s.ctx.dir),
    ...(Object.keys(services).length > 0 ? { services } : {}),
    ...(Object.keys(env).length > 0 ? { env } : {}),
  });
}

/**
 * Production build and the bundle-size budget (frontend.bundleBudgetKb): the sum of the client's
 * JS and CSS files, each gzip-compressed as a server sends it, must stay under it. Uncompressed, the
 * client of a hello-world Next.js 16 app is already ~570 KiB (React, the router, polyfills), over
 * the default 500: measured raw, the job was red on day one for every Next.js app.
 */
export function bundleBudgetJob(s: ServiceUnderTest, budgetKb: number): Job | undefined {
  const { ci } = s.stack;
  if (!ci.build || !ci.bundleDir) return undefined;
  const budget = [
    'if [ ! -d "$BUNDLE_DIR" ]; then',
    '  echo "::error::No build output in $BUNDLE_DIR"',
    "  exit 1",
    "fi",
    "total_bytes=$(find \"$BUNDLE_DIR\" -type f \\( -name '*.js' -o -name '*.css' \\) -exec sh -c 'for f; do gzip -9 -c \"$f\" | wc -c; done' sh {} + | awk '{ s += $1 } END { print s + 0 }')",
    "total_kb=$(( (total_bytes + 1023) / 1024 ))",
    'echo "Client JS + CSS: ${total_kb} KiB (budget ${BUDGET_KB} KiB), gzip-compressed as served" >> "$GITHUB_STEP_SUMMARY"',
    'if [ "$total_kb" -gt "$BUDGET_KB" ]; then',
    '  echo "::error::The client bundle is ${total_kb} KiB gzip-compressed, over the ${BUDGET_KB} KiB budget (frontend.bundleBudgetKb)"',
    "  exit 1",
    "fi",
  ].join("\n");
  return job(`${title(s)}: build and bundle budget`, 20, [
    ...prepare(s),
    runStep("build", "Production build", ci.build(s.ctx)),
    runStep("bundle-budget", "Bundle-size budget", budget, { env: { BUNDLE_DIR: ci.bundleDir(s.ctx), BUDGET_KB: String(budgetKb) } }),
  ], inServiceDir(s.ctx.dir));
}
