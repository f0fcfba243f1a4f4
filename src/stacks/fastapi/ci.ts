import { pythonCi, pythonTool } from "../python-commands.js";
import type { StackCi, StackContext } from "../types.js";

/** alembic.ini's script_location is relative to the working directory, so Alembic runs beside it. */
const inMigrationsDir = (ctx: StackContext, command: string): string => (ctx.migrationsDir === "." ? command : `cd ${ctx.migrationsDir}
${command}`);

/** FastAPI with SQLAlchemy + Alembic: `alembic check` fails when models changed without a revision. */
export const fastapiCi: StackCi = {
  ...pythonCi,
  migrate: (ctx) => inMigrationsDir(ctx, pythonTool(ctx, "alembic upgrade head")),
  // https://alembic.sqlalchemy.org/en/latest/autogenerate.html#running-alembic-check-to-test-for-new-upgrade-operations
  migrationCheck: (ctx) => inMigrationsDir(ctx, pythonTool(ctx, "alembic check")),
};
