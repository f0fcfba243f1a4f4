import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { uncoveredNeeds, withManagedEntries, withoutManagedEntries } from "../../../src/components/dependency-updates/managed-entries.js";
import { repoViewOf, runRules } from "../../../src/rules/index.js";
import { cli } from "../../helpers/cli.js";
import { schemaFindings } from "../../validators/index.js";

const USER = `version: 2
# our own npm entry: weekly is enough
updates:
  - package-ecosystem: npm # the root app
    directory: /
    schedule:
      interval: weekly
    cooldown:
      default-days: 7
`;

const PATHS = ["package.json", "package-lock.json", "web/package.json", "web/package-lock.json", "Dockerfile", "web/Dockerfile", "docker-compose.yml", ".github/workflows/ci.yml"];

describe("managed Dependabot entries in a kept dependabot.yml", () => {
  it("adds what the user's entries leave uncovered, marked, after them; the user's lines and comments stay byte for byte", () => {
    const { text } = withManagedEntries(USER, PATHS);
    expect(text.startsWith(USER)).toBe(true);
    const data = parse(text) as { updates: { "package-ecosystem": string; directory?: string; directories?: string[]; cooldown?: unknown }[] };
    expect(data.updates.map((u) => `${u["package-ecosystem"]} ${(u.directories ?? [u.directory]).join(",")}`)).toEqual([
      "npm /",
      "npm /web",
      "docker /,/web",
      "docker-compose /",
      "github-actions /",
    ]);
    for (const u of data.updates.slice(1)) expect(u.cooldown).toEqual({ "default-days": 3 });
    expect(schemaFindings("dependabot-2.0.json", data, ".github/dependabot.yml")).toEqual([]);
    // With them, the audit's coverage rule has nothing left to ask.
    const view = repoViewOf([{ path: ".github/dependabot.yml", content: text }], PATHS);
    expect(runRules(view).filter((f) => f.ruleId === "DU002")).toEqual([]);
  });

  it("is idempotent, follows the repository (a new folder joins, a removed one leaves), and goes away when nothing is missing", () => {
    const once = withManagedEntries(USER, PATHS).text;
    expect(withManagedEntries(once, PATHS).text).toBe(once);
    const grown = withManagedEntries(once, [...PATHS, "tools/Dockerfile"]).text;
    expect((parse(grown) as { updates: { directories?: string[] }[] }).updates[2]!.directories).toEqual(["/", "/tools", "/web"]);
    expect(withManagedEntries(grown, ["package.json", "package-lock.json"]).text).toBe(USER);
    expect(withoutManagedEntries(grown)).toBe(USER);
  });

  it("is lockfile-aware: workspace members under the root lockfile need no entry of their own", () => {
    const paths = ["package.json", "package-lock.json", "packages/a/package.json", "packages/b/package.json"];
    expect(uncoveredNeeds(USER, paths)).toEqual([]);
  });

  it("a repository that uses Renovate gets no Dependabot entries", () => {
    expect(withManagedEntries(USER, [...PATHS, "renovate.json"]).text).toBe(USER);
  });

  it("extends `updates: []` and a list indented at column 0; a file without an updates list is left alone with a reason", () => {
    const empty = withManagedEntries("version: 2\nupdates: []\n", PATHS).text;
    // npm at / and /web in one entry, then docker, docker-compose and github-actions.
    expect((parse(empty) as { updates: unknown[] }).updates).toHaveLength(4);
    const flush = "version: 2\nupdates:\n- package-ecosystem: npm\n  directory: /\n  schedule:\n    interval: weekly\n";
    const extended = withManagedEntries(flush, PATHS).text;
    expect(extended.startsWith(flush)).toBe(true);
    expect((parse(extended) as { updates: unknown[] }).updates).toHaveLength(5);
    const none = withManagedEntries("version: 2\n", PATHS);
    expect(none.text).toBe("version: 2\n");
    expect(none.reason).toContain("no top-level block-style updates list");
  });
});

describe("managed entries through init, check and synth", () => {
  const APP = new URL("../../fixtures/apps/express-ts-outdir/", import.meta.url).pathname;
  const repo = (): string => {
    const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-managed-")), "orders");
    cpSync(APP, root, { recursive: true });
    mkdirSync(join(root, ".github"));
    writeFileSync(join(root, ".github/dependabot.yml"), USER);
    return root;
  };

  it("init keeps the user's dependabot.yml and adds the entries the repository needs; check catches a new Dockerfile folder; synth adds it", async () => {
    const root = repo();
    const init = await cli("init", "--cwd", root, "--yes");
    expect(init.stdout).toContain("managed   .github/dependabot.yml");
    expect(readFileSync(join(root, ".github/dependabot.yml"), "utf8").startsWith(USER)).toBe(true);
    const audit = JSON.parse((await cli("audit", root, "--json")).stdout) as { findings: { ruleId: string }[] };
    expect(audit.findings.filter((f) => f.ruleId.startsWith("DU"))).toEqual([]);
    expect((await cli("check", "--cwd", root)).code).toBe(0);

    mkdirSync(join(root, "tools"));
    writeFileSync(join(root, "tools/Dockerfile"), "FROM scratch\n");
    const stale = await cli("check", "--cwd", root);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("1 kept file(s) have stale managed entries");
    expect(stale.stdout).toContain("+      - /tools");
    expect((await cli("synth", "--cwd", root)).stdout).toContain("managed   .github/dependabot.yml");
    expect((await cli("check", "--cwd", root)).code).toBe(0);
  });

  it("a repository with a Renovate config is detected as Renovate and gets no dependabot.yml", async () => {
    const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-renovate-")), "orders");
    cpSync(APP, root, { recursive: true });
    writeFileSync(join(root, "renovate.json"), '{ "extends": ["config:recommended"] }\n');
    const init = await cli("init", "--cwd", root, "--yes");
    expect(init.stdout).toContain("detected  dependencyUpdates = renovate  (renovate.json: the repository configures Renovate)");
    expect(init.stdout).not.toContain(".github/dependabot.yml");
    expect(readFileSync(join(root, "renovate.json"), "utf8")).toBe('{ "extends": ["config:recommended"] }\n');
  });
});
