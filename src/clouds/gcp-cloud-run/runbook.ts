import type { BaselineOptions } from "../../options/index.js";
import type { RunbookCommands } from "../types.js";
import { ERROR_PATTERN } from "../../components/logs/log-query.js";

/** Commands for operators of the Cloud Run deployment, quoted by the runbooks. */
export function gcpCloudRunRunbook(options: BaselineOptions): RunbookCommands {
  const region = options.deploy.region ?? "us-central1";
  const p = `${options.name}-production`;
  const svc = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  return {
    status: `gcloud run services describe ${svc} --region ${region} --format 'yaml(status.conditions,status.traffic)'`,
    logs: `gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${svc}" AND severity>=WARNING' --freshness 30m --limit 100`,
    // The services' own bucket (infra/logging.tf) keeps 90 days; _Default, which the line above reads, 30.
    logQuery: `gcloud logging read 'resource.type="cloud_run_revision" AND resource.labels.service_name="${svc}" AND (severity>=ERROR OR textPayload=~"${ERROR_PATTERN}" OR jsonPayload.message=~"${ERROR_PATTERN}")' --bucket=${options.name}-logs --location=global --view=_AllLogs --freshness 30m --limit 100`,
    events: `gcloud run revisions list --service ${svc} --region ${region} --limit 5`,
    databaseStatus: `gcloud sql instances describe ${p} --format 'yaml(state,settings.tier,ipAddresses,settings.backupConfiguration)'`,
    listSnapshots: `gcloud sql backups list --instance ${p} --limit 10`,
    rollback: [
      `previous=$(gcloud run revisions list --service ${svc} --region ${region} --format 'value(metadata.name)' --limit 2 | tail -n 1)`,
      `gcloud run services update-traffic ${svc} --region ${region} --to-revisions "$previous=100"`,
    ].join("\n"),
    scaleOut: `gcloud run services update ${svc} --region ${region} --min-instances ${options.deploy.minReplicas} --max-instances ${options.deploy.maxReplicas * 2}`,
    restartService: `gcloud run services update ${svc} --region ${region} --update-env-vars RESTARTED_AT="$(date +%s)"`,
    storageCheck: `gcloud storage buckets describe gs://${options.backup.bucket ?? `${options.name}-backups`} --format 'yaml(name,location,softDeletePolicy)' && gcloud storage ls gs://${options.backup.bucket ?? `${options.name}-backups`}/${options.backup.prefix}/ | tail -n 3`,
    edgeBlock: `gcloud compute security-policies rules create 1000 --security-policy ${p}-edge --src-ip-ranges 203.0.113.7/32 --action deny-403   # the offending CIDRs from the load balancer logs`,
  };
}
