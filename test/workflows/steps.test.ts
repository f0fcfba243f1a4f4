import { describe, expect, it } from "vitest";
import { NODE_PACKAGE_MANAGERS, PYTHON_PACKAGE_MANAGERS } from "../../src/options/index.js";
import { isUsesStep, type UsesStep } from "../../src/workflows/model.js";
import { checkoutStep, nodeSetupSteps, pythonSetupSteps } from "../../src/workflows/steps.js";

const uses = (steps: ReturnType<typeof nodeSetupSteps>): UsesStep[] => steps.filter(isUsesStep);

describe("step builders", () => {
  it("checks out without persisting the token", () => {
    expect(checkoutStep().with).toEqual({ "persist-credentials": false });
    expect(checkoutStep({ "fetch-depth": 0 }).with).toEqual({ "persist-credentials": false, "fetch-depth": 0 });
  });

  it("caches every Python package manager's downloads, keyed on its lockfile in the service dir", () => {
    const cacheOf = Object.fromEntries(PYTHON_PACKAGE_MANAGERS.map((pm) => [pm, uses(pythonSetupSteps(pm, "3.12", "api", "2.5.1"))[0]!.with]));
    expect(cacheOf.pip).toMatchObject({ cache: "pip", "cache-dependency-path": "api/requirements*.txt", "python-version": "3.12" });
    expect(cacheOf.poetry).toMatchObject({ cache: "poetry", "cache-dependency-path": "api/poetry.lock" });
    expect(cacheOf.uv).toMatchObject({ "enable-cache": true, "cache-dependency-glob": "api/uv.lock", "python-version": "3.12" });
    expect(pythonSetupSteps("poetry", "3.12", ".", "2.5.1")[0]).toMatchObject({ run: "pipx install poetry==2.5.1" });
  });

  it("caches every Node.js package manager's store, keyed on its lockfile", () => {
    for (const pm of NODE_PACKAGE_MANAGERS) {
      const steps = nodeSetupSteps(pm, "22", "web");
      const node = uses(steps).find((s) => s.id === "setup-node")!;
      expect(node.with?.["node-version"]).toBe("22");
      if (pm === "bun") {
        expect(uses(steps).find((s) => s.id === "cache-bun")!.with).toMatchObject({ path: "~/.bun/install/cache" });
        expect(String(uses(steps).find((s) => s.id === "cache-bun")!.with?.key)).toContain("hashFiles('web/bun.lock*')");
      } else {
        expect(node.with).toMatchObject({ cache: pm, "cache-dependency-path": expect.stringMatching(/^web\/(package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/) });
      }
    }
    // pnpm has to be on PATH before setup-node asks it for the store path.
    expect(nodeSetupSteps("pnpm", "22", ".").map((s) => s.id)).toEqual(["setup-pnpm", "setup-node"]);
  });
});
