import { TOOL_VERSIONS } from "../pins/tool-versions.js";
import type { PythonPackageManager } from "../options/index.js";
import { pythonSetupSteps } from "../workflows/steps.js";
import type { StackContext, StackCi } from "./types.js";

const pm = (ctx: StackContext): PythonPackageManager => {
  if (ctx.packageManager === "pip" || ctx.packageManager === "poetry" || ctx.packageManager === "uv") return ctx.packageManager;
  throw new Error(`${ctx.packageManager} is not a Python package manager`);
};

type PythonTool = "ruff" | "flake8" | "pylint" | "black" | "isort" | "mypy" | "pyright" | "pytest";

/** The Python tools the enabled gates run (a repository's choice, else the standard ruff, mypy, pytest). */
export function pythonGateTools(ctx: StackContext): PythonTool[] {
  const on = (gate: keyof StackContext["gates"]) => ctx.gates[gate] !== "off";
  const tools = new Set<PythonTool>();
  if (on("lint")) tools.add(ctx.tools.lint === "flake8" || ctx.tools.lint === "pylint" ? ctx.tools.lint : "ruff");
  if (on("format")) tools.add(ctx.tools.format === "black" || ctx.tools.format === "isort" ? ctx.tools.format : "ruff");
  if (on("typecheck")) tools.add(ctx.tools.typecheck === "pyright" ? "pyright" : "mypy");
  if (on("test") && ctx.tools.test !== "django") tools.add("pytest");
  return [...tools];
}

/**
 * The project's dependencies, dev tools included (poetry's and uv's dev groups install by default; with
 * pip, requirements-dev.txt when the project has one). Then the enabled gates' tools at the baseline's
 * pinned versions, each only when the environment lacks it, so a project's own versions win.
 */
export function pythonInstall(ctx: StackContext): string {
  const deps = {
    uv: ["uv sync --locked"],
    poetry: ["poetry install --no-interaction"],
    pip: ["python -m pip install -r requirements.txt", "if [ -f requirements-dev.txt ]; then python -m pip install -r requirements-dev.txt; fi"],
  }[pm(ctx)];
  // uv's environments have no pip; `uv pip install` targets the project's .venv (uv run keeps extras).
  const pipInstall = { uv: "uv pip install", poetry: "poetry run python -m pip install", pip: "python -m pip install" }[pm(ctx)];
  const tools = pythonGateTools(ctx);
  if (tools.length === 0) return deps.join("\n");
  const pins = tools.map((tool) => `${tool}==${TOOL_VERSIONS[tool]}`).join(" ");
  return [
    ...deps,
    "missing=()",
    `for tool in ${pins}; do`,
    `  ${pythonModulePrefix(ctx)}python -c "import \${tool%%==*}" 2> /dev/null || missing+=("$tool")`,
    "done",
    `if [ "\${#missing[@]}" -gt 0 ]; then ${pipInstall} "\${missing[@]}"; fi`,
  ].join("\n");
}

/** How commands enter the project's environment. */
function pythonModulePrefix(ctx: StackContext): string {
  return { uv: "uv run --locked ", poetry: "poetry run ", pip: "" }[pm(ctx)];
}

/**
 * pytest exits 5 when it collects nothing (no tests yet, or all deselected by the marker): that is not a
 * failing test, so it passes with a warning; every other non-zero exit fails the step.
 */
export function pytestRun(ctx: StackContext, args: string): string {
  return [
    "status=0",
    `${pythonModule(ctx, `pytest${args ? ` ${args}` : ""}`)} || status=$?`,
    'if [ "$status" -eq 5 ]; then echo "::warning::pytest collected no tests"; status=0; fi',
    'exit "$status"',
  ].join("\n");
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

/** The repository's linter: ruff (standard), flake8 or pylint, as its configuration says. */
function pythonLint(ctx: StackContext): string {
  switch (ctx.tools.lint) {
    case "flake8":
      return pythonModule(ctx, "flake8");
    case "pylint":
      return pythonModule(ctx, "pylint --recursive=y .");
    default:
      return pythonModule(ctx, "ruff check .");
  }
}

function pythonFormat(ctx: StackContext): string {
  switch (ctx.tools.format) {
    case "black":
      return pythonModule(ctx, "black --check --diff .");
    case "isort":
      return pythonModule(ctx, "isort --check-only --diff .");
    default:
      return pythonModule(ctx, "ruff format --check .");
  }
}


/** What every Python stack shares: setup, install, then each gate with the repository's own tool. */
export const pythonCi = {
  codeqlLanguage: "python",
  // Same Poetry as the Docker images build with.
  setup: (ctx) => pythonSetupSteps(pm(ctx), ctx.runtimeVersion, ctx.dir, TOOL_VERSIONS.poetry),
  install: pythonInstall,
  lint: pythonLint,
  format: pythonFormat,
  typecheck: (ctx) => (ctx.tools.typecheck === "pyright" ? pythonTool(ctx, "pyright") : pythonModule(ctx, "mypy .")),
  unitTest: (ctx) => pytestRun(ctx, '-m "not integration"'),
  // The whole suite, integration-marked tests included, against the real services.
  integrationTest: (ctx) => pytestRun(ctx, ""),
} satisfies Partial<StackCi>;
