import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applyPatch, parsePatch } from "diff";
import { describe, expect, it } from "vitest";
import { cli, copyExample, snapshotTree } from "../helpers/cli.js";

/** A repository nobody ran init in, with one planted weakness per line noted. */
const WEAK: Record<string, string> = {
  ".github/workflows/ci.yml": `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
`,
  "Dockerfile": `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
`,
  "package.json": '{ "name": "weak" }\n',
  "package-lock.json": "{}\n",
  "scripts/release.sh": "#!/usr/bin/env bash\necho releasing\n",
};

function writeRepo(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-audit-")), "repo");
  mkdirSync(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface JsonReport {
  version: number;
  failOn: string;
  summary: { findings: number; failing: number; bySeverity: Record<string, number>; score: number; byType: Record<string, unknown> };
  findings: { ruleId: string; severity: string; file: string; line: number | null; message: string; fix: string; title: string }[];
  unreadable: unknown[];
  fixes: { file: string; ruleIds: string[]; diff: string; component: string; creates: string[] }[];
}

describe("audit", () => {
  it("reports each planted weakness once with its rule and line, as versioned JSON, and exits 1; writes nothing", async () => {
    const repo = writeRepo(WEAK);
    const before = snapshotTree(repo);
    const result = await cli("audit", repo, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.failOn).toBe("low");
    expect(report.findings.map((f) => `${f.file}:${f.line ?? "-"} ${f.ruleId}`).sort()).toEqual(
      [
        ".github/dependabot.yml:- DU001",
        ".github/workflows/ci.yml:6 WF005",
        ".github/workflows/ci.yml:9 WF001",
        ".github/workflows/ci.yml:9 WF004",
        "Dockerfile:1 DF001",
        "Dockerfile:1 DF002",
        "Dockerfile:1 DF003",
        "Dockerfile:1 DF007",
        "scripts/release.sh:1 SH001",
      ].sort(),
    );
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(["file", "fix", "line", "message", "ruleId", "severity", "title"]);
    }
    expect(report.summary).toMatchObject({ findings: 9, failing: 9, bySeverity: { critical: 0, high: 2, medium: 5, low: 2 } });
    // Compose and Kubernetes files are absent: not applicable, not a zero.
    expect(report.summary.byType).toEqual({
      workflow: { rules: 14, passed: 11 },
      dockerfile: { rules: 9, passed: 5 },
      compose: "not applicable",
      "dependency-updates": { rules: 3, passed: 2 },
      shell: { rules: 1, passed: 0 },
      kubernetes: "not applicable",
      nginx: "not applicable",
      prometheus: "not applicable",
      "cross-file": { rules: 2, passed: 2 },
    });
    expect(report.summary.score).toBe(Math.round((100 * 20) / 29));
    expect(snapshotTree(repo)).toEqual(before);
  });

  it("prints findings grouped by file with lines, and the fix of each rule that fired", async () => {
    const result = await cli("audit", "--cwd", writeRepo(WEAK));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\.github\/workflows\/ci\.yml\n\s+6\s+low\s+WF005\s+jobs\.test has no timeout-minutes/m);
    expect(result.stdout).toContain("How to fix");
    expect(result.stdout).toContain("WF001  Every action is pinned to a full commit SHA.");
    expect(result.stdout).toMatch(/9 finding\(s\): 2 high, 5 medium, 2 low; 9 at or above --fail-on low/);
  });

  it("--fail-on sets the threshold of exit 1", async () => {
    // Without its two high findings (the unpinned action, the root final stage).
    const repo = writeRepo({
      ...WEAK,
      ".github/workflows/ci.yml": WEAK[".github/workflows/ci.yml"]!.replace("actions/checkout@v4", "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"),
      Dockerfile: WEAK.Dockerfile!.replace("CMD", "USER node\nCMD"),
    });
    expect((await cli("audit", repo, "--fail-on", "high")).code).toBe(0);
    expect((await cli("audit", repo, "--fail-on", "medium")).code).toBe(1);
    const json = JSON.parse((await cli("audit", repo, "--json", "--fail-on", "critical")).stdout) as JsonReport;
    expect(json.summary.failing).toBe(0);
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it("a repository after init --yes has no finding", async () => {
    const repo = copyExample();
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    const result = await cli("audit", repo);
    expect(result.stdout).toMatch(/^No findings in \d+ DevOps file/m);
    expect(result.code).toBe(0);
  });

  it("offers the baseline's own version of each weak file it renders, as a diff that clears every finding, and converges", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, "backend/Dockerfile"), 'FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\nCMD gunicorn config.wsgi\n');
    mkdirSync(join(repo, ".github/workflows"), { recursive: true });
    writeFileSync(join(repo, ".github/workflows/ci.yml"), WEAK[".github/workflows/ci.yml"]!);
    const before = snapshotTree(repo);
    const report = JSON.parse((await cli("audit", repo, "--json")).stdout) as JsonReport;
    expect(snapshotTree(repo)).toEqual(before);
    expect(report.fixes.map((f) => [f.file, f.component, f.creates])).toEqual([
      [".github/dependabot.yml", "dependency-updates", []],
      [".github/workflows/ci.yml", "ci", []],
      ["backend/Dockerfile", "docker", ["backend/.dockerignore"]],
    ]);
    expect(report.fixes.flatMap((f) => f.ruleIds).sort()).toEqual([...new Set(report.findings.map((f) => f.ruleId))].sort());

    // Applying the diffs exactly as printed leaves nothing to find and nothing to fix.
    for (const patch of report.fixes.flatMap((f) => parsePatch(f.diff))) {
      const path = (patch.newFileName ?? "").replace(/^b\//, "");
      const current = existsSync(join(repo, path)) ? readFileSync(join(repo, path), "utf8") : "";
      const next = applyPatch(current, patch);
      expect(next, path).not.toBe(false);
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), next as string);
    }
    const again = await cli("audit", repo, "--json");
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as JsonReport).fixes).toEqual([]);
  });

  it("--fix writes the replacements with .orig backups in one pass; a second run finds nothing to fix; init then owns them unchanged", async () => {
    const repo = copyExample();
    const weak = 'FROM python:3.12\nCOPY . .\nCMD ["gunicorn", "config.wsgi"]\n';
    writeFileSync(join(repo, "backend/Dockerfile"), weak);
    const fixed = await cli("audit", repo, "--fix");
    expect(fixed.stdout).toContain("fixed     backend/Dockerfile (previous content in backend/Dockerfile.orig)");
    expect(fixed.stdout).toContain("fixed     backend/.dockerignore (created)");
    expect(fixed.stdout).toContain("fixed     .github/dependabot.yml (created)");
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(repo, "backend/Dockerfile.orig"), "utf8")).toBe(weak);
    const again = await cli("audit", repo, "--fix", "--json");
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as JsonReport & { applied: unknown[] }).applied).toEqual([]);
    expect((await cli("init", "--yes", "--cwd", repo)).code).toBe(0);
    expect(readFileSync(join(repo, "backend/Dockerfile.orig"), "utf8")).toBe(weak);
    expect((await cli("check", "--cwd", repo)).code).toBe(0);
  });

  it("--diff prints the replacements after the findings", async () => {
    const repo = copyExample();
    writeFileSync(join(repo, "backend/Dockerfile"), "FROM python:3.12\nCMD [\"python\"]\n");
    const result = await cli("audit", repo, "--diff");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("The baseline renders 2 of these file(s) with none of their findings: .github/dependabot.yml, backend/Dockerfile.");
    expect(result.stdout).toMatch(/--- a\/backend\/Dockerfile\n\+\+\+ b\/backend\/Dockerfile/);
    expect(result.stdout).toMatch(/--- \/dev\/null\n\+\+\+ b\/backend\/\.dockerignore/);
  });

  it("an inline devops-baseline-ignore comment with a reason suppresses a finding; JSON lists it with the reason", async () => {
    const repo = writeRepo({ ...WEAK, Dockerfile: `# devops-baseline-ignore DF002 -- the platform runs it as uid 1000\n${WEAK.Dockerfile}` });
    const report = JSON.parse((await cli("audit", repo, "--json")).stdout) as JsonReport & { suppressed: { ruleId: string; reason: string }[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain("DF002");
    expect(report.suppressed).toEqual([{ ruleId: "DF002", file: "Dockerfile", line: 2, reason: "the platform runs it as uid 1000", source: "comment" }]);
    const text = await cli("audit", repo);
    expect(text.stdout).toContain("1 finding(s) suppressed by audit.suppress in the config, devops-baseline-ignore comments or the policy");
  });

  it("audit.suppress in the config accepts findings by rule and path glob, a missing-file finding included; a stale entry is reported", async () => {
    const config = {
      audit: {
        suppress: [
          { rule: "DU001", path: ".github/dependabot.yml", reason: "updates come from the platform team's Renovate" },
          { rule: "DF007", path: "**/Dockerfile", reason: "the build context is generated by CI" },
          { rule: "SH001", path: "docs/*.sh", reason: "no such file any more" },
        ],
      },
    };
    const repo = writeRepo({ ...WEAK, "devops-baseline.json": JSON.stringify(config) });
    const result = await cli("audit", repo, "--json");
    const report = JSON.parse(result.stdout) as JsonReport & { suppressed: unknown[]; warnings: string[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain("DU001");
    expect(report.findings.map((f) => f.ruleId)).not.toContain("DF007");
    expect(report.findings.map((f) => f.ruleId)).toContain("SH001");
    expect(report.suppressed).toEqual([
      { ruleId: "DU001", file: ".github/dependabot.yml", reason: "updates come from the platform team's Renovate", source: "config" },
      { ruleId: "DF007", file: "Dockerfile", line: 1, reason: "the build context is generated by CI", source: "config" },
    ]);
    expect(report.warnings).toEqual(['audit.suppress: SH001 on "docs/*.sh" matches no finding; remove it if the file was fixed']);
  });

  it("an audit.suppress entry without a reason is bad config, named by key", async () => {
    const repo = writeRepo({ ...WEAK, "devops-baseline.json": JSON.stringify({ audit: { suppress: [{ rule: "DU001", path: ".github/dependabot.yml", reason: " " }] } }) });
    const result = await cli("synth", "--cwd", repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/audit\.suppress\.0\.reason|audit\.suppress\[0\]\.reason/);
  });

  it("--defaults applies the organisation's policy: re-graded, turned off and suppressed rules (reason required), also for findings without a line", async () => {
    const repo = writeRepo(WEAK);
    const plain = JSON.parse((await cli("audit", repo, "--json")).stdout) as JsonReport;
    const lineless = plain.findings.find((f) => f.line === null)!;
    const defaults = join(mkdtempSync(join(tmpdir(), "devops-baseline-org-")), "org.json");
    writeFileSync(
      defaults,
      JSON.stringify({
        cloud: "aws-ecs",
        audit: { severity: { WF001: "critical", DF002: "off" }, suppress: [{ rule: lineless.ruleId, path: lineless.file, reason: "covered by the org's Renovate" }] },
      }),
    );
    const result = await cli("audit", repo, "--json", "--defaults", defaults, "--fail-on", "critical");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport & { suppressed: { ruleId: string; file: string; reason: string }[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain("DF002");
    expect(report.findings.filter((f) => f.severity === "critical").map((f) => f.ruleId)).toEqual(["WF001"]);
    expect(report.suppressed).toEqual([{ ruleId: lineless.ruleId, file: lineless.file, reason: "covered by the org's Renovate", source: "policy" }]);
    expect(report.findings).toHaveLength(plain.findings.length - 2);

    writeFileSync(defaults, JSON.stringify({ audit: { suppress: [{ rule: "WF001", reason: " " }], severity: { XX999: "low" } } }));
    const bad = await cli("audit", repo, "--defaults", defaults);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("audit.suppress.0.reason: a suppression needs a reason");
    expect(bad.stderr).toContain("is not a rule id");
  });

  it("--sarif-file writes SARIF besides the printed format", async () => {
    const repo = writeRepo(WEAK);
    const file = join(mkdtempSync(join(tmpdir(), "devops-baseline-sarif-")), "audit.sarif");
    const result = await cli("audit", repo, "--json", "--sarif-file", file);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(readFileSync(file, "utf8")) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.results).toHaveLength((JSON.parse(result.stdout) as JsonReport).findings.length);
  });

  it("an empty folder has nothing to report", async () => {
    const result = await cli("audit", writeRepo({}));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No findings in 0 DevOps file(s)");
  });

  it("a file that does not parse is named on stderr, not silently skipped", async () => {
    const result = await cli("audit", writeRepo({ "docker-compose.yml": "services:\n  a: [\n" }));
    expect(result.stderr).toMatch(/warning: docker-compose\.yml could not be parsed/);
    expect(result.code).toBe(0);
  });

  it("--format sarif and markdown print to stdout with the same exit code; an unknown format or two formats are bad input", async () => {
    const repo = writeRepo(WEAK);
    const sarif = await cli("audit", repo, "--format", "sarif");
    expect(sarif.code).toBe(1);
    expect((JSON.parse(sarif.stdout) as { version: string; runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(9);
    const markdown = await cli("audit", repo, "--format", "markdown");
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/^## DevOps audit\n\n9 finding\(s\), 9 at or above `low`\./);
    expect((await cli("audit", repo, "--format", "xml")).stderr).toContain('--format: "xml" is not allowed. Allowed: text, json, markdown, sarif');
    expect((await cli("audit", repo, "--format", "xml")).code).toBe(2);
    expect((await cli("audit", repo, "--json", "--format", "sarif")).code).toBe(2);
  });

  it("bad input exits 2: a missing folder, an unknown severity", async () => {
    const missing = await cli("audit", join(tmpdir(), "no-such-folder-for-audit"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("is not a folder");
    const severity = await cli("audit", writeRepo({}), "--fail-on", "urgent");
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('--fail-on: "urgent" is not allowed. Allowed: critical, high, medium, low');
  });

  it("--help tells what it reads, that it needs no config, and the exit codes", async () => {
    const help = await cli("audit", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, " ")).toContain("Needs no config; works before init. Writes nothing unless --fix.");
    expect(help.stdout).toContain("Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad input");
    expect(help.stdout).toContain("docs/audit.md");
  });
});
