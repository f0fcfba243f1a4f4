import { TOOL_VERSIONS } from "../components/docker/base-images.js";
import type { PythonPackageManager } from "../options/index.js";
import { pythonSetupSteps } from "../workflows/steps.js";
import type { StackContext, StackCi } from "./types.js";

const pm = (ctx: StackContext): PythonPackageManager => {
  if (ctx.packageManager === "pip" || ctx.packageManager === "poetry" || ctx.packageManager === "uv") return ctx.packageManager;
  throw new Error(`${ctx.packageManager} is not a Python package manager`);
};

/**
 * Dependencies including the dev tools (ruff, mypy, pytest): poetry's and uv's dev groups install by
 * default; with pip they come from requirements-dev.txt when the project has one.
 */
export function pythonInstall(ctx: StackContext): string {
  switch (pm(ctx)) {
    case "uv":
      return "uv sync --locked";
    case "poetry":
      return "poetry install --no-interaction";
    case "pip":
      return [
        "python -m pip install -r requirements.txt",
        "if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi",
      ].join("\n");
  }
}

/** `python -m <module> <args>` inside the project's environment. */
export function pythonModule(ctx: StackContext, moduleAndArgs: string): string {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked python -m ${moduleAndArgs}`;
    case "poetry":
      return `poetry run python -m ${moduleAndArgs}`;
    case "pip":
      return `python -m ${moduleAndArgs}`;
  }
}

/** `python <script> <args>` inside the project's environment. */
export function pythonScript(ctx: StackContext, scriptAndArgs: string): string {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked python ${scriptAndArgs}`;
    case "poetry":
      return `poetry run python ${scriptAndArgs}`;
    case "pip":
      return `python ${scriptAndArgs}`;
  }
}

/** `<tool> <args>` for a console script installed in the project's environment (alembic). */
export function pythonTool(ctx: StackContext, toolAndArgs: string): string {
  switch (pm(ctx)) {
    case "uv":
      return `uv run --locked ${toolAndArgs}`;
    case "poetry":
      return `poetry run ${toolAndArgs}`;
    case "pip":
      return toolAndArgs;
  }
}

/** What every Python stack shares: setup, install, ruff, mypy, pytest (integration tests marked `integration`). */
export const pythonCi = {
  codeqlLanguage: "python",
  // Same Poetry as the Docker images build with.
  setup: (ctx) => pythonSetupSteps(pm(ctx), ctx.runtimeVersion, ctx.dir, TOOL_VERSIONS.poetry),
  install: pythonInstall,
  lint: (ctx) => [pythonModule(ctx, "ruff check ."), pythonModule(ctx, "ruff format --check .")].join("\n"),
  typecheck: (ctx) => pythonModule(ctx, "mypy ."),
  unitTest: (ctx) => pythonModule(ctx, 'pytest -m "not integration"'),
  // The whole suite, integration-marked tests included, against the real services.
  integrationTest: (ctx) => pythonModule(ctx, "pytest"),
} satisfies Partial<StackCi>;
