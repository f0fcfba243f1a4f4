import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { CLOUDS, parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, prettierFindings } from "../../validators/index.js";

const MARKDOWNLINT = new URL("../../../node_modules/.bin/markdownlint-cli2", import.meta.url).pathname;

describe("runbooks pass markdownlint", () => {
  it("every runbook of every cloud, the certificate runbook included, with markdownlint's default rules (line length aside: generated prose is not wrapped); the certificate runbook is in prettier's form", async () => {
    const dir = mkdtempSync(join(tmpdir(), "runbook-lint-"));
    try {
      writeFileSync(join(dir, ".markdownlint-cli2.jsonc"), JSON.stringify({ config: { MD013: false } }));
      // compose twice: behind the tunnel, and behind Caddy (edge.tunnel: false), whose commands differ.
      const variants = [...CLOUDS.map((cloud) => ({ label: cloud, cloud, edge: {} })), { label: "compose-caddy", cloud: "compose", edge: { tunnel: false } }];
      let written = 0;
      for (const { label: cloud, ...variant } of variants) {
        const o = parseOptions({ name: "shop", ...variant, database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { domain: "shop.example.org" }, backup: { target: "s3" } });
        const files = renderFiles(runbooksComponent.render(o), o);
        expect(files.map((f) => f.path)).toContain("docs/runbooks/certificate-expiring.md");
        const cert = files.find((f) => f.path.endsWith("certificate-expiring.md"))!;
        const findings = await prettierFindings(cert.content, `${cloud}/${cert.path}`, "markdown");
        expect(findings, formatFindings(findings)).toEqual([]);
        mkdirSync(join(dir, cloud));
        for (const f of files) writeFileSync(join(dir, cloud, f.path.split("/").pop()!), f.content);
        written += files.length;
      }
      const r = spawnSync(MARKDOWNLINT, ["**/*.md"], { cwd: dir, encoding: "utf8" });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stderr + r.stdout).toContain(`Linting: ${written} file(s)`);
      // Known bad: the linter does find a heading-level jump.
      writeFileSync(join(dir, "bad.md"), "# Title\n\n### Skipped a level\n");
      expect(spawnSync(MARKDOWNLINT, ["bad.md"], { cwd: dir, encoding: "utf8" }).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
