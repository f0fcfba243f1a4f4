import { describe, expect, it } from "vitest";
import { applyPolicy, parseAuditPolicy } from "../../src/audit/policy.js";
import type { Finding } from "../../src/rules/index.js";

const finding = (ruleId: string, file: string, line?: number): Finding => ({ ruleId, file, ...(line ? { line } : {}), severity: "medium", title: "t", fix: "f", message: "m" });

describe("the organisation's audit policy", () => {
  it("suppresses by rule and path glob: * stays in a folder, ** crosses folders (and matches none), no path matches all", () => {
    const findings = [
      finding("DF002", "Dockerfile", 1),
      finding("DF002", "legacy/Dockerfile", 1),
      finding("DF002", "legacy/old/Dockerfile", 1),
      finding("WF005", ".github/workflows/ci.yml", 6),
      finding("WF005", ".github/workflows/nested/x.yml", 3),
      finding("DU001", ".github/dependabot.yml"),
    ];
    const policy = parseAuditPolicy(
      {
        suppress: [
          { rule: "DF002", path: "legacy/**/Dockerfile", reason: "legacy images run as uid 1000" },
          { rule: "WF005", path: ".github/workflows/*.yml", reason: "runner default" },
          { rule: "DU001", reason: "Renovate app" },
        ],
      },
      "test",
    );
    const { kept, suppressed } = applyPolicy(findings, policy);
    expect(kept.map((f) => `${f.ruleId} ${f.file}`)).toEqual(["DF002 Dockerfile", "WF005 .github/workflows/nested/x.yml"]);
    expect(suppressed).toEqual([
      { ruleId: "DF002", file: "legacy/Dockerfile", line: 1, reason: "legacy images run as uid 1000", source: "policy" },
      { ruleId: "DF002", file: "legacy/old/Dockerfile", line: 1, reason: "legacy images run as uid 1000", source: "policy" },
      { ruleId: "WF005", file: ".github/workflows/ci.yml", line: 6, reason: "runner default", source: "policy" },
      { ruleId: "DU001", file: ".github/dependabot.yml", reason: "Renovate app", source: "policy" },
    ]);
  });

  it("re-grades severities and drops rules turned off, leaving the input untouched", () => {
    const findings = [finding("WF005", "a.yml", 1), finding("DF009", "Dockerfile", 2)];
    const { kept } = applyPolicy(findings, parseAuditPolicy({ severity: { WF005: "critical", DF009: "off" } }, "test"));
    expect(kept.map((f) => [f.ruleId, f.severity])).toEqual([["WF005", "critical"]]);
    expect(findings[0]!.severity).toBe("medium");
  });

  it("refuses unknown keys, rule ids and severities, and suppressions without a reason, naming each", () => {
    expect(() => parseAuditPolicy({ severity: { WF005: "urgent" } }, "org.json")).toThrow(/audit\.severity\.WF005/);
    expect(() => parseAuditPolicy({ severity: { ZZ001: "low" } }, "org.json")).toThrow(/"ZZ001" is not a rule id/);
    expect(() => parseAuditPolicy({ suppress: [{ rule: "WF005" }] }, "org.json")).toThrow(/audit\.suppress\.0\.reason/);
    expect(() => parseAuditPolicy({ ignore: [] }, "org.json")).toThrow(/org\.json: invalid audit policy/);
  });
});
