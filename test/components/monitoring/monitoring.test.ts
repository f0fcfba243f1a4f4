import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { monitoring } from "../../../src/components/monitoring/index.js";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { ALERTING, BACKUP_TARGETS, parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: "utf8" });

function writeAll(alerting: string, target: string) {
  const o = parseOptions({ name: "shop", database: "postgres", backend: { kind: "django" }, backup: { target }, alerting, notifications: { email: "ops@shop.example.org" } });
  const files = renderFiles(monitoring.render(o), o);
  const dir = mkdtempSync(join(tmpdir(), "monitoring-"));
  for (const f of files) writeFileSync(join(dir, f.path.replace("monitoring/", "")), f.content);
  return { o, files, dir };
}

// The rules depend on the backup target, not on alerting: promtool runs once per rule set.
describe.each(BACKUP_TARGETS.filter((t) => t === "s3" || t === "none"))("alert rules with backup %s", (target) => {
  it("pass promtool check rules, test rules and check config; every alert has severity, summary and a generated runbook", () => {
    const { o, files, dir } = writeAll("slack", target);
    try {
      for (const args of [
        ["check", "rules", "alerts.yml"],
        ["test", "rules", "alerts.test.yml"],
        ["check", "config", "prometheus.yml"],
      ]) {
        const r = run("promtool", args, dir);
        expect(r.status, `promtool ${args.join(" ")}: ${r.stdout}${r.stderr}`).toBe(0);
      }
      const runbooks = new Set(renderFiles(runbooksComponent.render(o), o).map((f) => f.path));
      const rules = parse(files.find((f) => f.path === "monitoring/alerts.yml")!.content).groups[0].rules;
      expect(rules.map((r: { alert: string }) => r.alert)).toEqual(
        expect.arrayContaining(["HighErrorRate", "HighLatencyP95", "TargetDown", "DiskAlmostFull", "HighCpu", ...(target === "none" ? [] : ["BackupTooOld"])]),
      );
      for (const rule of rules) {
        expect(rule.labels.severity).toMatch(/^(critical|warning)$/);
        expect(rule.annotations.summary.length).toBeGreaterThan(10);
        expect(runbooks).toContain(rule.annotations.runbook_url);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ALERTING)("Alertmanager with alerting %s", (alerting) => {
  // amtool loads the file with Alertmanager's own config parser; no pinned registry package ships SchemaStore's
  // Alertmanager schema, so it is no longer checked against that too.
  it("passes amtool check-config (or is absent for none)", () => {
    const { files, dir } = writeAll(alerting, "s3");
    try {
      const am = files.find((f) => f.path === "monitoring/alertmanager.yml");
      if (alerting === "none") {
        expect(am).toBeUndefined();
        return;
      }
      const r = run("amtool", ["check-config", "alertmanager.yml"], dir);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const receivers = parse(am!.content).receivers;
      expect(Object.keys(receivers[0]).filter((k) => k.endsWith("_configs"))).toEqual([`${alerting}_configs`]);
      expect(am!.content).not.toMatch(/hooks\.slack\.com|routing_key:|auth_password:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("promtool test rules fails when an alert threshold drifts from its unit test (known bad)", () => {
  const o = parseOptions({ name: "shop", database: "postgres", backend: { kind: "django" }, backup: { target: "s3" } });
  const files = renderFiles(monitoring.render(o), o);
  const dir = mkdtempSync(join(tmpdir(), "monitoring-bad-"));
  try {
    for (const f of files) writeFileSync(join(dir, f.path.replace("monitoring/", "")), f.content.replace("> 0.05", "> 0.5"));
    const r = run("promtool", ["test", "rules", "alerts.test.yml"], dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/HighErrorRate/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
