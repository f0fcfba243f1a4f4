import type { BaselineOptions } from "../../options/index.js";
import { postgresClientImage } from "../../components/docker/base-images.js";
import type { RunbookCommands } from "../types.js";
import { lokiErrorQuery } from "../../components/logs/log-query.js";
import { loggingNamespace } from "../../components/logs/kubernetes-logs.js";

/** Commands for operators of the Kubernetes deployment, quoted by the runbooks. */
export function kubernetesRunbook(options: BaselineOptions): RunbookCommands {
  const ns = `${options.name}-prod`;
  const deploy = options.backend.kind !== "none" ? `${options.name}-api` : `${options.name}-web`;
  return {
    status: `kubectl --namespace ${ns} get deployment,pods,hpa,pdb --selector app.kubernetes.io/part-of=${options.name} --output wide`,
    logs: `kubectl --namespace ${ns} logs deployment/${deploy} --since 30m --all-containers --prefix`,
    // Loki (k8s/logging) keeps the logs of pods that are gone; reach it through a port-forward.
    logQuery: [
      `kubectl --namespace ${loggingNamespace(options)} port-forward service/${options.name}-loki 3100:3100 >/dev/null &`,
      `sleep 2; ${lokiErrorQuery(`{namespace="${ns}", component="${options.backend.kind !== "none" ? "api" : "web"}"}`)}`,
      "kill %1",
    ].join("\n"),
    events: `kubectl --namespace ${ns} get events --sort-by .lastTimestamp | tail -n 30`,
    databaseStatus: `kubectl --namespace ${ns} run pg-check --rm -i --restart Never --image ${postgresClientImage()} --env-from secret/${options.name}-secrets -- pg_isready`,
    listSnapshots: `kubectl --namespace ${ns} get jobs --selector app.kubernetes.io/component=db-dump --sort-by .metadata.creationTimestamp`,
    rollback: [
      `kubectl --namespace ${ns} rollout history deployment/${deploy}`,
      `kubectl --namespace ${ns} rollout undo deployment/${deploy}`,
      `kubectl --namespace ${ns} rollout status deployment/${deploy} --timeout 10m`,
    ].join("\n"),
    scaleOut: `kubectl --namespace ${ns} patch hpa ${deploy} --patch '{"spec":{"minReplicas":${options.deploy.maxReplicas}}}'`,
    restartService: `kubectl --namespace ${ns} rollout restart deployment/${deploy}`,
    storageCheck: `kubectl --namespace ${ns} run storage-check --rm -i --restart Never --image curlimages/curl:8.10.1 --env-from configmap/${options.name}-config -- sh -c 'curl --silent --show-error --max-time 5 --head "$OBJECT_STORAGE_ENDPOINT"'`,
    edgeBlock: `kubectl --namespace ${ns} annotate ingress ${options.name} --overwrite nginx.ingress.kubernetes.io/denylist-source-range=203.0.113.7/32   # the offending CIDRs from the ingress logs`,
  };
}
