import { LOKI_PORT } from "./loki-config.js";

/** What every target's "errors in the logs" query looks for (RE2 and Go regexp syntax: Loki, KQL, Cloud Logging). */
export const ERROR_PATTERN = "(?i)(error|exception|traceback|panic)";

const LOKI_LOCAL = `http://127.0.0.1:${LOKI_PORT}`;
/** LogQL: the error lines of one stream selector. */
const errorLines = (selector: string): string => `${selector} |~ "${ERROR_PATTERN}"`;

/** The last 30 minutes of error lines from Loki's HTTP API at `address` (curl is on every workstation; logcli need not be). */
export function lokiErrorQuery(selector: string, address = LOKI_LOCAL): string {
  return `curl -sG ${address}/loki/api/v1/query_range --data-urlencode 'query=${errorLines(selector)}' --data-urlencode since=30m --data-urlencode limit=100`;
}

/**
 * The same query from inside the Loki container (`exec` is the command that runs there), which
 * publishes no port: busybox wget, with the LogQL URL-encoded here and shown in clear above it.
 */
export function lokiErrorQueryInContainer(exec: string, selector: string): string {
  const url = `${LOKI_LOCAL}/loki/api/v1/query_range?since=30m&limit=100&query=${encodeURIComponent(errorLines(selector))}`;
  return `# LogQL: ${errorLines(selector)}\n${exec} /busybox/wget -qO- '${url}'`;
}
