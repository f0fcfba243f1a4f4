import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runbooksComponent } from "../../src/components/runbooks/index.js";
import { CLOUDS, parseOptions } from "../../src/options/index.js";
import type { FileModel } from "../../src/synth/file-model.js";
import { wrapMarkdown } from "../../src/synth/wrap-markdown.js";
import { wrapShell } from "../../src/synth/wrap-shell.js";

const bash = (args: string[], input?: string) => execFileSync("bash", args, { encoding: "utf8", input });

/** What bash parses a script into, normalised: `'a '\⏎'b'` prints as `'a ''b'`, the same word as `'a b'`. */
function parsed(script: string): string {
  const r = spawnSync("bash", ["-c", `f() {\n:\n${script}\n}\ndeclare -f f`], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replaceAll("''", "");
}

/** The words of a simple command, as the shell splits them (nothing is run but printf). */
const argv = (command: string) => bash(["-c", `printf '%s\\n' ${command}`]);

const tooLong = (text: string) => text.split("\n").filter((l) => l.length > 80 && /\s/.test(l.slice(80)));

/** Every shell block of every cloud's runbooks, before wrapping. */
function shellBlocks(): string[] {
  return CLOUDS.flatMap((cloud) => {
    const o = parseOptions({ name: "shop", cloud, database: "postgres", cache: "redis", objectStorage: "s3", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { domain: "shop.example.org" }, backup: { target: "s3" } });
    return runbooksComponent
      .render(o)
      .flatMap((m: FileModel) => (m.kind === "text" ? [...m.text.matchAll(/```bash\n([\s\S]*?)\n```/g)].map((x) => x[1]!) : []));
  });
}

describe("wrapShell", () => {
  it("breaks at spaces outside quotes with backslash continuations, within the width", () => {
    const cmd = "docker compose -f compose.prod.yml -f compose.tunnel.yml logs --since 30m --tail 200 backend";
    const out = wrapShell(cmd, 40);
    expect(out.split("\n").length).toBeGreaterThan(2);
    expect(out.split("\n").every((l) => l.length <= 40)).toBe(true);
    expect(out.split("\n").slice(0, -1).every((l) => l.endsWith(" \\"))).toBe(true);
    expect(argv(out)).toBe(argv(cmd));
  });

  it("keeps words the same: quoted arguments, nested substitutions, single-quoted strings split as adjacent words", () => {
    const commands = [
      `docker compose -f compose.prod.yml exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,
      `gh run list --workflow deploy.yml --limit 3 --json databaseId,headSha,conclusion --jq '.[] | select(.conclusion == "success") | .headSha'`,
      `aws ecs update-service --cluster shop --service shop-backend --task-definition "$(aws ecs describe-services --cluster shop --services shop-backend --query 'services[0].taskDefinition' --output text)" --force-new-deployment`,
      `printf "%s  %s\\n" "a  b" 'c   d' e\\ f "two  spaces inside double quotes are not a break point at all, not even here"`,
    ];
    for (const cmd of commands) {
      const out = wrapShell(cmd, 60);
      expect(out, cmd).not.toBe(cmd);
      expect(argv(out), out).toBe(argv(cmd));
    }
  });

  it("moves a trailing comment above its command and keeps heredocs and multi-line strings as they are", () => {
    const script = [
      "previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/shop-backend:' | sed -n 2p)   # newest first: line 2 is the one before",
      "cat <<EOF",
      "a heredoc line that is far longer than the width and must not be touched by the wrapping at all",
      "EOF",
      "echo 'a string that spans",
      "two lines, the second being far longer than the width and that must not be touched either' done",
    ].join("\n");
    const out = wrapShell(script, 60);
    expect(out.split("\n")[0]).toBe("# newest first: line 2 is the one before");
    expect(out).toContain(script.split("\n").slice(1).join("\n"));
    expect(parsed(out)).toBe(parsed(script.replace(/\s+# newest.*/, "")));
  });

  it("every runbook command: still parses to the same script (bash -n, declare -f) and fits 80 columns", () => {
    const blocks = shellBlocks();
    expect(blocks.length).toBeGreaterThan(50);
    for (const block of blocks) {
      const out = wrapShell(block, 80);
      expect(tooLong(out), out).toEqual([]);
      bash(["-n"], out);
      // Comments are not part of the parse: a moved comment changes nothing.
      expect(parsed(out), out).toBe(parsed(block));
    }
    // About 200 bash processes: 2 s alone, far more when other test runs share a 2-core machine.
  }, 180_000);
});

describe("wrapMarkdown", () => {
  it("wraps paragraphs and list items, indenting continuations, and leaves headings, tables and fences alone", () => {
    const long = "word ".repeat(30).trim();
    const text = `# ${long}\n\n${long}\n\n- ${long}\n\n| ${long} |\n|---|\n\n\`\`\`yaml\n${long}\n\`\`\`\n`;
    const out = wrapMarkdown(text, 40).split("\n");
    expect(out[0]).toBe(`# ${long}`);
    expect(out.slice(0, out.indexOf("```yaml")).filter((l) => l.startsWith("word")).every((l) => l.length <= 40)).toBe(true);
    expect(out.filter((l) => l.startsWith("  word")).length).toBeGreaterThan(1);
    expect(out).toContain(`| ${long} |`);
    expect(out).toContain(long);
  });

  it("never starts a line with a word that would make a list item or a heading", () => {
    const out = wrapMarkdown(`${"x".repeat(37)} - then # and 1. and + more words here`, 40);
    expect(out.split("\n").every((l) => !/^\s*([-+*#]|\d+\.)\s/.test(l))).toBe(true);
  });
});
