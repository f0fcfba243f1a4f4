import type { GateMode, GateName } from "../options/index.js";
import type { GateTools } from "../stacks/types.js";
import type { AppCandidate } from "./app-candidate.js";
import { isWithin, joinPath, selfAndAncestors } from "./paths.js";
import type { RepoIndex } from "./repo-index.js";

/** One gate as detection decides it: on with the repository's tool (and the file that says so), or off with a recommendation. */
export interface GateFinding {
  readonly gate: GateName;
  readonly mode: GateMode;
  readonly tool?: GateTools[GateName];
  readonly file: string;
  readonly reason: string;
}

const TEST_FILE = /(^|\/)(test_[^/]*\.py|[^/]*_test\.py|tests?\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$|(^|\/)__tests__\//;
/** npm init's placeholder test script, which always fails. */
const PLACEHOLDER_TEST = /no test specified/;

/**
 * Which CI gates the repository has configured, per service: a gate runs only the tools the
 * repository already uses (its config files, its dependencies, its package.json scripts); the rest
 * are off, with a recommendation, so CI is green on day one for reasons that are the code's own.
 */
export function detectGates(index: RepoIndex, app: AppCandidate): GateFinding[] {
  return app.language === "python" ? pythonGates(index, app) : nodeGates(index, app);
}

/** Files in the app's folder or any folder above it (a root pyproject.toml or .eslintrc applies below). */
function nearest(index: RepoIndex, dir: string, names: readonly string[]): string | undefined {
  for (const folder of selfAndAncestors(dir)) {
    const hit = names.map((name) => joinPath(folder, name)).find((p) => index.pathSet.has(p));
    if (hit) return hit;
  }
  return undefined;
}

/** A pyproject.toml, setup.cfg or tox.ini section at or above the app: `[tool.ruff]`, `[flake8]`, `[tool:pytest]`. */
function section(index: RepoIndex, dir: string, sections: readonly string[]): string | undefined {
  for (const folder of selfAndAncestors(dir)) {
    for (const name of ["pyproject.toml", "setup.cfg", "tox.ini"]) {
      const file = joinPath(folder, name);
      const text = index.files.get(file);
      if (text && sections.some((s) => text.includes(`[${s}]`) || text.includes(`[${s}.`))) return file;
    }
  }
  return undefined;
}

function pythonGates(index: RepoIndex, app: AppCandidate): GateFinding[] {
  const deps = new Map((app.python?.deps ?? []).map((d) => [d.name, d.file]));
  const found = (gate: GateName, options: readonly [tool: NonNullable<GateTools[GateName]>, file: string | undefined, what: string][]): GateFinding => {
    for (const [tool, file, what] of options) if (file) return { gate, mode: "enforce", tool, file, reason: `${file} ${what}` };
    return off(app, gate, app.file);
  };
  const dep = (name: string) => deps.get(name);
  const hasTests = index.paths.some((p) => isWithin(p, app.dir) && TEST_FILE.test(p) && !p.endsWith(".js"));
  const pytest = section(index, app.dir, ["tool.pytest.ini_options", "tool:pytest", "pytest"]) ?? nearest(index, app.dir, ["pytest.ini", "conftest.py"]);
  return [
    found("lint", [
      ["ruff", section(index, app.dir, ["tool.ruff"]) ?? nearest(index, app.dir, ["ruff.toml", ".ruff.toml"]), "configures ruff"],
      ["flake8", section(index, app.dir, ["flake8"]) ?? nearest(index, app.dir, [".flake8"]), "configures flake8"],
      ["pylint", section(index, app.dir, ["tool.pylint"]) ?? nearest(index, app.dir, [".pylintrc", "pylintrc"]), "configures pylint"],
      ["ruff", dep("ruff"), "declares ruff"],
      ["flake8", dep("flake8"), "declares flake8"],
    ]),
    found("format", [
      ["ruff", section(index, app.dir, ["tool.ruff.format"]), "configures ruff format"],
      ["black", section(index, app.dir, ["tool.black"]) ?? dep("black"), "configures or declares black"],
      ["isort", section(index, app.dir, ["tool.isort", "isort"]) ?? nearest(index, app.dir, [".isort.cfg"]), "configures isort"],
    ]),
    found("typecheck", [
      ["mypy", section(index, app.dir, ["tool.mypy", "mypy"]) ?? nearest(index, app.dir, ["mypy.ini", ".mypy.ini"]), "configures mypy"],
      ["pyright", section(index, app.dir, ["tool.pyright"]) ?? nearest(index, app.dir, ["pyrightconfig.json"]), "configures pyright"],
    ]),
    hasTests
      ? found("test", [
          ["pytest", pytest, "configures pytest"],
          ["pytest", dep("pytest") ?? dep("pytest-django"), "declares pytest"],
          ["django", app.kind === "django" ? index.paths.find((p) => isWithin(p, app.dir) && /(^|\/)tests?(\.py|\/)/.test(p)) : undefined, "holds Django tests (manage.py test runs them)"],
        ])
      : off(app, "test", app.file, "no test files were found"),
  ];
}

function nodeGates(index: RepoIndex, app: AppCandidate): GateFinding[] {
  const pkg = app.node;
  if (!pkg) return [];
  const file = pkg.scriptsFile ?? pkg.file;
  const script = (name: string) => (pkg.scriptLines.has(name) ? file : undefined);
  const dep = (name: string) => (pkg.deps.has(name) ? pkg.file : undefined);
  const config = (names: readonly string[], needs: string) => (dep(needs) ? nearest(index, app.dir, names) : undefined);
  const found = (gate: GateName, options: readonly [tool: NonNullable<GateTools[GateName]>, file: string | undefined, what: string][]): GateFinding => {
    for (const [tool, at, what] of options) if (at) return { gate, mode: "enforce", tool, file: at, reason: `${at} ${what}` };
    return off(app, gate, file);
  };
  const testLine = pkg.scriptLines.get("test") ?? "";
  const testFiles = index.paths.some((p) => isWithin(p, app.dir) && TEST_FILE.test(p) && !/(^|\/)(node_modules|e2e)\//.test(p));
  // jest and vitest exit 1 when they find no test file: a repository without tests has its test gate off.
  const runnerNeedsFiles = /\b(jest|vitest)\b/.test(testLine) && !/passWithNoTests|--passWithNoTests/.test(testLine);
  return [
    found("lint", [
      ["script", script("lint"), "has a lint script"],
      ["eslint", config(["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", ".eslintrc.js", ".eslintrc.cjs", ".eslintrc.json", ".eslintrc.yml", ".eslintrc"], "eslint"), "configures eslint"],
      ["biome", config(["biome.json", "biome.jsonc"], "@biomejs/biome"), "configures biome"],
    ]),
    found("format", [
      ["script", script("format:check"), "has a format:check script"],
      ["prettier", config([".prettierrc", ".prettierrc.json", ".prettierrc.yml", ".prettierrc.yaml", ".prettierrc.js", ".prettierrc.cjs", ".prettierrc.mjs", "prettier.config.js", "prettier.config.mjs", "prettier.config.cjs"], "prettier"), "configures prettier"],
      ["biome", config(["biome.json", "biome.jsonc"], "@biomejs/biome"), "configures biome"],
    ]),
    found("typecheck", [
      ["script", script("typecheck"), "has a typecheck script"],
      ["tsc", dep("typescript") ? nearest(index, app.dir, ["tsconfig.json"]) : undefined, "configures TypeScript"],
    ]),
    testLine && !PLACEHOLDER_TEST.test(testLine) && (testFiles || !runnerNeedsFiles)
      ? { gate: "test", mode: "enforce", tool: "script", file, reason: `${file} has a test script (\`${testLine}\`)${testFiles ? " and test files" : ""}` }
      : off(app, "test", file, testLine && runnerNeedsFiles ? `the test script runs ${/\bjest\b/.test(testLine) ? "jest" : "vitest"}, which fails with no test files, and there are none` : "no test script"),
  ];
}

const RECOMMEND: Record<"python" | "node", Record<GateName, string>> = {
  python: {
    lint: "configure ruff ([tool.ruff]), flake8 or pylint",
    format: "configure ruff format ([tool.ruff.format]), black or isort",
    typecheck: "configure mypy ([tool.mypy] or mypy.ini) or pyright",
    test: "add tests (pytest, or Django's tests.py)",
  },
  node: {
    lint: "add a lint script, or an eslint or biome config",
    format: "add a format:check script, or a prettier or biome config",
    typecheck: "add a typecheck script, or a tsconfig.json with typescript",
    test: "add a test script and test files",
  },
};

function off(app: AppCandidate, gate: GateName, file: string, why?: string): GateFinding {
  const how = RECOMMEND[app.language][gate];
  return { gate, mode: "off", file, reason: `${why ?? `no ${gate} tool is configured`}, so the gate is off; to turn it on, ${how}, then set ${app.role}.gates.${gate}: enforce (or report)` };
}
