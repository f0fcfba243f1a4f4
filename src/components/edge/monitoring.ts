import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { edgeHosts } from "./hosts.js";
import { hasPiece } from "./plan.js";

/** Alert this many days before a served certificate expires, everywhere (uptime.yml uses the same). */
export const CERT_WARN_DAYS = 14;
/** Hours in an average month: OpenCost's hourly cost times this is the monthly run rate. */
const HOURS_PER_MONTH = 730;
export const CERT_RUNBOOK = "certificate-expiring";
const BLACKBOX = "blackbox-exporter:9115";

interface Rule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: { readonly severity: "critical" | "warning" };
  readonly annotations: { readonly summary: string; readonly description: string; readonly runbook_url: string };
}

/** The production names the blackbox exporter and uptime.yml check, as https URLs. */
export const probedUrls = (options: BaselineOptions): string[] =>
  hasPiece(options, "expiry alert") ? edgeHosts(options).filter((h) => h.environment === "production").map((h) => `https://${h.host}/`) : [];

const runbookUrl = (options: BaselineOptions, slug: string): string => `${options.notifications.runbookBaseUrl?.replace(/\/+$/, "") ?? "docs/runbooks"}/${slug}.md`;

/** The blackbox scrape job for prometheus.yml: each URL probed through the exporter's `tls` module. */
export function tlsProbeJob(options: BaselineOptions): unknown[] {
  const urls = probedUrls(options);
  if (urls.length === 0) return [];
  return [
    {
      job_name: "tls",
      metrics_path: "/probe",
      params: { module: ["tls"] },
      static_configs: [{ targets: urls }],
      relabel_configs: [
        { source_labels: ["__address__"], target_label: "__param_target" },
        { source_labels: ["__param_target"], target_label: "instance" },
        { target_label: "__address__", replacement: BLACKBOX },
      ],
    },
  ];
}

/** Alert rules for certificates and, on Kubernetes, the OpenCost budget. */
export function edgeAlertRules(options: BaselineOptions): Rule[] {
  const rule = (alert: string, expr: string, forDuration: string, severity: "critical" | "warning", summary: string, description: string, slug: string): Rule => ({
    alert,
    expr,
    for: forDuration,
    labels: { severity },
    annotations: { summary, description, runbook_url: runbookUrl(options, slug) },
  });
  const rules: Rule[] = [];
  if (probedUrls(options).length > 0) {
    rules.push(
      rule(
        "CertificateExpiringSoon",
        `probe_ssl_earliest_cert_expiry{job="tls"} - time() < ${CERT_WARN_DAYS} * 86400`,
        "1h",
        "warning",
        "The certificate served at {{ $labels.instance }} expires within 14 days",
        "Automatic renewal should have replaced it 30 days before expiry; something stopped it.",
        CERT_RUNBOOK,
      ),
      rule(
        "CertificateExpired",
        `probe_ssl_earliest_cert_expiry{job="tls"} - time() <= 0`,
        "0m",
        "critical",
        "The certificate served at {{ $labels.instance }} has expired",
        "Browsers refuse the site.",
        CERT_RUNBOOK,
      ),
    );
  }
  if (options.cloud === "kubernetes" && hasPiece(options, "certificate")) {
    rules.push(
      rule(
        "CertManagerCertificateNotReady",
        `max by (name, namespace) (certmanager_certificate_ready_status{condition="False"}) == 1`,
        "1h",
        "warning",
        "cert-manager Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready",
        "Issuance or renewal has failed for an hour; the served certificate is not being renewed.",
        CERT_RUNBOOK,
      ),
    );
  }
  const monthly = options.budget.monthly;
  if (options.cloud === "kubernetes" && monthly !== false) {
    // OpenCost's node_total_hourly_cost is the cluster's cost; the project's share is what its namespaces request.
    const runRate = `sum(node_total_hourly_cost) * ${HOURS_PER_MONTH}`;
    rules.push(
      rule("BudgetForecastAbove80", `${runRate} > ${monthly * 0.8}`, "6h", "warning", `The cluster's monthly run rate is above 80 % of the ${monthly} ${options.budget.currency} budget`, "OpenCost's hourly node cost, kept up for a month, exceeds 80 % of budget.monthly.", "incident-response"),
      rule("BudgetForecastAbove100", `${runRate} > ${monthly}`, "6h", "critical", `The cluster's monthly run rate is above the ${monthly} ${options.budget.currency} budget`, "OpenCost's hourly node cost, kept up for a month, exceeds budget.monthly.", "incident-response"),
    );
  }
  return rules;
}

interface Series {
  readonly series: string;
  readonly values: string;
}

