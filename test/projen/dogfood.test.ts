import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { baselineProject } from "../../.projenrc.js";
import { formatFindings, validateDependabot, validateWorkflows } from "../validators/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const listed = (root: string): string[] => (JSON.parse(readFileSync(join(root, ".projen/files.json"), "utf8")) as { files: string[] }).files;

/** Files `.projenrc.ts` generates whose bytes in `repo` differ from a fresh synth in `fresh` (or are missing). */
function drifted(repo: string, fresh: string): string[] {
  return listed(fresh)
    .filter((path) => existsSync(join(fresh, path)))
    .filter((path) => !existsSync(join(repo, path)) || !readFileSync(join(repo, path)).equals(readFileSync(join(fresh, path))));
}

let fresh: string;
beforeAll(() => {
  fresh = mkdtempSync(join(tmpdir(), "devops-baseline-dogfood-"));
  baselineProject(fresh).synth();
});

describe("this repository's own baseline (.projenrc.ts)", () => {
  it("is current: the committed files are byte-for-byte what `npm run baseline` writes", () => {
    const stale = drifted(ROOT, fresh);
    expect(stale, `drifted from .projenrc.ts: ${stale.join(", ")}. Run \`npm run baseline\` and commit.`).toEqual([]);
  });

  it("generates every workflow and dependabot.yml; .gitignore and package.json stay hand-written", () => {
    const workflows = readdirSync(join(ROOT, ".github/workflows")).map((f) => `.github/workflows/${f}`);
    expect(listed(ROOT)).toEqual(expect.arrayContaining([...workflows, ".github/dependabot.yml"]));
    expect(workflows).toContain(".github/workflows/ci.yml");
    for (const handWritten of [".gitignore", "package.json", ".gitattributes", ".projen/tasks.json"]) expect(listed(fresh)).not.toContain(handWritten);
    expect(existsSync(join(fresh, ".gitignore"))).toBe(false);
  });

  it("runs the library stack's checks and a projen drift check in CI", () => {
    const ci = parse(readFileSync(join(fresh, ".github/workflows/ci.yml"), "utf8")) as { jobs: Record<string, { steps: { id?: string; run?: string }[] }> };
    const checks = ci.jobs["library-checks"]?.steps ?? [];
    const run = (id: string): string => checks.find((s) => s.id === id)?.run ?? "";
    expect(run("install")).toBe("npm ci");
    expect(run("lint")).toMatch(/npm run .*lint/);
    expect(run("typecheck")).toContain("tsc --noEmit");
    expect(run("unit-tests")).toMatch(/npm run .*test/);
    expect(run("build")).toBe("npm run build");
    const drift = ci.jobs.drift?.steps.find((s) => s.id === "check")?.run ?? "";
    expect(drift).toBe("npm ci\nnpm run baseline\ngit diff --exit-code");
  });

  it("passes actionlint, the workflow and Dependabot schemas, shellcheck, the hardening rules and prettier", async () => {
    const workflows = listed(fresh)
      .filter((p) => p.startsWith(".github/workflows/"))
      .map((path) => ({ path, text: readFileSync(join(fresh, path), "utf8") }));
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    const findings = [...(await validateWorkflows(workflows)), ...(await validateDependabot(readFileSync(join(fresh, ".github/dependabot.yml"), "utf8")))];
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it("refreshes its pins weekly: pins --update, regenerate, one PR pushed with the App token", () => {
    type Step = { id?: string; run?: string; uses?: string; env?: Record<string, string>; if?: string; "continue-on-error"?: boolean };
    const wf = parse(readFileSync(join(fresh, ".github/workflows/pins-refresh.yml"), "utf8")) as { on: { schedule: unknown[] }; jobs: { refresh: { permissions: unknown; steps: Step[] } } };
    expect(wf.on.schedule).toHaveLength(1);
    const steps = wf.jobs.refresh.steps;
    const step = (id: string) => steps.find((s) => s.id === id)!;
    expect(steps.map((s) => s.id)).toEqual(["app-token", "checkout", "setup-node", "install", "refresh", "regenerate", "pull-request", "report"]);
    expect(step("refresh").run).toContain("pins --update");
    expect(step("refresh")["continue-on-error"]).toBe(true);
    expect(step("regenerate").run).toBe("npm run regen");
    expect(step("pull-request").run).toContain("gh pr create --head devops-baseline/pins");
    expect(step("pull-request").env?.GH_TOKEN).toContain("steps.app-token.outputs.token");
    expect(step("report").if).toContain("steps.refresh.outcome == 'failure'");
    // The job's own token only reads; writes go through the App token or PAT.
    expect(wf.jobs.refresh.permissions).toEqual({ contents: "read" });
  });

  it("the drift comparison catches a hand edit and a deleted file", () => {
    const copy = mkdtempSync(join(tmpdir(), "devops-baseline-dogfood-edit-"));
    cpSync(fresh, copy, { recursive: true });
    expect(drifted(copy, fresh)).toEqual([]);
    const ci = join(copy, ".github/workflows/ci.yml");
    chmodSync(ci, 0o644);
    writeFileSync(ci, readFileSync(ci, "utf8").replace("timeout-minutes: 20", "timeout-minutes: 21"));
    expect(drifted(copy, fresh)).toEqual([".github/workflows/ci.yml"]);
  });
});
