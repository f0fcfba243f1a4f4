import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { alertRules } from "./alert-rules.js";
import { alertTests } from "./alert-tests.js";
import { alertmanagerConfig } from "./alertmanager.js";
import { edgeMonitoringFiles, tlsProbeJob } from "../edge/monitoring.js";

export { alertRules, runbookUrl, RUNBOOK_FOR } from "./alert-rules.js";

function scrapeConfigs(options: BaselineOptions): unknown[] {
  const api = serviceTargets(options).find((s) => s.key === "api");
  if (options.cloud === "kubernetes") {
    // Pods opt in with prometheus.io/scrape; the generated Deployment sets it (k8s/base).
    return [
      {
        job_name: "api",
        kubernetes_sd_configs: [{ role: "pod", namespaces: { names: [`${options.name}-prod`] } }],
        relabel_configs: [
          { source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_scrape"], action: "keep", regex: "true" },
          { source_labels: ["__meta_kubernetes_pod_label_app_kubernetes_io_component"], action: "keep", regex: "api" },
          { source_labels: ["__meta_kubernetes_pod_name"], target_label: "instance" },
        ],
      },
      { job_name: "node", kubernetes_sd_configs: [{ role: "node" }], relabel_configs: [{ source_labels: ["__address__"], regex: "(.+):\\d+", replacement: "$1:9100", target_label: "__address__" }] },
      ...tlsProbeJob(options),
    ];
  }
  const jobs: unknown[] = [];
  if (api) jobs.push({ job_name: "api", metrics_path: "/metrics", static_configs: [{ targets: [`backend:${api.port}`] }] });
  jobs.push({ job_name: "node", static_configs: [{ targets: ["node-exporter:9100"] }] });
  if (options.backup.target !== "none") jobs.push({ job_name: "pushgateway", honor_labels: true, static_configs: [{ targets: ["pushgateway:9091"] }] });
  jobs.push(...tlsProbeJob(options));
  return jobs;
}

function renderMonitoring(options: BaselineOptions): FileModel[] {
  // A repository that ships no service (a library, or nothing detected) has nothing to scrape or alert on.
  if (serviceTargets(options).length === 0) return [];
  const rules = alertRules(options);
  const edgeFiles = edgeMonitoringFiles(options);
  const files: FileModel[] = [
    {
      kind: "yaml",
      path: "monitoring/prometheus.yml",
      component: "monitoring",
      data: {
        global: { scrape_interval: "15s", evaluation_interval: "30s", external_labels: { project: options.name } },
        rule_files: ["alerts.yml", ...(edgeFiles.length > 0 ? ["edge-alerts.yml"] : [])],
        ...(options.alerting !== "none" ? { alerting: { alertmanagers: [{ static_configs: [{ targets: ["alertmanager:9093"] }] }] } } : {}),
        scrape_configs: scrapeConfigs(options),
      },
    },
    {
      kind: "yaml",
      path: "monitoring/alerts.yml",
      component: "monitoring",
      headerComment: "Each alert links its runbook in docs/runbooks. Test with: promtool test rules monitoring/alerts.test.yml",
      data: { groups: [{ name: `${options.name}.rules`, rules }] },
    },
    { kind: "yaml", path: "monitoring/alerts.test.yml", component: "monitoring", data: alertTests(options, rules) },
    ...edgeFiles,
  ];
  if (options.alerting !== "none") {
    files.push({
      kind: "yaml",
      path: "monitoring/alertmanager.yml",
      component: "monitoring",
      headerComment: `Secrets are files in /etc/alertmanager/secrets, mounted from your secret store, never inline.`,
      data: alertmanagerConfig(options),
    });
  }
  return files;
}

export const monitoring: Component = {
  name: "monitoring",
  description: "Prometheus scrape config, alert rules with promtool unit tests, Alertmanager routing.",
  render: renderMonitoring,
};
