import type { BaselineOptions } from "../../options/index.js";

/** Secrets Alertmanager reads from files mounted next to its config, never inline. */
export const ALERTMANAGER_SECRET_DIR = "/etc/alertmanager/secrets";

function receiver(options: BaselineOptions): Record<string, unknown> {
  const title = '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.severity }})';
  const text = "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.runbook_url }}\n{{ end }}";
  switch (options.alerting) {
    case "slack":
      return {
        name: "oncall",
        slack_configs: [
          { api_url_file: `${ALERTMANAGER_SECRET_DIR}/slack_webhook_url`, channel: options.notifications.slackChannel, send_resolved: true, title, text },
        ],
      };
    case "pagerduty":
      return {
        name: "oncall",
        pagerduty_configs: [{ routing_key_file: `${ALERTMANAGER_SECRET_DIR}/pagerduty_routing_key`, send_resolved: true, description: title }],
      };
    case "email":
      return {
        name: "oncall",
        email_configs: [{ to: options.notifications.email!, send_resolved: true, headers: { Subject: title }, text }],
      };
    case "none":
      return { name: "oncall" };
  }
}

/** `monitoring/alertmanager.yml`: critical alerts page at once; warnings are grouped and repeated slower. */
export function alertmanagerConfig(options: BaselineOptions): Record<string, unknown> {
  const global: Record<string, unknown> = { resolve_timeout: "5m" };
  if (options.alerting === "email") {
    Object.assign(global, {
      smtp_from: `alertmanager@${options.notifications.email!.split("@")[1]}`,
      smtp_smarthost: `smtp.${options.notifications.email!.split("@")[1]}:587`,
      smtp_auth_username: `alertmanager@${options.notifications.email!.split("@")[1]}`,
      smtp_auth_password_file: `${ALERTMANAGER_SECRET_DIR}/smtp_password`,
      smtp_require_tls: true,
    });
  }
  return {
    global,
    route: {
      receiver: "oncall",
      group_by: ["alertname", "job"],
      group_wait: "30s",
      group_interval: "5m",
      repeat_interval: "4h",
      routes: [
        { receiver: "oncall", matchers: ['severity="critical"'], group_wait: "10s", repeat_interval: "1h" },
        { receiver: "oncall", matchers: ['severity="warning"'], repeat_interval: "12h" },
      ],
    },
    // A critical alert silences warnings about the same target.
    inhibit_rules: [{ source_matchers: ['severity="critical"'], target_matchers: ['severity="warning"'], equal: ["instance"] }],
    receivers: [receiver(options)],
  };
}
