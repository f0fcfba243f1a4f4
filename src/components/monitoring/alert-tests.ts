import type { BaselineOptions } from "../../options/index.js";
import { alertRules, backupMaxAgeSeconds, type AlertName, type AlertRule } from "./alert-rules.js";

interface Series {
  readonly series: string;
  readonly values: string;
}

interface Case {
  readonly series: Series[];
  /** Minutes after the start at which the alert must be firing. */
  readonly at: number;
  /** Labels of the firing alert besides severity. */
  readonly labels: Record<string, string>;
}

/** Input that makes each alert fire, and the labels Prometheus gives it. */
function firingCase(options: BaselineOptions, alert: AlertName): Case {
  switch (alert) {
    case "HighErrorRate":
      return {
        series: [
          { series: 'http_requests_total{job="api",status="500"}', values: "0+60x20" },
          { series: 'http_requests_total{job="api",status="200"}', values: "0+600x20" },
        ],
        at: 10,
        labels: {},
      };
    case "HighLatencyP95":
      return {
        series: [
          { series: 'http_request_duration_seconds_bucket{job="api",le="0.1"}', values: "0+0x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="0.5"}', values: "0+10x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="1"}', values: "0+100x30" },
          { series: 'http_request_duration_seconds_bucket{job="api",le="+Inf"}', values: "0+100x30" },
        ],
        at: 20,
        labels: {},
      };
    case "TargetDown":
      return { series: [{ series: 'up{job="api",instance="backend:8000"}', values: "0x10" }], at: 5, labels: { job: "api", instance: "backend:8000" } };
    case "DiskAlmostFull": {
      const l = 'instance="host:9100",mountpoint="/",fstype="ext4",device="/dev/sda1"';
      return {
        series: [
          { series: `node_filesystem_avail_bytes{${l}}`, values: "10x30" },
          { series: `node_filesystem_size_bytes{${l}}`, values: "100x30" },
        ],
        at: 15,
        labels: { instance: "host:9100", mountpoint: "/", fstype: "ext4", device: "/dev/sda1" },
      };
    }
    case "HighCpu":
      return { series: [{ series: 'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}', values: "0+3x30" }], at: 20, labels: { instance: "host:9100" } };
    case "BackupTooOld": {
      const minutes = Math.ceil(backupMaxAgeSeconds(options.backup.schedule) / 60) + 20;
      return {
        series: [{ series: 'pg_backup_last_success_timestamp_seconds{database="shop",job="pushgateway"}', values: `0x${minutes + 1}` }],
        at: minutes,
        labels: { database: "shop" },
      };
    }
    case "BackupMetricMissing":
      return { series: [{ series: 'up{job="api",instance="backend:8000"}', values: "1x80" }], at: 70, labels: {} };
  }
}

/** Healthy input: no alert may fire on it. */
const HEALTHY: Series[] = [
  { series: 'http_requests_total{job="api",status="500"}', values: "0+1x40" },
  { series: 'http_requests_total{job="api",status="200"}', values: "0+600x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="0.1"}', values: "0+95x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="0.5"}', values: "0+100x40" },
  { series: 'http_request_duration_seconds_bucket{job="api",le="+Inf"}', values: "0+100x40" },
  { series: 'up{job="api",instance="backend:8000"}', values: "1x40" },
  { series: 'node_filesystem_avail_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}', values: "60x40" },
  { series: 'node_filesystem_size_bytes{instance="host:9100",mountpoint="/",fstype="ext4"}', values: "100x40" },
  { series: 'node_cpu_seconds_total{instance="host:9100",cpu="0",mode="idle"}', values: "0+50x40" },
  // A fresh backup: its timestamp advances with the clock (60 s per 1 m sample).
  { series: 'pg_backup_last_success_timestamp_seconds{database="shop"}', values: "0+60x40" },
];

/** Renders `{{ $labels.x }}` the way Prometheus does for the expected annotations. */
function expand(text: string, labels: Record<string, string>): string {
  return text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, k: string) => labels[k] ?? "");
}

/** `monitoring/alerts.test.yml` for `promtool test rules`: every alert fires on bad input and stays quiet on healthy input. */
export function alertTests(options: BaselineOptions, rules: readonly AlertRule[] = alertRules(options)) {
  const tests = rules.map((r) => {
    const c = firingCase(options, r.alert as AlertName);
    return {
      interval: "1m",
      input_series: c.series,
      alert_rule_test: [
        {
          eval_time: `${c.at}m`,
          alertname: r.alert,
          exp_alerts: [
            {
              exp_labels: { ...c.labels, severity: r.labels.severity },
              exp_annotations: {
                summary: expand(r.annotations.summary, c.labels),
                description: r.annotations.description,
                runbook_url: r.annotations.runbook_url,
              },
            },
          ],
        },
      ],
    };
  });
  tests.push({
    interval: "1m",
    input_series: HEALTHY,
    alert_rule_test: rules.map((r) => ({ eval_time: "35m", alertname: r.alert, exp_alerts: [] as never[] })),
  });
  return { rule_files: ["alerts.yml"], evaluation_interval: "1m", tests };
}
