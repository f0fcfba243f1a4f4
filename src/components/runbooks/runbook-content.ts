import { backendProbe } from "../docker/health-probe.js";
import { CLOUD_STRATEGIES, hasDatabase } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import { missingConfigurationRunbook } from "../app-config/runbook.js";
import { backupBucket } from "../backup/index.js";
import { hasPiece } from "../edge/plan.js";
import { certificateRunbook } from "../edge/runbook.js";

interface Command {
  readonly label: string;
  readonly command?: string;
}

export interface Runbook {
  readonly slug: string;
  readonly title: string;
  readonly purpose: string;
  readonly alerts: readonly string[];
  /** Where the alerts are defined, when not monitoring/alerts.yml. */
  readonly alertSource?: string;
  readonly severity: string;
  readonly confirm: readonly string[];
  readonly diagnose: readonly Command[];
  readonly mitigate: readonly Command[];
  readonly escalate: readonly string[];
  readonly verify: readonly string[];
  readonly related: readonly string[];
}

function destination(options: BaselineOptions): string {
  switch (options.alerting) {
    case "slack":
      return `Slack ${options.notifications.slackChannel} (monitoring/alertmanager.yml)`;
    case "pagerduty":
      return "PagerDuty, routing key in /etc/alertmanager/secrets/pagerduty_routing_key (monitoring/alertmanager.yml)";
    case "email":
      // An autolink: markdownlint flags a bare address (MD034).
      return `<${options.notifications.email}> (monitoring/alertmanager.yml)`;
    case "none":
      return "nobody yet: alerting is \"none\"; set alerting in devops-baseline config to route them";
  }
}

function backupWhere(options: BaselineOptions): string {
  const b = options.backup;
  switch (b.target) {
    case "local":
      return `${b.localPath} on the database host`;
    case "s3":
      return `s3://${backupBucket(options)}/${b.prefix}/`;
    case "minio":
      return `MinIO bucket ${backupBucket(options)}, prefix ${b.prefix}/`;
    case "gcs":
      return `gs://${backupBucket(options)}/${b.prefix}/`;
    case "azure-blob":
      return `Azure Blob container ${backupBucket(options)} (account in BACKUP_STORAGE_ACCOUNT), prefix ${b.prefix}/`;
    case "none":
      return "nowhere: backup.target is \"none\"";
  }
}

function listDumps(options: BaselineOptions): string {
  const b = options.backup;
  const where = `${backupBucket(options)}/${b.prefix}/`;
  switch (b.target) {
    case "local":
      return `ls -l ${b.localPath}`;
    case "s3":
      return `aws s3 ls s3://${where}`;
    case "minio":
      return `aws --endpoint-url "$S3_ENDPOINT_URL" s3 ls s3://${where}`;
    case "gcs":
      return `gcloud storage ls gs://${where}`;
    case "azure-blob":
      return `az storage blob list --auth-mode login --account-name "$BACKUP_STORAGE_ACCOUNT" --container-name ${backupBucket(options)} --prefix ${b.prefix}/ --query '[].name' --output tsv`;
    case "none":
      return "";
  }
}

