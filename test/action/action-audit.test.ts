import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/run-action.js";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { TOKEN } from "../rollout/harness.js";
import { readRunnerFiles } from "./runner-files.js";

const FILES: Record<string, string> = {
  ".github/workflows/ci.yml": "name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n",
  "package.json": '{ "name": "app" }\n',
};

/** `command: audit` against the local spec-checked GitHub: the SARIF written, uploaded to code scanning, and --fail-on. */
describe("the action's audit command", () => {
  let server: GitHubServer;
  let checkout: string;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.addRepo({ owner: "acme", name: "app", files: FILES });
    checkout = join(mkdtempSync(join(tmpdir(), "devops-baseline-action-audit-")), "app");
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(checkout, path)), { recursive: true });
      writeFileSync(join(checkout, path), text);
    }
  });
  afterAll(async () => {
    await server.close();
  });

  const act = async (inputs: Record<string, string>, runner: NodeJS.ProcessEnv = {}) => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-action-audit-run-"));
    const env: NodeJS.ProcessEnv = {
      INPUT_COMMAND: "audit",
      "INPUT_SARIF-FILE": join(dir, "audit.sarif"),
      "INPUT_SARIF-TOKEN": TOKEN,
      GITHUB_OUTPUT: join(dir, "output"),
      GITHUB_STEP_SUMMARY: join(dir, "summary"),
      GITHUB_REPOSITORY: "acme/app",
      GITHUB_SHA: server.repo("acme", "app").resolveCommit("main")!,
      GITHUB_REF: "refs/heads/main",
      GITHUB_API_URL: server.url,
      GITHUB_WORKSPACE: checkout,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...runner,
    };
    const lines: string[] = [];
    const code = await runAction(env, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return { code, lines, sarifPath: env["INPUT_SARIF-FILE"]!, ...readRunnerFiles(env) };
  };

  it("writes the SARIF, uploads it gzipped to code scanning for the run's commit and ref, and fails on findings", async () => {
    const { code, lines, outputs, summary, sarifPath } = await act({ args: `-C ${checkout}` });
    expect(code, lines.join("\n")).toBe(1);
    const written = JSON.parse(readFileSync(sarifPath, "utf8")) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(written.version).toBe("2.1.0");
    expect(written.runs[0]!.results.map((r) => r.ruleId)).toContain("WF001");

    const uploads = server.repo("acme", "app").sarifs;
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ commitSha: server.repo("acme", "app").resolveCommit("main"), ref: "refs/heads/main", toolName: "create-devops-baseline", checkoutUri: `file://${checkout}` });
    expect(uploads[0]!.sarif).toEqual(written);
    expect(server.violations).toEqual([]);

    expect(outputs["sarif-file"]).toBe(sarifPath);
    expect(outputs["sarif-id"]).toBe(uploads[0]!.id);
    expect(outputs["exit-code"]).toBe("1");
    expect(summary).toContain("### create-devops-baseline audit");
    expect(summary).toMatch(/\*\*\d+ finding\(s\)\*\*, \d+ at or above `low`/);
    expect(summary).toMatch(/\| `\.github\/workflows\/ci\.yml` \| 9 \| WF001 \| high \|/);
    // Masked before use: the runner hides it from here on; nothing else prints it.
    expect(lines.filter((l) => l.startsWith("::add-mask::"))).toEqual([`::add-mask::${TOKEN}`]);
    expect([...lines.filter((l) => !l.startsWith("::add-mask::")), summary].join("\n")).not.toContain(TOKEN);
  });

  it("--fail-on critical passes with the same findings; upload-sarif: false uploads nothing", async () => {
    const before = server.repo("acme", "app").sarifs.length;
    const { code, outputs, summary } = await act({ args: `-C ${checkout} --fail-on critical`, "upload-sarif": "false" });
    expect(code).toBe(0);
    expect(server.repo("acme", "app").sarifs).toHaveLength(before);
    expect(outputs["sarif-id"]).toBeUndefined();
    expect(summary).toMatch(/\*\*\d+ finding\(s\)\*\*, none at or above `critical`/);
  });

  it("an upload GitHub refuses (a commit it does not know) fails the step with exit 3 and names the permission", async () => {
    const { code, lines, outputs } = await act({ args: `-C ${checkout}` }, { GITHUB_SHA: "0".repeat(40) });
    expect(code).toBe(3);
    expect(outputs["exit-code"]).toBe("3");
    expect(lines.join("\n")).toMatch(/::error title=SARIF upload::.*security-events: write/);
    expect(lines.filter((l) => !l.startsWith("::add-mask::")).join("\n")).not.toContain(TOKEN);
    // The fake answers 422 as GitHub does; that is recorded as a non-2xx answer, not a spec violation.
    expect(server.violations).toEqual([]);
  });

  it("outside a workflow (no GITHUB_REPOSITORY), the upload is bad input that says to set upload-sarif: false", async () => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-action-audit-local-"));
    const env: NodeJS.ProcessEnv = {
      INPUT_COMMAND: "audit",
      INPUT_ARGS: `-C ${checkout}`,
      "INPUT_SARIF-FILE": join(dir, "audit.sarif"),
      "INPUT_SARIF-TOKEN": TOKEN,
      GITHUB_OUTPUT: join(dir, "output"),
      GITHUB_STEP_SUMMARY: join(dir, "summary"),
    };
    const out: string[] = [];
    expect(await runAction(env, { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(2);
    expect(out.join("\n")).toContain("set upload-sarif: false outside one");
  });
});
