import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { auditMarkdown, auditSarif, type AuditResult } from "../../src/audit/index.js";
import { repoViewOf, RULES, runRules } from "../../src/rules/index.js";
import { GOOD_CI } from "../rules/samples/workflow.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The OASIS schema is draft-04; with no draft-04-only keyword in it, ajv's default draft checks it once `id` is dropped. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const WEAK_CI = GOOD_CI.replace(/actions\/checkout@\S+ # \S+/, "actions/checkout@v4").replace("    timeout-minutes: 15\n", "");
const result = (files: Record<string, string>): AuditResult => ({
  root: "/repo",
  failOn: "low",
  audited: {},
  findings: runRules(repoViewOf(Object.entries(files).map(([path, content]) => ({ path, content })))),
  unreadable: [],
  fixes: [],
});
type Sarif = { runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { markdown: string }; properties: { tags: string[]; "security-severity": string } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region?: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[] }[] };
const sarifOf = (files: Record<string, string>): Sarif => JSON.parse(auditSarif(result(files), "0.0.0-test")) as Sarif;

describe("audit --format sarif", () => {
  const files = {
    ".github/workflows/ci.yml": WEAK_CI,
    Dockerfile: "FROM node:22-alpine\nCMD [\"node\", \"server.js\"]\n",
    "package.json": "{}\n",
  };

  it("validates against the SARIF 2.1.0 JSON Schema", () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(auditSarif(result(files), "0.0.0-test"))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(auditSarif(result({}), "0.0.0-test"))), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject: a driver needs a name, a level is one of four.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    const bad = JSON.parse(auditSarif(result(files), "0.0.0-test")) as Sarif;
    bad.runs[0]!.results[0]!.level = "fatal";
    expect(validate(bad)).toBe(false);
  });

  it("carries what GitHub code scanning reads: rules with help, helpUri, tags and security-severity; results with ruleId, level, lines and our fingerprint", () => {
    const sarif = sarifOf(files);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`docs/audit\\.md#${rule.id.toLowerCase()}$`));
      expect(rule.help.markdown).toContain("**Fix:**");
      expect(rule.properties.tags).toContain("security");
      expect(Number(rule.properties["security-severity"])).toBeGreaterThan(0);
    }
    const wf001 = run.results.find((r) => r.ruleId === "WF001")!;
    expect(wf001.level).toBe("error");
    expect(wf001.locations[0]!.physicalLocation.region?.startLine).toBe(WEAK_CI.split("\n").findIndex((l) => l.includes("actions/checkout@v4")) + 1);
    expect(Object.keys(wf001.partialFingerprints)).toEqual(["devopsBaselineFinding/v1"]);
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(["error", "warning", "note"]));
  });

  it("fingerprints survive lines moving, and differ between findings", () => {
    const before = sarifOf(files).runs[0]!.results;
    const moved = sarifOf({ ...files, ".github/workflows/ci.yml": `# a comment\n\n${WEAK_CI}` }).runs[0]!.results;
    const prints = (rs: typeof before) => rs.map((r) => r.partialFingerprints["devopsBaselineFinding/v1"]).sort();
    expect(prints(moved)).toEqual(prints(before));
    expect(moved.map((r) => r.locations[0]!.physicalLocation.region?.startLine)).not.toEqual(before.map((r) => r.locations[0]!.physicalLocation.region?.startLine));
    expect(new Set(prints(before)).size).toBe(before.length);
  });
});

describe("audit --format markdown", () => {
  it("groups findings by file in tables and lists the fix of each rule that fired", () => {
    const md = auditMarkdown(result({ Dockerfile: "FROM node:22-alpine\n" }));
    expect(md).toContain("### `Dockerfile`");
    expect(md).toMatch(/\| 1 \| high \| \[DF002\]\(\S+#df002\) \| the final stage has no USER: it runs as root \|/);
    expect(md).toContain("### How to fix");
    expect(auditMarkdown(result({}))).toBe("## DevOps audit\n\nNo findings.\n");
  });
});