/** The runbooks, written from the chosen cloud's commands and the options; nothing generic. */
export function runbooks(options: BaselineOptions): Runbook[] {
  const cloud = CLOUD_STRATEGIES[options.cloud];
  const cmd = cloud.runbook(options);
  const db = hasDatabase(options);
  const escalateCloud = {
    "aws-ecs": "AWS Support case (Business or higher: severity \"Production system down\") from the AWS console",
    "gcp-cloud-run": "Google Cloud support case (P1) from the console; check status.cloud.google.com first",
    "azure-container-apps": "Azure support request (Severity A) from the portal; check azure.status.microsoft first",
    kubernetes: "the cluster's platform team (they own the ingress controller, nodes and the OIDC issuer config)",
    compose: "whoever administers the server and the Cloudflare account",
  }[options.cloud];
  const escalate = (extra: string[] = []): string[] => [
    `Not mitigated within 15 minutes: page the secondary on-call through ${destination(options)}.`,
    ...extra,
    `Platform fault suspected: ${escalateCloud}.`,
    "Customer-visible for more than 30 minutes: post on the status page and open an incident (incident-response.md).",
  ];
  const healthUrl = "$API_URL" + backendProbe(options).path;
  const checkHealth = `\`curl --fail --silent --show-error --max-time 5 "${healthUrl}" && echo healthy\` (API_URL: the production environment's variable)`;
  const list: Runbook[] = [];
  if (db) {
    list.push({
      slug: "db-connection-failure",
      title: "Database connection failure",
      purpose: `The application cannot reach its ${options.database === "postgis" ? "PostGIS" : "PostgreSQL"} database: requests fail with 5xx and health checks at ${backendProbe(options).path} go red.`,
      alerts: ["TargetDown", "HighErrorRate"],
      severity: "critical",
      confirm: [`${checkHealth}`, "Application logs show connection refused, timeouts or `too many connections`."],
      diagnose: [
        { label: "Service state", command: cmd.status },
        { label: "Application logs (look for connection errors)", command: cmd.logs },
        { label: "Database state", command: cmd.databaseStatus },
        { label: "Recent platform events", command: cmd.events },
      ],
      mitigate: [
        { label: "Database down or failing over: wait for it to come back as shown by the database state command; do not restart the app in a loop." },
        { label: "Connections exhausted: restart the application to drop leaked connections", command: cmd.restartService },
        { label: "A deploy just changed connection settings: roll back (rollback.md)", command: cmd.rollback },
        { label: "Data lost or corrupted: restore (restore-from-backup.md)." },
      ],
      escalate: escalate(),
      verify: [checkHealth, "The TargetDown and HighErrorRate alerts resolve in Alertmanager.", "Error rate in the logs back to its usual level for 15 minutes."],
      related: ["rollback", "restore-from-backup", "incident-response"],
    });
  }
  if (options.objectStorage !== "none" || options.backup.target !== "none") {
    list.push({
      slug: "object-storage-unavailable",
      title: "Object storage unavailable",
      purpose: `Uploads or downloads fail${options.backup.target !== "none" ? `, or backups cannot be written to ${backupWhere(options)}` : ""}.`,
      alerts: ["HighErrorRate", ...(options.backup.target !== "none" ? ["BackupTooOld"] : [])],
      severity: "critical",
      confirm: ["Application logs show errors from the storage client (403, 5xx, timeouts).", "The backup workflow (.github/workflows/backup.yml) failed at its upload step."],
      diagnose: [
        { label: "Is the bucket reachable with the app's identity?", command: cmd.storageCheck },
        { label: "Application logs", command: cmd.logs },
      ],
      mitigate: [
        { label: "Provider outage: wait; uploads fail visibly, nothing is lost. Tell users uploads are degraded." },
        { label: "Credentials or policy changed: compare the bucket policy or role with infra/ (Terraform) and re-apply", command: "terraform -chdir=infra plan" },
        { label: "Backups missed: once storage is back, run the backup by hand", command: "gh workflow run backup.yml && gh run watch" },
      ],
      escalate: escalate(),
      verify: ["The storage check above succeeds.", "A manual run of backup.yml passes both jobs (backup and restore test)."],
      related: ["restore-from-backup", "incident-response"],
    });
  }
  list.push({
    slug: "high-5xx-rate",
    title: "High 5xx rate or latency",
    purpose: "More than 5% of API requests fail with 5xx for 5 minutes, or p95 latency stays above 500 ms (monitoring/alerts.yml).",
    alerts: ["HighErrorRate", "HighLatencyP95", "TargetDown"],
    severity: "critical (HighErrorRate, TargetDown), warning (HighLatencyP95)",
    confirm: [checkHealth, "Did a deploy just finish? Check the last run of .github/workflows/deploy.yml: `gh run list --workflow deploy.yml --limit 3`"],
    diagnose: [
      { label: "Service state", command: cmd.status },
      { label: "Recent logs", command: cmd.logs },
      { label: "Error lines of the last 30 minutes, from where the logs are kept", command: cmd.logQuery },
      { label: "Platform events (crash loops, OOM kills, failed health checks)", command: cmd.events },
      ...(db ? [{ label: "Database health (a slow database shows as latency first)", command: cmd.databaseStatus }] : []),
    ],
    mitigate: [
      { label: "Started with a deploy: roll back first, investigate after (rollback.md)", command: cmd.rollback },
      { label: "Traffic surge: scale out", command: cmd.scaleOut },
      { label: "Abusive traffic: see ddos-mitigation.md." },
    ],
    escalate: escalate(),
    verify: ["HighErrorRate and HighLatencyP95 resolve.", checkHealth],
    related: ["rollback", "ddos-mitigation", "incident-response"],
  });
  list.push({
    slug: "ddos-mitigation",
    title: "DDoS and abusive traffic",
    purpose: "Request volume far above normal from a few sources, or CPU pinned above 90%, degrading service for everyone.",
    alerts: ["HighCpu", "HighLatencyP95", "HighErrorRate"],
    severity: "critical",
    confirm: ["Request logs show a few IPs, user agents or paths dominating traffic.", "CPU above 90% without a matching rise in real users."],
    diagnose: [
      { label: "Top talkers in the application logs", command: `${cmd.logs.replace(/ --follow$/, "")} | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | sort | uniq -c | sort -rn | head -20` },
      { label: "Service state and scaling", command: cmd.status },
    ],
    mitigate: [
      { label: "Block the offending sources at the edge", command: cmd.edgeBlock },
      { label: `Buy headroom: scale out (up to ${options.deploy.maxReplicas * 2} replicas) while blocking`, command: cmd.scaleOut },
      { label: "Volumetric attack beyond what blocking handles: escalate to the edge provider's DDoS response." },
    ],
    escalate: escalate(),
    verify: ["CPU back under 70% and HighCpu resolved.", checkHealth, "Remove temporary blocks after 24 hours if they catch real users."],
    related: ["high-5xx-rate", "incident-response"],
  });
  list.push({
    slug: "rollback",
    title: "Roll back a deploy",
    purpose: `deploy.yml rolls back by itself when health polling of ${backendProbe(options).path} fails after a ${options.deploy.strategy} deploy. Use this when a bad release passed its health checks.`,
    alerts: ["HighErrorRate", "HighLatencyP95"],
    severity: "critical",
    confirm: ["The problem started with the last production deploy: `gh run list --workflow deploy.yml --limit 3`"],
    diagnose: [
      { label: "What is running now", command: cmd.status },
      { label: "Logs of the new version", command: cmd.logs },
    ],
    mitigate: [
      { label: "Put the previous version back", command: cmd.rollback },
      ...(db
        ? [
            {
              label:
                "Migrations are not rolled back automatically: if the new schema breaks the old code, restore the pre-deploy snapshot the deploy took (restore-from-backup.md), after deciding what to do about writes made since",
              command: cmd.listSnapshots,
            },
          ]
        : []),
      { label: "Stop further deploys until fixed: disable the workflow", command: "gh workflow disable deploy.yml" },
    ],
    escalate: escalate(["The previous version is also failing: this is not a deploy problem; go to high-5xx-rate.md."]),
    verify: [checkHealth, "Alerts resolve; then re-enable deploys: `gh workflow enable deploy.yml`"],
    related: ["restore-from-backup", "high-5xx-rate"],
  });
  if (db) {
    list.push({
      slug: "restore-from-backup",
      title: "Restore the database from a backup",
      purpose: `Data loss or corruption, or a backup that is too old. Dumps are pg_dump custom-format archives in ${backupWhere(options)}, kept ${options.backup.retention.daily} daily / ${options.backup.retention.weekly} weekly / ${options.backup.retention.monthly} monthly, written by scripts/backup_db.sh on schedule \`${options.backup.schedule}\` (cron, UTC) and restore-tested by .github/workflows/backup.yml.`,
      alerts: options.backup.target !== "none" ? ["BackupTooOld", "BackupMetricMissing"] : ["HighErrorRate"],
      severity: "critical",
      confirm: ["Decide the point to restore to and what happens to writes made after it; get the incident lead's approval."],
      diagnose: [
        ...(options.backup.target !== "none" ? [{ label: "Dumps available (newest last)", command: listDumps(options) }] : []),
        { label: "State of the database to restore into", command: cmd.databaseStatus },
        { label: "Pre-deploy snapshots (deploy.yml takes one before every migration)", command: cmd.listSnapshots },
        { label: "Last backup runs", command: "gh run list --workflow backup.yml --limit 5" },
      ],
      mitigate: [
        {
          label: "Restore the newest dump into a new database first, check it, then switch the app to it",
          command: [
            "# Connection settings as backup.yml uses them: the production environment's variables, password in ~/.pgpass.",
            `eval "$(gh variable list --env production --json name,value --jq '.[] | select(.name | startswith("PG")) | "export \\(.name)=\\(.value)"')"`,
            "export PGPASSFILE=~/.pgpass",
            `createdb ${options.name.replace(/-/g, "_")}_restored`,
            `RESTORE_DATABASE=${options.name.replace(/-/g, "_")}_restored bash scripts/restore_db.sh latest`,
          ].join("\n"),
        },
        { label: "A specific dump instead of the newest: pass its name as listed by the target", command: `RESTORE_DATABASE=${options.name.replace(/-/g, "_")}_restored bash scripts/restore_db.sh "$PGDATABASE-20260101T031700Z.dump"   # pick the stamp from the listing` },
        { label: "Restoring in place (over the live database) needs ALLOW_OVERWRITE=yes and a stopped application." },
      ],
      escalate: escalate(["The newest dump fails to restore: try the previous one and tell the incident lead how much data that loses."]),
      verify: [checkHealth, "Row counts of the main tables match expectations; the backup.yml restore test passes on its next run."],
      related: ["db-connection-failure", "rollback", "incident-response"],
    });
  }
  if (hasPiece(options, "expiry alert")) list.push(certificateRunbook(options, escalate()));
  const configuration = missingConfigurationRunbook(options, escalate());
  if (configuration) list.push(configuration);
  list.push({
    slug: "incident-response",
    title: "Incident response and on-call",
    purpose: `How on-call works for ${options.name}: alerts from monitoring/alerts.yml go to ${destination(options)}; the runbooks in this folder cover each alert.`,
    alerts: ["DiskAlmostFull", "any alert without a runbook of its own"],
    severity: "critical pages, warning notifies",
    confirm: ["Acknowledge the alert within 5 minutes (critical) or the next working hour (warning).", "Open the runbook linked in the alert's runbook_url."],
    diagnose: [
      { label: "Service overview", command: cmd.status },
      { label: "Logs", command: cmd.logs },
      { label: "Last deploys", command: "gh run list --workflow deploy.yml --limit 5" },
    ],
    mitigate: [
      { label: "Mitigate first (roll back, scale out, block), find the root cause after." },
      { label: "Disk above 80% (DiskAlmostFull): find what grew and prune it, e.g. old dumps or logs, or grow the volume." },
      { label: "Budget alert (the cloud budget's mail, or BudgetForecastAbove80/100 on Kubernetes): open the cost view (docs/costs.md), find the service or resource that grew, and scale it back or raise budget.monthly on purpose." },
      { label: "Name one incident lead; everyone else reports to them. Write a timeline as you go." },
    ],
    escalate: escalate(),
    verify: ["All alerts resolved, health endpoint green for 30 minutes.", "A blameless review within 5 working days, with follow-up issues filed."],
    related: list.map((r) => r.slug),
  });
  return list;
}
