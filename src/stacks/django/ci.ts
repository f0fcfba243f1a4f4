import { pythonCi, pythonScript } from "../python-commands.js";
import type { StackCi } from "../types.js";

/** Django: migrations applied to the CI database, then `makemigrations --check` fails on missing ones. */
export const djangoCi: StackCi = {
  ...pythonCi,
  // Both run in backend.migrationsDir, manage.py's folder (the job sets the step's working directory).
  migrate: (ctx) => pythonScript(ctx, "manage.py migrate --noinput"),
  // https://docs.djangoproject.com/en/stable/ref/django-admin/#cmdoption-makemigrations-check
  migrationCheck: (ctx) => pythonScript(ctx, "manage.py makemigrations --check --dry-run"),
};
