import type { BaselineOptions } from "../../options/index.js";
import type { RunbookCommands } from "../types.js";
import { ERROR_PATTERN } from "../../components/logs/log-query.js";

/** Commands for operators of the Container Apps deployment, quoted by the runbooks. */
export function azureContainerAppsRunbook(options: BaselineOptions): RunbookCommands {
  const p = `${options.name}-production`;
  const app = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  const container = options.backup.bucket ?? `${options.name}-backups`;
  return {
    status: `az containerapp revision list --name ${app} --resource-group ${p} --query '[].{name:name,active:properties.active,traffic:properties.trafficWeight,health:properties.healthState,replicas:properties.replicas}' --output table`,
    logs: `az containerapp logs show --name ${app} --resource-group ${p} --tail 200 --follow`,
    logQuery: [
      `workspace=$(az monitor log-analytics workspace show --resource-group ${p} --workspace-name ${p}-logs --query customerId --output tsv)`,
      // The KQL query is built a clause per line: runbook code blocks stay within 80 columns.
      `kql="ContainerAppConsoleLogs_CL | where ContainerAppName_s == '${app}'"`,
      `kql="$kql and TimeGenerated > ago(30m)"`,
      `kql="$kql and Log_s matches regex '${ERROR_PATTERN}'"`,
      `kql="$kql | project TimeGenerated, RevisionName_s, Log_s"`,
      `kql="$kql | order by TimeGenerated desc | take 100"`,
      `az monitor log-analytics query --workspace "$workspace" --analytics-query "$kql" --output table`,
    ].join("\n"),
    events: `az containerapp logs show --name ${app} --resource-group ${p} --type system --tail 50`,
    databaseStatus: `az postgres flexible-server show --resource-group ${p} --name ${p}-pg --query '{state:state,version:version,ha:highAvailability.state,storageGb:storage.storageSizeGb}'`,
    listSnapshots: `az postgres flexible-server backup list --resource-group ${p} --name ${p}-pg --output table`,
    rollback: [
      `az containerapp revision list --name ${app} --resource-group ${p} --query '[].{name:name,created:properties.createdTime,traffic:properties.trafficWeight}' --output table`,
      `previous=$(az containerapp revision list --name ${app} --resource-group ${p} --query 'sort_by([], &properties.createdTime)[-2].name' --output tsv)`,
      options.deploy.strategy === "rolling"
        ? `az containerapp update --name ${app} --resource-group ${p} --image "$(az containerapp revision show --name ${app} --resource-group ${p} --revision "$previous" --query 'properties.template.containers[0].image' --output tsv)"`
        : `az containerapp ingress traffic set --name ${app} --resource-group ${p} --revision-weight "$previous=100"`,
    ].join("\n"),
    scaleOut: `az containerapp update --name ${app} --resource-group ${p} --min-replicas ${options.deploy.minReplicas} --max-replicas ${options.deploy.maxReplicas * 2}`,
    restartService: `az containerapp revision restart --name ${app} --resource-group ${p} --revision "$(az containerapp show --name ${app} --resource-group ${p} --query properties.latestReadyRevisionName --output tsv)"`,
    storageCheck: `az storage container show --account-name "$BACKUP_STORAGE_ACCOUNT" --name ${container} --auth-mode login --query '{name:name,lastModified:properties.lastModified}'`,
    edgeBlock: `az containerapp ingress access-restriction set --name ${app} --resource-group ${p} --rule-name block-attacker --ip-address 203.0.113.7/32 --action Deny   # the offending CIDRs from the logs`,
  };
}
