import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyExample } from "../helpers/cli.js";

const USER = "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /backend\n    schedule:\n      interval: weekly\n";

describe("a repository whose Dependabot config is .github/dependabot.yaml", () => {
  it("keeps that name: no second dependabot.yml, the baseline's entries managed in the .yaml, check clean", async () => {
    const repo = copyExample();
    mkdirSync(join(repo, ".github"), { recursive: true });
    writeFileSync(join(repo, ".github/dependabot.yaml"), USER);
    const init = await cli("init", "--yes", "-C", repo);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("detected  dependabotPath = .github/dependabot.yaml");
    expect(existsSync(join(repo, ".github/dependabot.yml"))).toBe(false);
    const config = JSON.parse(readFileSync(join(repo, "devops-baseline.json"), "utf8")) as { dependabotPath: string; eject: string[] };
    expect(config.dependabotPath).toBe(".github/dependabot.yaml");
    expect(config.eject).toContain(".github/dependabot.yaml");
    const kept = readFileSync(join(repo, ".github/dependabot.yaml"), "utf8");
    expect(kept.startsWith(USER)).toBe(true); // the user's lines, byte for byte, then our block
    expect(kept).toContain("# >>> create-devops-baseline: managed entries");
    expect(kept).toContain("package-ecosystem: npm");
    expect((await cli("check", "-C", repo)).code).toBe(0);
    // Nothing the audit's coverage rule misses: every ecosystem and folder is in the .yaml now.
    const audit = await cli("audit", "-C", repo, "--json");
    expect((JSON.parse(audit.stdout) as { findings: { ruleId: string }[] }).findings.filter((f) => f.ruleId === "DU001" || f.ruleId === "DU002")).toEqual([]);
  });
});
