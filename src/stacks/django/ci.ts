import { pythonCi, pythonScript, pytestRun } from "../python-commands.js";
import type { StackCi } from "../types.js";

/**
 * Django: migrations applied to the CI database, then `makemigrations --check` fails on missing ones.
 * Django's tests create a test database, so the whole suite runs in the integration job, beside the
 * services: pytest (pytest-django) or Django's own runner from manage.py's folder.
 */
export const djangoCi: StackCi = {
  ...pythonCi,
  unitTest: () => undefined,
  integrationTest: (ctx) => (ctx.tools.test === "django" ? pythonScript(ctx, "manage.py test") : pytestRun(ctx, "")),
  testDir: (ctx) => (ctx.tools.test === "django" ? ctx.migrationsDir : undefined),
  // Both run in backend.migrationsDir, manage.py's folder (the job sets the step's working directory).
  migrate: (ctx) => pythonScript(ctx, "manage.py migrate --noinput"),
  // https://docs.djangoproject.com/en/stable/ref/django-admin/#cmdoption-makemigrations-check
  migrationCheck: (ctx) => pythonScript(ctx, "manage.py makemigrations --check --dry-run"),
};
