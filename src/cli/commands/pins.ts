import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { Option, type Command } from "commander";
import { badInput, ExitCode } from "../../errors.js";
import { packageRoot } from "../../package-root.js";
import type { Pin } from "../../pins/pin-types.js";
import type { Output } from "../output.js";

interface PinsFlags {
  json?: boolean;
  update?: boolean;
  kind: string;
  dataDir?: string;
  tokenEnv?: string;
  apiUrl?: string;
  pypiUrl?: string;
  npmUrl?: string;
  registryMirror?: string[];
}

const KINDS: readonly Pin["kind"][] = ["action", "image", "tool"];

function parseKinds(value: string): Set<Pin["kind"]> {
  const kinds = value.split(",").map((k) => k.trim());
  const wrong = kinds.filter((k) => !KINDS.includes(k as Pin["kind"]));
  if (wrong.length > 0) throw badInput(`--kind: ${wrong.join(", ")} is not a kind of pin. Allowed: ${KINDS.join(", ")}`);
  return new Set(kinds as Pin["kind"][]);
}

function parseMirrors(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    values.map((value) => {
      const m = /^([^=\s]+)=(https?:\/\/\S+)$/.exec(value);
      if (!m) throw badInput(`--registry-mirror: "${value}" is not HOST=URL (e.g. docker.io=http://127.0.0.1:5000)`);
      return [m[1]!, m[2]!];
    }),
  );
}

/** `--update` rewrites a checkout's own data files; the bundle of an installed copy has none to rewrite. */
function dataDir(flag: string | undefined): string {
  if (flag) return flag;
  const dir = join(packageRoot(), "src", "data");
  if (!existsSync(dir)) throw badInput("pins --update rewrites src/data/ of a create-devops-baseline checkout; run it there or pass --data-dir");
  return dir;
}

function pinLine(pin: Pin): string {
  return `${pin.kind.padEnd(6)}  ${`${pin.name}${pin.kind === "tool" ? "" : ` ${pin.version}`}`.padEnd(52)}  ${(pin.sha ?? pin.digest ?? pin.version).padEnd(40)}  ${pin.checkedAt}  ${pin.source}`;
}

export function register(program: Command, output: Output): void {
  program
    .command("pins")
    .description("List everything the baseline pins (action SHAs, image digests, tool versions) with where each value came from; --update looks them up again and rewrites the data files.")
    .option("--json", "print the pins (or, with --update, the changes) as JSON")
    .option("--update", "look every pin up again (GitHub API, registry manifest API, PyPI, npm) and rewrite src/data/*.json")
    .option("--kind <kinds>", "with --update: which kinds to look up, comma-separated (action,image,tool)", "action,image,tool")
    .option("--data-dir <dir>", "the data files' folder: --update rewrites it (default: src/data of this checkout); a listing reads it instead of the pins this copy was built with")
    .addOption(new Option("--token-env <name>", "environment variable holding the GitHub token for tags (default GITHUB_TOKEN, then GH_TOKEN)").helpGroup("Where to look:"))
    .addOption(new Option("--api-url <url>", "GitHub REST API root (GitHub Enterprise Server, a test server)").helpGroup("Where to look:"))
    .addOption(new Option("--pypi-url <url>", "PyPI root, serving /pypi/<name>/json (default https://pypi.org)").helpGroup("Where to look:"))
    .addOption(new Option("--npm-url <url>", "npm registry root (default https://registry.npmjs.org)").helpGroup("Where to look:"))
    .addOption(
      new Option("--registry-mirror <host=url>", "ask this Registry API v2 root instead of an image's registry host (docker.io, quay.io); repeatable")
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value])
        .helpGroup("Where to look:"),
    )
    .addHelpText(
      "after",
      [
        "",
        "Actions stay within their pinned major; tools move to the newest release their registry lists (within their `major`",
        "when they have one, as pnpm's do). A pin whose value did not change is left as it was, source and checkedAt included.",
        "Exit codes: 0 ok, 1 some pins could not be looked up (the others were written), 2 bad input. See docs/pins.md.",
      ].join("\n"),
    )
    .action(async (flags: PinsFlags) => {
      const { listPins, readPinFiles } = await import("../../pins/index.js");
      if (!flags.update) {
        const data = flags.dataDir ? readPinFiles(flags.dataDir) : (await import("../../pins/bundled-pins.js")).BUNDLED_PINS;
        const pins = listPins(data);
        if (flags.json) output.out(JSON.stringify(pins, null, 2));
        else for (const pin of pins) output.out(pinLine(pin));
        return;
      }
      const kinds = parseKinds(flags.kind);
      const mirrors = parseMirrors(flags.registryMirror ?? []);
      const dir = dataDir(flags.dataDir);
      const { registryResolvers, updatePins, writePinFiles } = await import("../../pins/index.js");
      const github = kinds.has("action") || kinds.has("tool") ? await gitHubClient(flags, output) : undefined;
      if (!github && kinds.has("action")) throw badInput("pins --update needs a GitHub token for the action tags: set GITHUB_TOKEN (or --token-env NAME), or leave actions out with --kind image,tool");
      const before = readPinFiles(dir);
      const result = await updatePins(
        before,
        registryResolvers({ ...(github ? { github } : {}), ...(flags.pypiUrl ? { pypiUrl: flags.pypiUrl } : {}), ...(flags.npmUrl ? { npmUrl: flags.npmUrl } : {}), registryMirrors: mirrors }),
        { kinds, today: new Date().toISOString().slice(0, 10) },
      );
      const written = writePinFiles(dir, result.data).map((path) => (relative(process.cwd(), path).startsWith("..") ? path : relative(process.cwd(), path)));
      if (flags.json) {
        output.out(JSON.stringify({ changes: result.changes, failures: result.failures, written }, null, 2));
      } else {
        for (const c of result.changes) output.out(`${c.kind.padEnd(6)}  ${c.name}: ${c.from} → ${c.to}`);
        output.out(result.changes.length === 0 ? "Every pin is current." : `${result.changes.length} pin(s) changed; rewrote ${written.join(", ")}.`);
      }
      for (const f of result.failures) output.err(`warning: ${f.kind} ${f.name} was not refreshed: ${f.error}`);
      if (result.failures.length > 0) process.exitCode = ExitCode.drift;
    });
}

/** Octokit with the token from the environment; none when no token is set (GitHub-hosted pins then fail and are reported). */
async function gitHubClient(flags: PinsFlags, output: Output) {
  const names = flags.tokenEnv ? [flags.tokenEnv] : ["GITHUB_TOKEN", "GH_TOKEN"];
  const token = names.map((name) => process.env[name]?.trim()).find(Boolean);
  if (!token) return undefined;
  if (flags.apiUrl !== undefined && !/^https?:\/\/\S+$/.test(flags.apiUrl)) throw badInput(`--api-url: "${flags.apiUrl}" is not a URL`);
  const [{ createGitHubClient }, { createRedactor }] = await Promise.all([import("../../github/client.js"), import("../../github/redact.js")]);
  return createGitHubClient({
    auth: { token },
    ...(flags.apiUrl ? { baseUrl: flags.apiUrl } : {}),
    redactor: createRedactor(),
    log: (level, line) => {
      if (level === "warn" || level === "error") output.err(`${level}: ${line}`);
    },
  });
}