/** promtool input that makes each rule fire (at `at` minutes), with the labels it fires with. */
function firing(options: BaselineOptions, alert: string): { series: Series[]; at: number; labels: Record<string, string> } {
  const instance = probedUrls(options)[0] ?? "https://example.org/";
  const monthly = options.budget.monthly === false ? 0 : options.budget.monthly;
  switch (alert) {
    case "CertificateExpiringSoon":
      // promtool's clock starts at 0: a certificate that ends 10 days after that.
      return { series: [{ series: `probe_ssl_earliest_cert_expiry{job="tls",instance="${instance}"}`, values: `${10 * 86400}x120` }], at: 90, labels: { job: "tls", instance } };
    case "CertificateExpired":
      return { series: [{ series: `probe_ssl_earliest_cert_expiry{job="tls",instance="${instance}"}`, values: "1800x60" }], at: 40, labels: { job: "tls", instance } };
    case "CertManagerCertificateNotReady":
      return { series: [{ series: `certmanager_certificate_ready_status{name="${options.name}",namespace="${options.name}-prod",condition="False"}`, values: "1x90" }], at: 70, labels: { name: options.name, namespace: `${options.name}-prod` } };
    default:
      // Above budget: one node costing the whole budget per month, and a bit more.
      return { series: [{ series: 'node_total_hourly_cost{node="n1"}', values: `${((monthly * 1.1) / HOURS_PER_MONTH).toFixed(4)}x480` }], at: 400, labels: {} };
  }
}

/** Healthy input: a certificate with 60 days left, a ready Certificate, a cluster at half its budget. */
function healthy(options: BaselineOptions, rules: readonly Rule[]): Series[] {
  const instance = probedUrls(options)[0] ?? "https://example.org/";
  const monthly = options.budget.monthly === false ? 0 : options.budget.monthly;
  const uses = (metric: string) => rules.some((r) => r.expr.includes(metric));
  return [
    ...(uses("probe_ssl_earliest_cert_expiry") ? [{ series: `probe_ssl_earliest_cert_expiry{job="tls",instance="${instance}"}`, values: `${60 * 86400}x480` }] : []),
    ...(uses("certmanager_") ? [{ series: `certmanager_certificate_ready_status{name="${options.name}",namespace="${options.name}-prod",condition="False"}`, values: "0x480" }] : []),
    ...(uses("node_total_hourly_cost") ? [{ series: 'node_total_hourly_cost{node="n1"}', values: `${((monthly * 0.5) / HOURS_PER_MONTH).toFixed(4)}x480` }] : []),
  ];
}

const expand = (text: string, labels: Record<string, string>): string => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, k: string) => labels[k] ?? "");

/** `promtool test rules` for edge-alerts.yml: each rule fires on bad input and stays quiet on healthy input. */
function edgeAlertTests(options: BaselineOptions, rules: readonly Rule[]) {
  const tests = rules.map((r) => {
    const c = firing(options, r.alert);
    return {
      interval: "1m",
      input_series: c.series,
      alert_rule_test: [
        {
          eval_time: `${c.at}m`,
          alertname: r.alert,
          exp_alerts: [{ exp_labels: { ...c.labels, severity: r.labels.severity }, exp_annotations: { ...r.annotations, summary: expand(r.annotations.summary, c.labels) } }],
        },
      ],
    };
  });
  tests.push({ interval: "1m", input_series: healthy(options, rules), alert_rule_test: rules.map((r) => ({ eval_time: "420m", alertname: r.alert, exp_alerts: [] as never[] })) });
  return { rule_files: ["edge-alerts.yml"], evaluation_interval: "1m", tests };
}

/** monitoring/edge-alerts.yml, its promtool tests and the blackbox exporter's config; none without a rule. */
export function edgeMonitoringFiles(options: BaselineOptions): FileModel[] {
  const rules = edgeAlertRules(options);
  if (rules.length === 0) return [];
  const files: FileModel[] = [
    {
      kind: "yaml",
      path: "monitoring/edge-alerts.yml",
      component: "monitoring",
      headerComment: "Certificate expiry and budget alerts. Test with: promtool test rules monitoring/edge-alerts.test.yml",
      data: { groups: [{ name: `${options.name}.edge`, rules }] },
    },
    { kind: "yaml", path: "monitoring/edge-alerts.test.yml", component: "monitoring", data: edgeAlertTests(options, rules) },
  ];
  if (probedUrls(options).length > 0) {
    files.push({
      kind: "yaml",
      path: "monitoring/blackbox.yml",
      component: "monitoring",
      headerComment: `Config of the blackbox exporter Prometheus reaches at ${BLACKBOX} (job "tls").`,
      // The tls module fails a probe without TLS; probe_ssl_earliest_cert_expiry is the served chain's first expiry.
      data: { modules: { tls: { prober: "http", timeout: "10s", http: { method: "GET", fail_if_not_ssl: true, preferred_ip_protocol: "ip4" } } } },
    });
  }
  return files;
}
