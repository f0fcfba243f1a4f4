import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateExpression, interpolate, type ExpressionContext } from "./expressions.js";
import { nonImageJobIds, parseWorkflow } from "./workflow-model.js";

const context = (jobStatus: "success" | "failure" = "success"): ExpressionContext => ({
  jobStatus,
  contexts: {
    github: { event_name: "push", ref: "refs/heads/main", event: { repository: { default_branch: "main" } } },
    env: { NAME: "World" },
    steps: { make: { outputs: { mode: "Fast" } } },
    secrets: {},
    matrix: { python: "3.12" },
  },
});

describe("expressions", () => {
  it("evaluates the forms the generated workflows use", () => {
    expect(interpolate("Hello ${{ env.NAME }} on ${{ matrix.python }}${{ secrets.MISSING }}", context())).toBe("Hello World on 3.12");
    expect(evaluateExpression("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)", context())).toBe(true);
    expect(evaluateExpression("steps.make.outputs.mode == 'fast'", context())).toBe(true); // case-insensitive, as on GitHub
    expect(evaluateExpression("contains(fromJSON('[\"a\",\"b\"]'), 'B') && !startsWith(github.ref, 'refs/tags/')", context())).toBe(true);
    expect(evaluateExpression("steps.nothing.outputs.x || 'fallback'", context())).toBe("fallback");
  });

  it("applies the implicit success() of `if:` unless a status function is called", () => {
    expect(evaluateCondition("github.event_name == 'push'", context("failure"))).toBe(false);
    expect(evaluateCondition("failure() && github.event_name == 'push'", context("failure"))).toBe(true);
    expect(evaluateCondition("always()", context("failure"))).toBe(true);
    expect(evaluateCondition(undefined, context("failure"))).toBe(false);
    expect(evaluateCondition("${{ github.event_name == 'pull_request' }}", context())).toBe(false);
  });

  it("fails loudly, naming the expression, on what it does not emulate", () => {
    expect(() => interpolate("${{ inputs.version }}", context())).toThrow(/\$\{\{ inputs\.version \}\}.*'inputs' context is not available/);
    expect(() => interpolate("${{ github.event.pull_request.head.sha }}", context())).toThrow(/'github\.event\.pull_request' is not emulated/);
    expect(() => interpolate("${{ hashFiles('**/x') }}", context())).toThrow(/hashFiles\(\) is not emulated/);
  });

  it("selects the jobs the local runner can prove: no image jobs, nor jobs that need them", () => {
    const workflow = parseWorkflow(`
jobs:
  checks: { runs-on: x, steps: [{ run: "npm test" }] }
  image: { runs-on: x, steps: [{ uses: "docker/build-push-action@0000000000000000000000000000000000000000" }] }
  smoke: { runs-on: x, steps: [{ run: "docker run --rm app" }] }
  publish: { runs-on: x, needs: [checks, image], steps: [{ run: "echo" }] }
  drift: { runs-on: x, needs: checks, steps: [{ run: "echo dockerfile is fine" }] }
`);
    expect(nonImageJobIds(workflow)).toEqual(["checks", "drift"]);
  });
});
