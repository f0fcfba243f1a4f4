import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { withoutManagedEntries } from "../../src/components/dependency-updates/managed-entries.js";
import { cli, snapshotTree } from "../helpers/cli.js";
import { schemaFindings, validateWorkflows } from "../validators/index.js";

const APP = new URL("../fixtures/apps/express-ts-outdir/", import.meta.url).pathname;
const WEAK = new URL("../fixtures/adopt/weak-express/", import.meta.url).pathname;
const WEAK_FILES = [".github/workflows/ci.yml", ".github/dependabot.yml", "Dockerfile", "docker-compose.yml"];

/** The Express fixture app with the weak DevOps files laid over it, in a fresh folder. */
function weakRepo(): string {
  const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-adopt-")), "orders");
  cpSync(APP, root, { recursive: true });
  for (const file of WEAK_FILES) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    cpSync(join(WEAK, file), join(root, file));
  }
  return root;
}

interface Report {
  findings: { ruleId: string; file: string; line: number | null }[];
}
const audit = async (root: string): Promise<Report> => JSON.parse((await cli("audit", root, "--json")).stdout) as Report;
const where = (r: Report): string[] => r.findings.map((f) => `${f.file}:${f.line ?? "-"} ${f.ruleId}`).sort();

describe("adopt", () => {
  it("the fixture's planted weaknesses are each reported once, with rule and line", async () => {
    expect(where(await audit(weakRepo()))).toEqual(
      [
        ".github/dependabot.yml:2 DU002", // github-actions
        ".github/dependabot.yml:2 DU002", // docker
        ".github/dependabot.yml:2 DU002", // docker-compose
        ".github/dependabot.yml:4 DU003",
        ".github/workflows/ci.yml:1 WF002", // no top-level permissions: reported at the file's start
        ".github/workflows/ci.yml:7 WF005",
        ".github/workflows/ci.yml:10 WF001",
        ".github/workflows/ci.yml:10 WF004",
        ".github/workflows/ci.yml:11 WF001",
        "Dockerfile:1 DF001",
        "Dockerfile:1 DF002",
        "Dockerfile:1 DF003",
        "Dockerfile:1 DF007",
        "Dockerfile:3 DF008",
        "Dockerfile:6 DF006",
        "docker-compose.yml:2 CP001",
        "docker-compose.yml:7 CP005",
        "docker-compose.yml:13 CP002",
        "docker-compose.yml:15 CP001",
        "docker-compose.yml:19 CP006",
      ].sort(),
    );
  });

  it("init keeps the weak files; adopt --all --yes takes them over: zero findings, .orig backups, carried parts in the config, check clean", async () => {
    const root = weakRepo();
    expect((await cli("init", "--cwd", root, "--yes")).code).toBe(0);
    const kept = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as { eject: string[] };
    expect([...kept.eject].sort()).toEqual([...WEAK_FILES].sort());
    expect((await audit(root)).findings.length).toBeGreaterThan(0);

    const result = await cli("adopt", "--cwd", root, "--all", "--yes");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // The audit delta per file, and what is carried or not, are shown before the diff.
    expect(result.stdout).toMatch(/adopt {5}\.github\/workflows\/ci\.yml\n(.*\n)*? {2}fixes {8}WF001 line 10: jobs\.test\.steps\[0\]: uses actions\/checkout@v4/);
    expect(result.stdout).toContain("carried      jobs.docs-links: a job the baseline does not have");
    expect(result.stdout).toContain("carried      services.mailpit: a service the baseline does not have");
    expect(result.stdout).toContain("not carried  jobs.test: covered: the baseline's jobs run every action and command of it");
    expect(result.stdout).toContain("not carried  line 2: ARG BUILD_SHA=dev is not in the baseline's Dockerfile");
    expect(result.stdout).toContain("not carried  services.backend.privileged: dropped (true)");
    // Dependabot entries pair by ecosystem and folder: the user's npm entry is the baseline's, with more keys.
    expect(result.stdout).not.toContain("not carried  updates[0]: dropped");
    expect(result.stdout).toContain("+++ b/Dockerfile");
    // The compose file's plaintext password is not repeated in the lists (the diff of the old file shows it).
    expect(result.stdout.split("\n").filter((l) => /^ {2}(not )?carried/.test(l)).join("\n")).not.toContain("hunter2-orders");
    expect(result.stdout).toContain("not carried  services.db.environment.POSTGRES_PASSWORD: a value (hidden: it looks like a secret) replaced by");
    expect(result.stdout).toMatch(/Audit of the repository: \d+ finding\(s\) before, 0 after\./);

    expect((await audit(root)).findings).toEqual([]);
    // The backups hold what was there: the user's files, the kept dependabot.yml with the entries init managed in it.
    for (const file of WEAK_FILES) expect(withoutManagedEntries(readFileSync(join(root, `${file}.orig`), "utf8"))).toBe(readFileSync(join(WEAK, file), "utf8"));
    expect(readFileSync(join(root, ".github/dependabot.yml.orig"), "utf8")).toContain("# >>> create-devops-baseline: managed entries");

    const config = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as { eject?: string[]; overrides: Record<string, { set: Record<string, unknown> }> };
    expect(config.eject).toBeUndefined();
    expect(Object.keys(config.overrides[".github/workflows/ci.yml"]!.set).sort()).toEqual(["env.FORCE_COLOR", "jobs.docs-links"]);
    expect(config.overrides["docker-compose.yml"]!.set).toMatchObject({
      "services.backend.environment.LOG_LEVEL": "debug",
      "services.backend.build.args.BUILD_SHA": "dev",
      "services.mailpit": { image: expect.stringContaining("axllent/mailpit") },
    });

    // The carried parts are in the owned files, and those pass the real validators.
    const ci = readFileSync(join(root, ".github/workflows/ci.yml"), "utf8");
    const workflow = parse(ci) as { env: Record<string, string>; jobs: Record<string, unknown> };
    expect(workflow.env.FORCE_COLOR).toBe("1");
    expect(Object.keys(workflow.jobs)).toContain("docs-links");
    expect(await validateWorkflows([{ path: ".github/workflows/ci.yml", text: ci }], ["actionlint", "schema", "hardening"])).toEqual([]);
    const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8")) as { services: Record<string, { environment?: Record<string, string>; build?: { args?: Record<string, string> } }> };
    expect(compose.services.backend!.environment!.LOG_LEVEL).toBe("debug");
    expect(compose.services.backend!.build!.args!.BUILD_SHA).toBe("dev");
    expect(schemaFindings("compose-spec.json", compose, "docker-compose.yml")).toEqual([]);

    // Owned now, and in sync: check agrees, and a second adopt has nothing to do.
    expect((await cli("check", "--cwd", root)).code).toBe(0);
    const again = await cli("adopt", "--cwd", root, "--all", "--yes");
    expect(again.stdout).toContain("Nothing to adopt");
  });

  it("a second fixture (FastAPI): an extra step joins the baseline's job of the same id, a pull_request_target trigger is not carried", async () => {
    const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-adopt-")), "stockroom");
    cpSync(new URL("../fixtures/apps/fastapi-factory-alembic/", import.meta.url).pathname, root, { recursive: true });
    cpSync(new URL("../fixtures/adopt/weak-fastapi/", import.meta.url).pathname, root, { recursive: true });
    rmSync(join(root, "README.md"));
    expect(where(await audit(root))).toEqual(
      [
        ".github/dependabot.yml:- DU001",
        ".github/workflows/ci.yml:1 WF002",
        ".github/workflows/ci.yml:6 WF005",
        ".github/workflows/ci.yml:12 WF001",
        ".github/workflows/ci.yml:12 WF004",
        ".github/workflows/ci.yml:12 WF009",
        ".github/workflows/ci.yml:15 WF001",
        "backend/Dockerfile:1 DF001",
        "backend/Dockerfile:1 DF002",
        "backend/Dockerfile:1 DF003",
        "backend/Dockerfile:1 DF007",
        "backend/Dockerfile:2 DF008",
        "backend/Dockerfile:3 DF004",
        "backend/Dockerfile:3 DF005", // --no-install-recommends
        "backend/Dockerfile:3 DF005", // apt lists left in the layer
        "backend/Dockerfile:6 DF005", // pip cache
        "docker-compose.yml:2 CP001",
        "docker-compose.yml:4 CP005",
        "docker-compose.yml:8 CP001",
        "docker-compose.yml:11 CP006",
      ].sort(),
    );
    await cli("init", "--cwd", root, "--yes");
    const result = await cli("adopt", "--cwd", root, "--all", "--yes");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("carried      jobs.backend-checks.steps[Import check]: a step the baseline does not run, appended to its job");
    expect(result.stdout).toContain("not carried  on.pull_request_target: a privileged trigger");
    expect(result.stdout).toContain("not carried  jobs.backend-checks.steps[0].with.ref: dropped");
    expect((await audit(root)).findings).toEqual([]);
    const ci = parse(readFileSync(join(root, ".github/workflows/ci.yml"), "utf8")) as { on: Record<string, unknown>; jobs: Record<string, { steps: { name?: string; run?: string }[] }> };
    expect(Object.keys(ci.on)).not.toContain("pull_request_target");
    expect(ci.jobs["backend-checks"]!.steps.at(-1)).toEqual({ name: "Import check", run: 'uv run --locked python -c "import stockroom.main"' });
    const config = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as { overrides: Record<string, { set: Record<string, unknown> }> };
    expect(Object.keys(config.overrides[".github/workflows/ci.yml"]!.set)).toEqual(["jobs.backend-checks.steps.Import check"]);
    expect(config.overrides["docker-compose.yml"]!.set).toEqual({ "services.backend.environment.FEATURE_FLAGS": "bulk-import" });
    expect(readFileSync(join(root, "backend/Dockerfile.orig"), "utf8")).toContain("ENV DATABASE_PASSWORD=stockroom-secret");
    expect((await cli("check", "--cwd", root)).code).toBe(0);
  });

  it("adopts only the paths named; the others stay kept", async () => {
    const root = weakRepo();
    await cli("init", "--cwd", root, "--yes");
    const result = await cli("adopt", "--cwd", root, "Dockerfile", "--yes");
    expect(result.code).toBe(0);
    const config = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as { eject: string[] };
    expect([...config.eject].sort()).toEqual(WEAK_FILES.filter((f) => f !== "Dockerfile").sort());
    expect(readFileSync(join(root, "docker-compose.yml"), "utf8")).toBe(readFileSync(join(WEAK, "docker-compose.yml"), "utf8"));
    expect(readFileSync(join(root, "Dockerfile.orig"), "utf8")).toBe(readFileSync(join(WEAK, "Dockerfile"), "utf8"));
  });

  it("bad input writes nothing and exits 2: no config, a path that is not kept, no terminal without --yes, a TS config with code of its own", async () => {
    const bare = weakRepo();
    const noConfig = await cli("adopt", "--cwd", bare, "--all", "--yes");
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain("Run `create-devops-baseline init` first");

    const root = weakRepo();
    await cli("init", "--cwd", root, "--yes");
    const before = snapshotTree(root);
    const notKept = await cli("adopt", "--cwd", root, "package.json", "--yes");
    expect(notKept.code).toBe(2);
    expect(notKept.stderr).toContain("package.json is not a kept file the baseline renders. Kept: .github/dependabot.yml, .github/workflows/ci.yml, Dockerfile, docker-compose.yml");
    // vitest's stdin is not a terminal.
    const noTty = await cli("adopt", "--cwd", root, "--all");
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain("Pass --yes");
    expect(snapshotTree(root)).toEqual(before);

    const json = JSON.parse(readFileSync(join(root, "devops-baseline.json"), "utf8")) as Record<string, unknown>;
    rmSync(join(root, "devops-baseline.json"));
    writeFileSync(join(root, "devops-baseline.config.mjs"), `const name = "orders-api";\nexport default ${JSON.stringify({ ...json, $schema: undefined })};\nexport { name };\n`);
    const tsBefore = snapshotTree(root);
    const refused = await cli("adopt", "--cwd", root, "--all", "--yes");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("devops-baseline.config.mjs holds code of its own, so it is not rewritten");
    expect(refused.stderr).toContain('"jobs.docs-links"');
    expect(snapshotTree(root)).toEqual(tsBefore);
  });
});

