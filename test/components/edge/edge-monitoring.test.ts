import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { edgeAlertRules } from "../../../src/components/edge/monitoring.js";
import { monitoring } from "../../../src/components/monitoring/index.js";
import { runbooksComponent } from "../../../src/components/runbooks/index.js";
import { CLOUDS, parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const promtool = (args: string[], cwd: string) => spawnSync("promtool", args, { cwd, encoding: "utf8" });
const options = (cloud: (typeof CLOUDS)[number], domain?: string) =>
  parseOptions({ name: "shop", cloud, backend: { kind: "fastapi" }, frontend: { kind: "react-vite", dir: "web" }, deploy: { domain }, edge: { dnsZone: domain ? "example.org" : undefined }, budget: { monthly: 300 } });

function written(o: ReturnType<typeof options>) {
  const files = renderFiles(monitoring.render(o), o);
  const dir = mkdtempSync(join(tmpdir(), "edge-monitoring-"));
  for (const f of files) writeFileSync(join(dir, f.path.replace("monitoring/", "")), f.content);
  return { files, dir };
}

describe("certificate-expiry and budget alerts", () => {
  it.each(CLOUDS)("%s with a domain: probe_ssl_earliest_cert_expiry rules pass promtool check rules and fire in promtool test rules; every runbook exists", (cloud) => {
    const o = options(cloud, "shop.example.org");
    const { files, dir } = written(o);
    try {
      for (const args of [["check", "rules", "edge-alerts.yml"], ["test", "rules", "edge-alerts.test.yml"]]) {
        const r = promtool(args, dir);
        expect(r.status, `promtool ${args.join(" ")}: ${r.stdout}${r.stderr}`).toBe(0);
      }
      // promtool's check config has no Kubernetes service discovery in this build; the file is Prometheus's own format either way.
      if (cloud !== "kubernetes") expect(promtool(["check", "config", "prometheus.yml"], dir).status).toBe(0);
      const rules = parse(files.find((f) => f.path === "monitoring/edge-alerts.yml")!.content).groups[0].rules;
      expect(rules[0].expr).toContain("probe_ssl_earliest_cert_expiry");
      if (cloud === "kubernetes") expect(rules.map((r: { alert: string }) => r.alert)).toEqual(expect.arrayContaining(["CertManagerCertificateNotReady", "BudgetForecastAbove80", "BudgetForecastAbove100"]));
      const runbooks = new Set(renderFiles(runbooksComponent.render(o), o).map((f) => f.path));
      for (const rule of rules) expect(runbooks).toContain(rule.annotations.runbook_url);
      const prometheus = parse(files.find((f) => f.path === "monitoring/prometheus.yml")!.content);
      expect(prometheus.rule_files).toContain("edge-alerts.yml");
      const tls = prometheus.scrape_configs.find((j: { job_name: string }) => j.job_name === "tls");
      expect(tls.static_configs[0].targets).toEqual(["https://api.shop.example.org/", "https://shop.example.org/"]);
      expect(parse(files.find((f) => f.path === "monitoring/blackbox.yml")!.content).modules.tls.http.fail_if_not_ssl).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("known bad: promtool test rules fails when the threshold no longer catches a 10-day certificate", () => {
    const o = options("aws-ecs", "shop.example.org");
    const { dir } = written(o);
    try {
      const rules = edgeAlertRules(o).map((r) => (r.alert === "CertificateExpiringSoon" ? { ...r, expr: r.expr.replace("14 * 86400", "7 * 86400") } : r));
      writeFileSync(join(dir, "edge-alerts.yml"), stringify({ groups: [{ name: "shop.edge", rules }] }));
      expect(promtool(["test", "rules", "edge-alerts.test.yml"], dir).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("without a domain: no probe, no certificate rules (aws-ecs has no rule file at all)", () => {
    const o = options("aws-ecs");
    const paths = renderFiles(monitoring.render(o), o).map((f) => f.path);
    expect(paths).not.toContain("monitoring/edge-alerts.yml");
    expect(paths).not.toContain("monitoring/blackbox.yml");
    expect(edgeAlertRules(options("kubernetes")).map((r) => r.alert)).toEqual(["BudgetForecastAbove80", "BudgetForecastAbove100"]);
  });
});
