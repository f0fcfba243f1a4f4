import { describe, expect, it } from "vitest";
import { carryWorkflow } from "../../src/adopt/carry-workflow.js";
import { applyOverride } from "../../src/synth/overrides.js";

const baseline = {
  on: { push: { branches: ["main"] }, pull_request: null },
  jobs: { checks: { steps: [{ id: "checkout", uses: "actions/checkout@abc" }, { id: "test", run: "npm ci\nnpm run test" }] } },
};

describe("carrying a workflow", () => {
  it("steps without an id, or named alike, get ids of their own; covered steps are not carried", () => {
    const old = {
      on: ["push", "schedule"],
      jobs: {
        checks: {
          steps: [
            { uses: "actions/checkout@v4" },
            { run: "npm test" },
            { name: "Extra", run: "npm run e2e" },
            { name: "Extra", run: "npm run smoke" },
            { run: "npm run docs" },
          ],
        },
      },
    };
    const carry = carryWorkflow(old, baseline);
    expect(Object.keys(carry.set)).toEqual(["on.schedule", "jobs.checks.steps.Extra", "jobs.checks.steps.carried-4", "jobs.checks.steps.carried-5"]);
    expect([...carry.covered.keys()]).toEqual(["jobs.checks.steps[1]"]);
    const next = applyOverride(baseline, { set: carry.set }, "ci.yml") as typeof baseline;
    expect(next.jobs.checks.steps.map((s) => ("run" in s ? s.run : s.uses))).toEqual(["actions/checkout@abc", "npm ci\nnpm run test", "npm run e2e", "npm run smoke", "npm run docs"]);
  });

  it("a job whose every step the baseline runs is covered; one with work of its own is carried whole", () => {
    const carry = carryWorkflow({ jobs: { test: { steps: [{ uses: "actions/checkout@v4" }, { run: "npm ci && npm test" }] }, lint: { steps: [{ run: "npx eslint ." }] } } }, baseline);
    expect([...carry.covered.keys()]).toEqual(["jobs.test"]);
    expect(Object.keys(carry.set)).toEqual(["jobs.lint"]);
  });
});
