import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { monitoring } from "../../../src/components/monitoring/index.js";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { ALERTING, BACKUP_TARGETS, CLOUDS, parseOptions, type BaselineOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, prettierFindings } from "../../validators/index.js";

const CLOUD_CLI: Record<string, RegExp> = {
  "aws-ecs": /^aws (ecs|logs|rds|elbv2|wafv2) /m,
  "gcp-cloud-run": /^gcloud (run|logging|sql|compute) /m,
  "azure-container-apps": /^az (containerapp|postgres) /m,
  kubernetes: /^kubectl --namespace shop-prod /m,
  compose: /docker compose -f compose\.prod\.yml -f compose\.tunnel\.yml /m,
};

/** Placeholder prose the runbooks must not contain. */
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem|your[- ]service|example\.com)\b|<[a-z][a-z ]+>/i;

function render(o: BaselineOptions) {
  return renderFiles(runbooksComponent.render(o), o);
}

describe("runbooks", () => {
  for (const cloud of CLOUDS) {
    it(`${cloud}: every runbook names its alerts, quotes ${cloud} commands, and has no placeholder prose`, () => {
      BACKUP_TARGETS.forEach((target, i) => {
        const alerting = ALERTING[i % ALERTING.length]!;
        const o = parseOptions({ name: "shop", cloud, database: "postgres", objectStorage: "s3", backend: { kind: "django" }, backup: { target }, alerting, notifications: { email: "ops@shop.example.org" } });
        const files = render(o);
        expect(files.map((f) => f.path.replace("docs/runbooks/", "")).sort()).toEqual([
          "db-connection-failure.md",
          "ddos-mitigation.md",
          "high-5xx-rate.md",
          "incident-response.md",
          "object-storage-unavailable.md",
          "restore-from-backup.md",
          "rollback.md",
        ]);
        const alerts = new Set<string>(parse(renderFiles(monitoring.render(o), o).find((f) => f.path === "monitoring/alerts.yml")!.content).groups[0].rules.map((r: { alert: string }) => r.alert));
        for (const f of files) {
          const label = `${cloud}/${target}/${alerting}: ${f.path}`;
          for (const section of ["## 1. Confirm", "## 2. Diagnose", "## 3. Mitigate", "## 4. Escalate", "## 5. Verify recovery"]) expect(f.content, label).toContain(section);
          const named = /^- Alert: ([\s\S]*?) \(monitoring/m.exec(f.content)![1]!.match(/`(\w+)`/g)!.map((a) => a.slice(1, -1));
          expect(named.some((a) => alerts.has(a)), `${label} names ${named}`).toBe(true);
          expect(f.content, label).toMatch(CLOUD_CLI[cloud]!);
          expect(f.content, label).not.toMatch(PLACEHOLDER);
          expect(f.content, label).toContain(alerting === "none" ? "alerting is \"none\"" : alerting === "slack" ? "#alerts" : alerting === "email" ? "ops@shop.example.org" : "PagerDuty");
        }
        // Prose is wrapped at 80 columns: compared with line breaks read as spaces.
        const restore = files.find((f) => f.path.endsWith("restore-from-backup.md"))!.content.replace(/\s+/g, " ");
        if (target !== "none") expect(restore).toContain(`${o.backup.retention.daily} daily / ${o.backup.retention.weekly} weekly / ${o.backup.retention.monthly} monthly`);
      });
    });
  }

  it("are in prettier's Markdown form for every cloud and strategy", async () => {
    const findings = [];
    for (const cloud of CLOUDS) {
      const o = parseOptions({ name: "shop", cloud, database: "postgres", objectStorage: "s3", backend: { kind: "django" }, backup: { target: "gcs" }, alerting: "email", notifications: { email: "ops@shop.example.org" } });
      for (const f of render(o)) findings.push(...(await prettierFindings(f.content, `${cloud}/${f.path}`, "markdown")));
    }
    expect(formatFindings(findings)).toBe("");
  });

  it("follows the chosen strategy: blue-green rollback on ECS switches listener weights back", () => {
    const o = parseOptions({ name: "shop", cloud: "aws-ecs", database: "postgres", backend: { kind: "django" }, deploy: { strategy: "blue-green" } });
    const rollback = render(o).find((f) => f.path.endsWith("rollback.md"))!.content;
    expect(rollback).toContain("aws elbv2 modify-listener");
    expect(rollback).toContain("blue-green deploy");
  });

  it("known bad: the placeholder check catches template filler", () => {
    expect("Run <your command here> against example.com").toMatch(PLACEHOLDER);
  });
});
