import type { BaselineOptions } from "../../options/index.js";

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: { readonly severity: "critical" | "warning" };
  readonly annotations: { readonly summary: string; readonly description: string; readonly runbook_url: string };
}

/** Runbook file per alert (docs/runbooks/*.md, rendered by the runbooks component). */
export const RUNBOOK_FOR = {
  HighErrorRate: "high-5xx-rate",
  HighLatencyP95: "high-5xx-rate",
  TargetDown: "high-5xx-rate",
  DiskAlmostFull: "incident-response",
  HighCpu: "ddos-mitigation",
  BackupTooOld: "restore-from-backup",
  BackupMetricMissing: "restore-from-backup",
} as const;

export type AlertName = keyof typeof RUNBOOK_FOR;

export function runbookUrl(options: BaselineOptions, alert: AlertName): string {
  const base = options.notifications.runbookBaseUrl?.replace(/\/+$/, "") ?? "docs/runbooks";
  return `${base}/${RUNBOOK_FOR[alert]}.md`;
}

/** How long a backup may be missing before it counts as late: one schedule interval plus slack. */
export function backupMaxAgeSeconds(schedule: string): number {
  const [minute, hour, dom, , dow] = schedule.split(/\s+/);
  const hours = (n: number) => n * 3600;
  if (dow !== "*" ) return hours(24 * 7 + 2);
  if (dom !== "*") return hours(24 * 31 + 2);
  if (hour === "*" || hour?.includes("/") || hour?.includes(",")) return minute === "*" ? hours(1) : hours(2);
  return hours(26);
}

/** The alert rules every generated Prometheus loads. */
export function alertRules(options: BaselineOptions): AlertRule[] {
  const maxAge = backupMaxAgeSeconds(options.backup.schedule);
  const rule = (alert: AlertName, expr: string, forDuration: string, severity: "critical" | "warning", summary: string, description: string): AlertRule => ({
    alert,
    expr,
    for: forDuration,
    labels: { severity },
    annotations: { summary, description, runbook_url: runbookUrl(options, alert) },
  });
  const rules: AlertRule[] = [];
  if (options.backend.kind !== "none") {
    rules.push(
      rule(
        "HighErrorRate",
        'sum(rate(http_requests_total{job="api",status=~"5.*"}[5m])) / sum(rate(http_requests_total{job="api"}[5m])) > 0.05',
        "5m",
        "critical",
        `More than 5% of ${options.name} API requests fail with 5xx`,
        "The 5xx ratio over 5 minutes has stayed above 5% for 5 minutes.",
      ),
      rule(
        "HighLatencyP95",
        'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m]))) > 0.5',
        "10m",
        "warning",
        `${options.name} API p95 latency is above 500 ms`,
        "The 95th percentile of request duration has stayed above 0.5 s for 10 minutes.",
      ),
    );
  }
  rules.push(
    rule("TargetDown", "up == 0", "2m", "critical", "{{ $labels.job }} target {{ $labels.instance }} is down", "Prometheus has failed to scrape it for 2 minutes."),
    rule(
      "DiskAlmostFull",
      '(1 - node_filesystem_avail_bytes{fstype!~"tmpfs|overlay|squashfs"} / node_filesystem_size_bytes{fstype!~"tmpfs|overlay|squashfs"}) > 0.80',
      "10m",
      "warning",
      "Disk {{ $labels.mountpoint }} on {{ $labels.instance }} is more than 80% full",
      "Free space has stayed under 20% for 10 minutes.",
    ),
    rule(
      "HighCpu",
      '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) > 0.90',
      "15m",
      "warning",
      "CPU on {{ $labels.instance }} is above 90%",
      "CPU use has stayed above 90% for 15 minutes.",
    ),
  );
  if (options.backup.target !== "none" && (options.database === "postgres" || options.database === "postgis")) {
    rules.push(
      rule(
        "BackupTooOld",
        `time() - max by (database) (pg_backup_last_success_timestamp_seconds) > ${maxAge}`,
        "10m",
        "critical",
        "The last good backup of {{ $labels.database }} is older than the schedule allows",
        `No verified dump for more than ${maxAge / 3600} hours (schedule: ${options.backup.schedule}).`,
      ),
      rule(
        "BackupMetricMissing",
        "absent(pg_backup_last_success_timestamp_seconds)",
        "1h",
        "warning",
        "No backup has reported its success metric",
        "pg_backup_last_success_timestamp_seconds is absent: backups are not running or not reporting.",
      ),
    );
  }
  return rules;
}