describe("adopt --json", () => {
  it("prints per file the fixes, what was carried and not, the backups and the audit; refuses without --yes", async () => {
    const root = weakRepo();
    expect((await cli("init", "--cwd", root, "--yes")).code).toBe(0);
    expect((await cli("adopt", "--cwd", root, "--all", "--json")).code).toBe(2);
    const result = await cli("adopt", "--cwd", root, "--all", "--yes", "--json");
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      adopted: { path: string; fixes: { ruleId: string; file: string; line: number | null }[]; carried: string[]; notCarried: string[]; diff: string }[];
      config: string;
      backups: { path: string; backup: string }[];
      audit: { before: number; after: number };
    };
    expect(report.adopted.map((f) => f.path).sort()).toEqual([...WEAK_FILES].sort());
    const ci = report.adopted.find((f) => f.path === ".github/workflows/ci.yml")!;
    expect(ci.fixes).toContainEqual(expect.objectContaining({ ruleId: "WF001", file: ".github/workflows/ci.yml", line: 10 }));
    expect(ci.carried).toContain("jobs.docs-links: a job the baseline does not have");
    expect(ci.diff).toContain("+++ b/.github/workflows/ci.yml");
    expect(report.config).toBe("devops-baseline.json");
    expect(report.backups.map((b) => b.backup)).toContain("Dockerfile.orig");
    expect(report.audit.before).toBeGreaterThan(0);
    expect(report.audit.after).toBe(0);
    expect((await cli("check", "--cwd", root)).code).toBe(0);
  });
});
