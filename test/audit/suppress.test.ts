import { describe, expect, it } from "vitest";
import { applySuppressions } from "../../src/audit/suppress.js";
import { repoViewOf, runRules } from "../../src/rules/index.js";

const audit = (files: Record<string, string>) => {
  const findings = runRules(repoViewOf(Object.entries(files).map(([path, content]) => ({ path, content }))));
  return applySuppressions(findings, new Map(Object.entries(files)));
};
// DU001 (no update tool in these samples) is beside the point here.
const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).filter((id) => id !== "DU001").sort();

describe("inline suppressions", () => {
  const dockerfile = (comment: string) => ({ Dockerfile: `FROM alpine:3.20\n${comment}FROM alpine:3.20 AS final\nCMD ["sh"]\n`, ".dockerignore": ".git\n" });

  it("a comment on the line above, naming the rule and giving a reason, suppresses that finding only", () => {
    const plain = audit(dockerfile(""));
    expect(ids(plain.kept)).toEqual(["DF001", "DF001", "DF002", "DF003"]);
    const result = audit(dockerfile("# devops-baseline-ignore DF002 DF003 -- runs under gosu as uid 1000; probed by the load balancer\n"));
    expect(ids(result.kept)).toEqual(["DF001", "DF001"]);
    expect(result.suppressed).toEqual([
      { ruleId: "DF002", file: "Dockerfile", line: 3, reason: "runs under gosu as uid 1000; probed by the load balancer", source: "comment" },
      { ruleId: "DF003", file: "Dockerfile", line: 3, reason: "runs under gosu as uid 1000; probed by the load balancer", source: "comment" },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("a trailing comment on the finding's own line works too", () => {
    const ci = "name: ci\non: push\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - uses: ./local # devops-baseline-ignore WF004 -- not a checkout\n      - run: npm test || true # devops-baseline-ignore WF011 -- flaky upstream, tracked in #12\n";
    const result = audit({ ".github/workflows/ci.yml": ci });
    expect(ids(result.kept)).toEqual([]);
    expect(result.suppressed.map((s) => [s.ruleId, s.line])).toEqual([["WF011", 10]]);
  });

  it("a comment without a reason suppresses nothing and is reported", () => {
    const result = audit(dockerfile("# devops-baseline-ignore DF002\n"));
    expect(ids(result.kept)).toContain("DF002");
    expect(result.warnings).toEqual(['Dockerfile:2: devops-baseline-ignore DF002 has no reason (add "-- why"); the finding stays']);
  });

  it("a comment for another rule, or further away, suppresses nothing", () => {
    expect(ids(audit(dockerfile("# devops-baseline-ignore DF009 -- other rule\n")).kept)).toContain("DF002");
    expect(ids(audit(dockerfile("# devops-baseline-ignore DF002 -- too far\n\n")).kept)).toContain("DF002");
  });
});
