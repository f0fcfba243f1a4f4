import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_DOCS_PATH, formatAuditDocs, renderAuditDocs } from "../../scripts/gen-audit-docs.js";
import { RULES } from "../../src/rules/index.js";

const ROOT = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), "utf8");

describe("docs/audit.md", () => {
  it("is what scripts/gen-audit-docs.ts writes from the current catalog", async () => {
    expect(read(AUDIT_DOCS_PATH) === (await formatAuditDocs()), "docs/audit.md is stale: run `node --import tsx scripts/gen-audit-docs.ts` and commit it").toBe(true);
  });

  it("lists every rule with its severity, rationale and fix", () => {
    const page = renderAuditDocs();
    for (const rule of RULES) {
      expect(page).toContain(`| [${rule.id}](#${rule.id.toLowerCase()}) | ${rule.severity} |`);
      expect(page).toContain(`### ${rule.id}\n`);
      expect(page).toContain(rule.fix);
    }
  });
});

describe("docs/commands/audit.md", () => {
  it("documents the flags and the exit codes that `audit --help` prints", () => {
    const page = read("docs/commands/audit.md");
    for (const text of ["--json", "--format", "sarif", "markdown", "--diff", "--fix", "--fail-on", "-C, --cwd", "Exit codes: 0 no finding at or above `--fail-on`, 1 findings at or above it, 2 bad input"]) {
      expect(page).toContain(text);
    }
  });
});
