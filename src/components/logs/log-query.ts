import { LOKI_PORT } from "./loki-config.js";

/** What every target's "errors in the logs" query looks for (RE2 and Go regexp syntax: Loki, KQL, Cloud Logging). */
export const ERROR_PATTERN = "(?i)(error|exception|traceback|panic)";

/** The last 30 minutes of error lines from Loki's HTTP API, for a LogQL stream selector (curl is on every host; logcli need not be). */
export function lokiErrorQuery(selector: string, address = `http://127.0.0.1:${LOKI_PORT}`): string {
  return `curl -sG ${address}/loki/api/v1/query_range --data-urlencode 'query=${selector} |~ "${ERROR_PATTERN}"' --data-urlencode since=30m --data-urlencode limit=100`;
}
