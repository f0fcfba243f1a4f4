import { describe, expect, it } from "vitest";
import { detectFromSnapshot } from "../../src/detect/index.js";

const snapshot = (files: Record<string, string>) => ({ paths: Object.keys(files), files: new Map(Object.entries(files)), name: "app" });
const gatesOf = (files: Record<string, string>, role: "backend" | "frontend" = "backend") => {
  const d = detectFromSnapshot(snapshot(files));
  const service = d.config[role] as { gates?: Record<string, string>; tools?: Record<string, string> };
  return { gates: service.gates, tools: service.tools, evidence: d.evidence.filter((e) => e.key.startsWith(`${role}.gates.`) || e.key.startsWith(`${role}.tools.`)) };
};

const DJANGO = { "manage.py": "import django\n", "config/wsgi.py": "", "config/settings.py": "WSGI_APPLICATION = 'config.wsgi.application'\n" };

describe("CI gates follow the repository's own tools", () => {
  it("a Django project with no tool config and no tests: every gate off, each with a recommendation", () => {
    const { gates, tools, evidence } = gatesOf({ ...DJANGO, "requirements.txt": "django\ngunicorn\n" });
    expect(gates).toEqual({ lint: "off", format: "off", typecheck: "off", test: "off" });
    expect(tools).toBeUndefined();
    expect(evidence.find((e) => e.key === "backend.gates.typecheck")?.reason).toMatch(/configure mypy .* then set backend\.gates\.typecheck: enforce/);
  });

  it("pyproject sections turn on ruff, black, mypy and pytest; Django tests alone use manage.py test", () => {
    const pyproject = '[project]\nname = "x"\ndependencies = ["django"]\n\n[tool.ruff]\nline-length = 100\n\n[tool.black]\n\n[tool.mypy]\nstrict = true\n\n[tool.pytest.ini_options]\nDJANGO_SETTINGS_MODULE = "config.settings"\n';
    const configured = gatesOf({ ...DJANGO, "pyproject.toml": pyproject, "uv.lock": "", "shop/tests/test_models.py": "" });
    expect(configured.gates).toEqual({ lint: "enforce", format: "enforce", typecheck: "enforce", test: "enforce" });
    expect(configured.tools).toEqual({ lint: "ruff", format: "black", typecheck: "mypy", test: "pytest" });
    expect(configured.evidence.find((e) => e.key === "backend.tools.typecheck")?.file).toBe("pyproject.toml");
    const djangoTests = gatesOf({ ...DJANGO, "requirements.txt": "django\n", "shop/tests.py": "" });
    expect(djangoTests.tools).toEqual({ test: "django" });
    expect(djangoTests.evidence.find((e) => e.key === "backend.tools.test")?.file).toBe("shop/tests.py");
  });

  it("setup.cfg and tox.ini sections count: flake8, isort, mypy, pytest", () => {
    const { tools } = gatesOf({
      "requirements.txt": "fastapi\nuvicorn\n",
      "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
      "setup.cfg": "[flake8]\nmax-line-length = 100\n\n[mypy]\nignore_missing_imports = True\n\n[isort]\nprofile = black\n",
      "tox.ini": "[tool:pytest]\naddopts = -q\n",
      "tests/test_main.py": "",
    });
    expect(tools).toEqual({ lint: "flake8", format: "isort", typecheck: "mypy", test: "pytest" });
  });

  it("Node: scripts first, then eslint/prettier configs with their packages; jest without test files is off", () => {
    const pkg = (scripts: Record<string, string>, deps: Record<string, string>) => JSON.stringify({ name: "api", private: true, scripts, dependencies: { express: "5" }, devDependencies: deps });
    const scripted = gatesOf({ "package.json": pkg({ lint: "eslint .", typecheck: "tsc --noEmit", test: "jest" }, { jest: "30" }), "package-lock.json": "{}", "src/app.test.ts": "" });
    expect(scripted.tools).toEqual({ lint: "script", typecheck: "script", test: "script" });
    const configs = gatesOf({ "package.json": pkg({ test: "jest" }, { eslint: "9", prettier: "3", typescript: "5", jest: "30" }), "package-lock.json": "{}", "eslint.config.js": "", ".prettierrc": "{}", "tsconfig.json": "{}" });
    expect(configs.gates).toEqual({ lint: "enforce", format: "enforce", typecheck: "enforce", test: "off" });
    expect(configs.tools).toEqual({ lint: "eslint", format: "prettier", typecheck: "tsc" });
    expect(configs.evidence.find((e) => e.key === "backend.gates.test")?.reason).toMatch(/runs jest, which fails with no test files/);
    // A prettier config without prettier installed is not a gate the repository can run.
    const unrunnable = gatesOf({ "package.json": pkg({}, {}), "package-lock.json": "{}", ".prettierrc": "{}" });
    expect(unrunnable.gates).toMatchObject({ format: "off", test: "off" });
  });
});
