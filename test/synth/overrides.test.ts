import { describe, expect, it } from "vitest";
import { applyOverride } from "../../src/synth/overrides.js";

const workflow = { jobs: { test: { steps: [{ id: "checkout", uses: "actions/checkout@x" }, { name: "Test", run: "npm test" }] } } };

describe("overrides", () => {
  it("set addresses list items by id or name, and appends an item the list lacks when the value carries that id", () => {
    const next = applyOverride(
      workflow,
      { set: { "jobs.test.steps.Test.run": "npm run test", "jobs.test.steps.e2e": { id: "e2e", run: "npm run e2e" } } },
      "ci.yml",
    ) as typeof workflow;
    expect(next.jobs.test.steps).toEqual([{ id: "checkout", uses: "actions/checkout@x" }, { name: "Test", run: "npm run test" }, { id: "e2e", run: "npm run e2e" }]);
    // Applying it again replaces the appended step in place: carried steps do not pile up.
    expect(applyOverride(next, { set: { "jobs.test.steps.e2e": { id: "e2e", run: "npm run e2e -- --ci" } } }, "ci.yml")).toMatchObject({
      jobs: { test: { steps: [{}, {}, { id: "e2e", run: "npm run e2e -- --ci" }] } },
    });
    expect(workflow.jobs.test.steps).toHaveLength(2);
  });

  it("a missing item without a matching id is an error that says how to append", () => {
    expect(() => applyOverride(workflow, { set: { "jobs.test.steps.lint": { run: "npm run lint" } } }, "ci.yml")).toThrow(/no list item with id or name "lint" \(to append one, set a map whose id is "lint"\)/);
    expect(() => applyOverride(workflow, { set: { "jobs.test.steps.lint.run": "x" } }, "ci.yml")).toThrow(/no list item/);
  });
});
