import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { ALERTING, BACKUP_TARGETS, CLOUDS, parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const CLI = new URL("../../../node_modules/.bin/markdownlint-cli2", import.meta.url).pathname;

/** Runs markdownlint-cli2 (its default rules: the folder has no config) over files; its findings, one per line. */
function markdownlint(files: readonly { path: string; content: string }[], config?: object): string[] {
  const root = mkdtempSync(join(tmpdir(), "devops-baseline-mdlint-"));
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.content);
  }
  if (config) writeFileSync(join(root, ".markdownlint.json"), JSON.stringify(config));
  try {
    execFileSync(CLI, ["**/*.md"], { cwd: root, encoding: "utf8", stdio: "pipe" });
    return [];
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; status?: number };
    if (e.status !== 1) throw error;
    return `${e.stdout ?? ""}${e.stderr ?? ""}`.split("\n").filter((l) => / MD\d{3}\//.test(l));
  }
}

/** Every cloud, every backup target and every alerting destination, in one set of runbooks each. */
const runbooks = () =>
  CLOUDS.flatMap((cloud) =>
    BACKUP_TARGETS.map((target, i) => {
      const o = parseOptions({ name: "shop", cloud, database: "postgres", cache: "redis", objectStorage: "s3", backend: { kind: "django" }, backup: { target }, alerting: ALERTING[i % ALERTING.length], notifications: { email: "ops@shop.example.org" } });
      return renderFiles(runbooksComponent.render(o), o).map((f) => ({ path: `${cloud}-${target}/${f.path}`, content: f.content }));
    }),
  ).flat();

describe("runbooks and markdownlint", () => {
  it("the linter is real: it reports emphasis used as a heading and a cron expression outside a code span", () => {
    expect(markdownlint([{ path: "bad.md", content: "# Title\n\n**Diagnose**\n\nRuns on 17 3 * * * daily.\n" }])).toEqual([
      expect.stringContaining("bad.md:3 error MD036/no-emphasis-as-heading"),
      expect.stringMatching(/bad\.md:5:\d+ error MD037\/no-space-in-emphasis/),
      expect.stringMatching(/bad\.md:5:\d+ error MD037\/no-space-in-emphasis/),
    ]);
  });

  it("every runbook passes markdownlint's default rules but line length (MD013)", () => {
    // MD013 (80 columns) is the one default rule left out: the ownership marker alone is 136 columns, and
    // commands for the cloud CLIs are kept on one line so they can be copied whole.
    expect(markdownlint(runbooks(), { MD013: false })).toEqual([]);
  });
});
