import { pythonCi, pythonScript } from "../python-commands.js";
import type { StackCi, StackContext } from "../types.js";

/** manage.py relative to the backend folder (backend.migrationsDir). */
const managePy = (ctx: StackContext): string => (ctx.migrationsDir === "." ? "manage.py" : `${ctx.migrationsDir}/manage.py`);

/** Django: migrations applied to the CI database, then `makemigrations --check` fails on missing ones. */
export const djangoCi: StackCi = {
  ...pythonCi,
  // Python puts the script's folder first on sys.path, so manage.py finds the project package from anywhere.
  migrate: (ctx) => pythonScript(ctx, `${managePy(ctx)} migrate --noinput`),
  // https://docs.djangoproject.com/en/stable/ref/django-admin/#cmdoption-makemigrations-check
  migrationCheck: (ctx) => pythonScript(ctx, `${managePy(ctx)} makemigrations --check --dry-run`),
};
