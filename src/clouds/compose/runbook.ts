import type { BaselineOptions } from "../../options/index.js";
import type { RunbookCommands } from "../types.js";
import { composeCommand } from "./compose-files.js";
import { lokiErrorQueryInContainer } from "../../components/logs/log-query.js";

/** Commands for operators of the compose host, quoted by the runbooks (run them on the server). */
export function composeRunbook(options: BaselineOptions): RunbookCommands {
  const dc = composeCommand(options);
  const cd = `cd /srv/${options.name} && `;
  const svc = options.backend.kind !== "none" ? "backend" : "frontend";
  return {
    status: `${cd}${dc} ps --format 'table {{.Service}}\\t{{.Status}}\\t{{.Image}}'`,
    logs: `${cd}${dc} logs --since 30m --tail 200 ${svc}`,
    // Loki keeps what Docker's json-file rotation drops; it publishes no port, so ask it from inside.
    logQuery: lokiErrorQueryInContainer(`${cd}${dc} exec -T loki`, `{project="${options.name}", service="${svc}"}`),
    events: `docker events --since 30m --until 0s --filter type=container`,
    databaseStatus: `${cd}${dc} exec db sh -c 'pg_isready --username "$POSTGRES_USER" && psql --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --command "select count(*) as connections from pg_stat_activity"'`,
    listSnapshots: `ls -lt /srv/${options.name}/backups | head -n 10`,
    rollback: [
      `cd /srv/${options.name}`,
      `cat .deployed.env`,
      `previous=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '/${options.name}-${svc}:' | sed -n 2p)   # newest first: line 2 is the one before`,
      `bash scripts/deploy_remote.sh deploy ${svc} "$previous"`,
    ].join("\n"),
    scaleOut: `${cd}${dc} up --detach --no-deps --scale ${svc}=2 ${svc}`,
    restartService: `${cd}${dc} restart ${svc}`,
    storageCheck: `${cd}${dc} ps minio 2> /dev/null; curl --silent --show-error --max-time 5 --head "$S3_ENDPOINT_URL"`,
    edgeBlock: options.edge.tunnel
      ? `# Cloudflare dashboard → Security → WAF → Tools → IP Access Rules: block the offending CIDRs (the tunnel is the only way in)`
      : `sudo iptables -I DOCKER-USER -s <cidr> -j DROP   # Caddy publishes 80/443 on the host: block the offending CIDRs before Docker's rules`,
  };
}
