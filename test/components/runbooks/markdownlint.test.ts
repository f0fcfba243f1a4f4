import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderModels } from "../../../src/components/index.js";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { ALERTING, BACKUP_TARGETS, CLOUDS, parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, prettierFindings } from "../../validators/index.js";

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

const base = { name: "shop", database: "postgres", cache: "redis", objectStorage: "s3", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { domain: "shop.example.org" }, notifications: { email: "ops@shop.example.org" } } as const;

/**
 * Every cloud with every backup target and alerting destination, and compose behind Caddy too
 * (edge.tunnel: false), whose commands differ: each set of runbooks in its own folder.
 */
const runbooks = () => {
  const variants = [
    ...CLOUDS.flatMap((cloud) => BACKUP_TARGETS.map((target, i) => ({ label: `${cloud}-${target}`, cloud, backup: { target }, alerting: ALERTING[i % ALERTING.length] }))),
    { label: "compose-caddy", cloud: "compose", edge: { tunnel: false }, backup: { target: "s3" } },
  ];
  return variants.map(({ label, ...variant }) => {
    const o = parseOptions({ ...base, ...variant });
    return renderFiles(runbooksComponent.render(o), o).map((f) => ({ path: `${label}/${f.path}`, content: f.content }));
  });
};

describe("runbooks and markdownlint", () => {
  it("the linter is real: it reports emphasis used as a heading, a cron expression outside a code span, a long line", () => {
    const long = "word ".repeat(20).trim();
    expect(markdownlint([{ path: "bad.md", content: `# Title\n\n**Diagnose**\n\nRuns on 17 3 * * * daily.\n\n${long}\n` }])).toEqual([
      expect.stringContaining("bad.md:3 error MD036/no-emphasis-as-heading"),
      expect.stringMatching(/bad\.md:5:\d+ error MD037\/no-space-in-emphasis/),
      expect.stringMatching(/bad\.md:5:\d+ error MD037\/no-space-in-emphasis/),
      expect.stringContaining("bad.md:7:81 error MD013/line-length"),
    ]);
  });

  it("every runbook passes all of markdownlint's default rules, line length (80) included", () => {
    const sets = runbooks();
    const files = sets.flat();
    expect(files.map((f) => f.path)).toContain("compose-caddy/docs/runbooks/certificate-expiring.md");
    expect(markdownlint(files)).toEqual([]);
  });

  it("the certificate runbook is in prettier's form", async () => {
    for (const cert of runbooks().flat().filter((f) => f.path.endsWith("certificate-expiring.md"))) {
      const findings = await prettierFindings(cert.content, cert.path, "markdown");
      expect(findings, formatFindings(findings)).toEqual([]);
    }
  });

  it("every generated Markdown file passes them too, its wide tables fenced off from the line-length rule alone", async () => {
    const stacks = [
      { backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, database: "postgres" },
      { backend: { kind: "fastapi" }, frontend: { kind: "react-vite", dir: "web" }, database: "postgis", cache: "redis" },
      { backend: { kind: "express" }, frontend: { kind: "none" }, database: "postgres" },
      { backend: { kind: "nestjs" }, frontend: { kind: "nextjs", dir: "web" }, database: "none" },
    ] as const;
    const sets = CLOUDS.flatMap((cloud) =>
      stacks.map((stack, i) => {
        const o = parseOptions({ ...base, ...stack, cloud, backup: { target: BACKUP_TARGETS[i % BACKUP_TARGETS.length] } });
        return renderFiles(renderModels(o), o)
          .filter((f) => f.path.endsWith(".md"))
          .map((f) => ({ path: `${cloud}-${i}/${f.path}`, content: f.content }));
      }),
    );
    const files = sets.flat();
    expect(files.filter((f) => !f.path.includes("/runbooks/")).length).toBeGreaterThan(30);
    expect(markdownlint(files)).toEqual([]);
    // A wide table is still checked by every other rule, and stays in prettier's form.
    const wide = files.filter((f) => f.content.includes("<!-- markdownlint-disable MD013 -->"));
    expect(wide.length).toBeGreaterThan(0);
    const findings = [];
    for (const f of wide.slice(0, 10)) findings.push(...(await prettierFindings(f.content, f.path, "markdown")));
    expect(formatFindings(findings)).toBe("");
  }, 120_000);
});
