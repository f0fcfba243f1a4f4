import { pythonCi, pythonTool } from "../python-commands.js";
import type { StackCi } from "../types.js";

/** FastAPI with SQLAlchemy + Alembic: `alembic check` fails when models changed without a revision. */
export const fastapiCi: StackCi = {
  ...pythonCi,
  // Both run beside alembic.ini (backend.migrationsDir): its script_location is relative to the working directory.
  migrate: (ctx) => pythonTool(ctx, "alembic upgrade head"),
  // https://alembic.sqlalchemy.org/en/latest/autogenerate.html#running-alembic-check-to-test-for-new-upgrade-operations
  migrationCheck: (ctx) => pythonTool(ctx, "alembic check"),
};
