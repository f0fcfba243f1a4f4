import { describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES } from "../../src/clouds/index.js";
import { backup } from "../../src/components/backup/index.js";
import { deploy } from "../../src/components/deploy/index.js";
import { uptime } from "../../src/components/uptime/index.js";
import { ALERTING, BACKUP_TARGETS, CLOUDS, parseOptions, type BaselineOptions } from "../../src/options/index.js";
import { renderFiles } from "../../src/synth/render-files.js";
import { formatFindings, shellcheckFindings, validateWorkflows, type Script } from "../validators/index.js";

const base = { name: "shop", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } } as const;

/** Every cloud × its strategies, every backup target, every alerting choice, Slack on and off. */
function matrix(): BaselineOptions[] {
  const all: BaselineOptions[] = [];
  for (const cloud of CLOUDS) {
    for (const strategy of CLOUD_STRATEGIES[cloud].strategies) {
      BACKUP_TARGETS.forEach((target, i) => {
        const alerting = ALERTING[i % ALERTING.length]!;
        all.push(
          parseOptions({
            ...base,
            cloud,
            deploy: { strategy },
            backup: { target },
            alerting,
            notifications: { slack: i % 2 === 0, email: "ops@shop.example.org" },
          }),
        );
      });
    }
  }
  return all;
}

const render = (o: BaselineOptions) => renderFiles([...deploy.render(o), ...backup.render(o), ...uptime.render(o)], o);

describe("run-side workflows and scripts pass every validator", () => {
  it("deploy.yml, backup.yml and uptime.yml: actionlint, workflow schema, shellcheck of run blocks, hardening, prettier", async () => {
    const files = new Map<string, string>();
    for (const o of matrix()) {
      for (const f of render(o)) if (f.path.startsWith(".github/workflows/")) files.set(`${o.cloud}/${o.deploy.strategy}/${o.backup.target}/${o.notifications.slack}/${f.path}`, f.content);
    }
    expect(files.size).toBeGreaterThan(40);
    // Identical renderings are validated once: the matrix repeats many workflows byte for byte.
    const unique = new Map<string, string>();
    for (const [path, text] of files) if (![...unique.values()].includes(text)) unique.set(path, text);
    const findings = (await validateWorkflows([...unique].map(([path, text]) => ({ path, text })))).filter(
      (f) =>
        // The backup runner's own label: actionlint needs it declared in an actionlint.yaml the repo owns.
        !/label "shop-db" is unknown/.test(f.message),
    );
    expect(formatFindings(findings)).toBe(formatFindings([]));
  }, 120_000);

  it("generated shell scripts pass shellcheck for every cloud and backup target", async () => {
    const scripts: Script[] = [];
    for (const o of matrix()) {
      for (const f of render(o)) {
        if (f.path.endsWith(".sh")) scripts.push({ file: `${o.cloud}/${o.backup.target}/${f.path}`, where: f.path, text: f.content, shell: "bash" });
      }
    }
    const names = new Set(scripts.map((s) => s.where));
    expect([...names].sort()).toEqual(["scripts/backup_db.sh", "scripts/deploy_remote.sh", "scripts/kube_github_oidc.sh", "scripts/restore_db.sh", "scripts/wait_for_health.sh"]);
    expect(formatFindings(await shellcheckFindings(scripts))).toBe("");
    for (const s of scripts) expect(s.text, s.file).toMatch(/^#!\/usr\/bin\/env bash\n(.*\n)*set -euo pipefail$/m);
  }, 60_000);
});
