import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RenderedFile } from "../../../src/synth/file-model.js";
import { type Finding, formatFindings, prettierFindings, validateDependabot, validateWorkflows } from "../../validators/index.js";
import { matrixFiles, matrixWorkflows } from "./matrix-files.js";
import { optionMatrix } from "./option-matrix.js";

describe("ci.yml, security.yml, dependabot.yml and perf/smoke.js for every stack combination", () => {
  let files: RenderedFile[];
  beforeAll(() => {
    files = matrixFiles();
  });

  it("covers every backend × frontend × package manager", () => {
    expect(optionMatrix().length).toBe(134); // 2×3×9 python + 2×4×9 node + 8 frontend-only
    expect(files.filter((f) => f.path === ".github/workflows/ci.yml").length).toBeGreaterThan(100);
  });

  it("workflows pass the workflow schema, shellcheck, the hardening rules and prettier (actionlint: workflow-actionlint.test.ts)", async () => {
    const findings = await validateWorkflows(matrixWorkflows(files), ["schema", "shellcheck", "hardening", "prettier"]);
    expect(formatFindings(findings)).toBe("");
  });

  it("dependabot.yml passes the Dependabot schema and prettier", async () => {
    const findings: Finding[] = [];
    const dependabot = files.filter((f) => f.path === ".github/dependabot.yml");
    expect(dependabot.length).toBeGreaterThan(10);
    for (const f of dependabot) findings.push(...(await validateDependabot(f.content)));
    expect(formatFindings(findings)).toBe("");
  });

  it("renovate.json is rendered when chosen and parses", () => {
    const renovate = files.filter((f) => f.path === "renovate.json");
    expect(renovate.length).toBeGreaterThan(0);
    for (const f of renovate) expect((JSON.parse(f.content) as { enabledManagers: string[] }).enabledManagers).toContain("github-actions");
  });

  it("perf/smoke.js parses as JavaScript (node --check) and is prettier-clean", async () => {
    const scripts = files.filter((f) => f.path === "perf/smoke.js");
    expect(scripts.length).toBeGreaterThan(1);
    const dir = mkdtempSync(join(tmpdir(), "k6-"));
    try {
      for (const [i, s] of scripts.entries()) {
        const path = join(dir, `smoke-${i}.mjs`);
        writeFileSync(path, s.content);
        execFileSync(process.execPath, ["--check", path]);
        expect(await prettierFindings(s.content, s.path, "babel")).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
