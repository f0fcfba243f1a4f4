import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { actionlintFindings, formatFindings } from "../validators/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const FAKE_SHA = "0123456789abcdef0123456789abcdef01234567";
const blocks = [...readFileSync(join(ROOT, "docs/github-action.md"), "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/<sha>/g, FAKE_SHA));
const inputs = Object.keys((parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: object }).inputs);
const outputs = Object.keys((parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { outputs: object }).outputs);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe("docs/github-action.md", () => {
  it("its workflows pass actionlint (steps wrapped in a job where the page shows steps only)", async () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const workflows = blocks.map((text, i) => {
      const data = parse(text) as unknown;
      const jobs = Array.isArray(data)
        ? { resync: { "runs-on": "ubuntu-24.04", "timeout-minutes": 10, permissions: { contents: "read" }, steps: data } }
        : (data as { jobs: object }).jobs;
      return { path: `docs-example-${i}.yml`, text: stringify({ on: { workflow_dispatch: null }, permissions: {}, jobs }) };
    });
    const findings = await actionlintFindings(workflows);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it("uses only inputs and outputs the action declares", () => {
    const steps = blocks.flatMap((text) => {
      const data = parse(text) as { jobs?: Record<string, { steps: Step[] }> } | Step[];
      return Array.isArray(data) ? data : Object.values(data.jobs ?? {}).flatMap((j) => j.steps);
    });
    const ours = steps.filter((s) => s.uses?.startsWith("create-devops-baseline/create-devops-baseline@"));
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const step of ours) for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key);
    const used = blocks.join("\n").matchAll(/steps\.baseline\.outputs\.([a-z-]+)/g);
    for (const [, name] of used) expect(outputs).toContain(name);
  });
});
