import type { BaselineOptions } from "../../options/index.js";
import type { Job } from "../../workflows/model.js";
import { edgeHosts } from "./hosts.js";
import { CERT_WARN_DAYS, probedUrls } from "./monitoring.js";

/** Reads the certificate HOST serves on PORT and fails when it ends within MIN_DAYS days (or none is served). */
export const CERT_CHECK_SCRIPT = [
  "set -euo pipefail",
  'cert=$(openssl s_client -connect "$HOST:$PORT" -servername "$HOST" </dev/null 2>/dev/null | openssl x509) || { echo "::error::$HOST:$PORT served no certificate"; exit 1; }',
  'echo "$HOST: $(openssl x509 -noout -enddate <<<"$cert")"',
  'if ! openssl x509 -noout -checkend "$((MIN_DAYS * 86400))" <<<"$cert" >/dev/null; then',
  '  echo "::error::The certificate of $HOST expires within $MIN_DAYS days. Runbook: docs/runbooks/certificate-expiring.md"',
  "  exit 1",
  "fi",
  "",
].join("\n");

/** uptime.yml's certificate job: one step per production name, failing 14 days before expiry. */
export function certificateJob(options: BaselineOptions): Job | undefined {
  if (probedUrls(options).length === 0) return undefined;
  const hosts = edgeHosts(options).filter((h) => h.environment === "production");
  return {
    name: "Check certificate expiry",
    "runs-on": "ubuntu-latest",
    permissions: {},
    "timeout-minutes": 5,
    steps: hosts.map((h) => ({
      id: `certificate-${h.key}`,
      name: `Certificate of ${h.host} is valid for ${CERT_WARN_DAYS} more days`,
      env: { HOST: h.host, PORT: "443", MIN_DAYS: String(CERT_WARN_DAYS) },
      run: CERT_CHECK_SCRIPT,
    })),
  };
}
