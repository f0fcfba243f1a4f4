import { lineOf, type RuleSample, swap } from "./sample.js";

export const GOOD_ALERTS = `groups:
  - name: app
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: More than 5% of requests fail
          runbook_url: docs/runbooks/high-5xx-rate.md
      - alert: Watchdog
        expr: vector(1)
        labels:
          severity: none
        annotations:
          summary: Always firing, so a silent Alertmanager is noticed
          runbook_url: docs/runbooks/watchdog.md
`;

const FILE = "monitoring/alerts.yml";
const G = GOOD_ALERTS;
const rules = (text: string) => ({ [FILE]: text });
const at = { file: FILE, line: lineOf(G, "- alert: HighErrorRate") };

export const prometheusSamples: Record<string, RuleSample> = {
  PR001: { bad: rules(swap(G, "        for: 5m\n", "")), good: rules(G), at },
  PR002: { bad: rules(swap(G, "          runbook_url: docs/runbooks/high-5xx-rate.md\n", "")), good: rules(G), at },
};
