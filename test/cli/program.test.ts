import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const COMMANDS = ["init", "synth", "check", "diff", "detect", "audit", "adopt", "resync", "rollout", "pins"];

describe("the program", () => {
  it("lists every command in --help, though a run registers only the command it runs", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    for (const name of COMMANDS) expect(help.stdout, name).toMatch(new RegExp(`^  ${name}\\b`, "m"));
  });

  it("gives each command's own help, diff's (registered with check's) included", async () => {
    for (const name of COMMANDS) {
      const help = await cli(name, "--help");
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain(`Usage: create-devops-baseline ${name}`);
    }
  });

  it("hands an unknown word to init, the default command, as bad input; `help <command>` still finds its subject", async () => {
    const typo = await cli("chek");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("too many arguments for 'init'");
    const viaHelp = await cli("help", "rollout");
    expect(viaHelp.stdout).toContain("Usage: create-devops-baseline rollout");
  });
});
