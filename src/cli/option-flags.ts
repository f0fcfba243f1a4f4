import { Option, type Command } from "commander";
import {
  ACME_CHALLENGES,
  ALERTING,
  BACKENDS,
  BACKUP_TARGETS,
  CACHES,
  CLOUDS,
  DATABASES,
  DEPENDABOT_PATHS,
  DEPENDENCY_UPDATES,
  DEPLOY_STRATEGIES,
  FRONTENDS,
  LIBRARIES,
  NEXT_OUTPUTS,
  NODE_PACKAGE_MANAGERS,
  OBJECT_STORAGES,
  PACKAGE_MANAGERS,
  PYTHON_SERVERS,
} from "../options/choices.js";

interface OptionFlag {
  readonly flag: string;
  /** Dot path in the config. */
  readonly key: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly parse?: (value: string) => unknown;
}

const toInt = (value: string): unknown => (/^\d+$/.test(value) ? Number(value) : value);
const toList = (value: string): unknown => value.split(",").map((s) => s.trim()).filter(Boolean);
const toBool = (value: string): unknown => (value === "true" ? true : value === "false" ? false : value);
const toArgv = (value: string): unknown => value.trim().split(/\s+/).filter(Boolean);
const toAmount = (value: string): unknown => (value === "false" ? false : /^\d+(\.\d+)?$/.test(value) ? Number(value) : value);
/** `team=checkout,cost-center=cc-42`; a pair without `=` is kept whole, so the schema names it. */
const toTags = (value: string): unknown =>
  Object.fromEntries(
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((pair) => (pair.includes("=") ? [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] : [pair, "(missing =value)"])),
  );
const toScript = (value: string): unknown => (value === "false" ? false : value);

/** Every option has a flag, so `init` runs without prompts. Values are validated by the options schema. */
export const OPTION_FLAGS: readonly OptionFlag[] = [
  { flag: "--name <name>", key: "name", description: "project name (images, services, databases)" },
  { flag: "--backend <kind>", key: "backend.kind", description: "backend framework", choices: BACKENDS },
  { flag: "--backend-dir <dir>", key: "backend.dir", description: "backend directory" },
  { flag: "--backend-version <version>", key: "backend.version", description: "Python or Node.js version of the backend" },
  { flag: "--backend-package-manager <pm>", key: "backend.packageManager", description: "backend package manager", choices: PACKAGE_MANAGERS },
  { flag: "--backend-port <port>", key: "backend.port", description: "port the backend listens on", parse: toInt },
  { flag: "--backend-app <module:attr>", key: "backend.app", description: "what the Python server loads, e.g. config.wsgi:application or app.main:app" },
  { flag: "--backend-app-dir <dir>", key: "backend.appDir", description: "Python import root, relative to the backend dir (Django: manage.py's folder; FastAPI: --app-dir)" },
  { flag: "--migrations-dir <dir>", key: "backend.migrationsDir", description: "where migrations run, relative to the backend dir (manage.py or alembic.ini)" },
  { flag: "--settings-module <module>", key: "backend.settingsModule", description: "Django settings module production runs with" },
  { flag: "--app-factory <bool>", key: "backend.appFactory", description: "backend.app is a factory the server calls (true | false)", parse: toBool },
  { flag: "--python-server <server>", key: "backend.server", description: "server of a Python backend", choices: PYTHON_SERVERS },
  { flag: "--backend-start <command>", key: "backend.start", description: "command a Node.js backend image runs, e.g. \"node dist/src/main.js\"", parse: toArgv },
  { flag: "--backend-build-script <script>", key: "backend.buildScript", description: "package.json script that builds a Node.js backend (false for none)", parse: toScript },
  { flag: "--frontend <kind>", key: "frontend.kind", description: "frontend framework", choices: FRONTENDS },
  { flag: "--frontend-dir <dir>", key: "frontend.dir", description: "frontend directory" },
  { flag: "--frontend-package-manager <pm>", key: "frontend.packageManager", description: "frontend package manager", choices: NODE_PACKAGE_MANAGERS },
  { flag: "--node-version <version>", key: "frontend.nodeVersion", description: "Node.js version of the frontend" },
  { flag: "--next-output <mode>", key: "frontend.nextOutput", description: "Next.js output mode next.config sets", choices: NEXT_OUTPUTS },
  { flag: "--frontend-out-dir <dir>", key: "frontend.outDir", description: "build output folder relative to the frontend dir (Vite build.outDir)" },
  { flag: "--frontend-port <port>", key: "frontend.port", description: "port the frontend container listens on", parse: toInt },
  { flag: "--library <kind>", key: "library.kind", description: "a Node.js/TypeScript library or CLI: CI only, no container", choices: LIBRARIES },
  { flag: "--database <kind>", key: "database", description: "database", choices: DATABASES },
  { flag: "--cache <kind>", key: "cache", description: "cache", choices: CACHES },
  { flag: "--object-storage <kind>", key: "objectStorage", description: "object storage", choices: OBJECT_STORAGES },
  { flag: "--cloud <target>", key: "cloud", description: "deploy target", choices: CLOUDS },
  { flag: "--deploy-strategy <strategy>", key: "deploy.strategy", description: "how new versions take traffic", choices: DEPLOY_STRATEGIES },
  { flag: "--region <region>", key: "deploy.region", description: "cloud region" },
  { flag: "--backup <target>", key: "backup.target", description: "backup target", choices: BACKUP_TARGETS },
  { flag: "--backup-schedule <cron>", key: "backup.schedule", description: "backup schedule (five-field cron, UTC)" },
  { flag: "--health-path <path>", key: "deploy.healthPath", description: "backend health route that answers below 400 (unset: probes accept any status below 500 on /)" },
  { flag: "--domain <domain>", key: "deploy.domain", description: "public domain: managed certificates, CDN and edge rate limit (web at <domain>, API at api.<domain>)" },
  { flag: "--dns-zone <zone>", key: "edge.dnsZone", description: "DNS zone holding the domain (Route 53, Cloud DNS, Azure DNS or Cloudflare); aws-ecs needs it for ACM validation" },
  { flag: "--cdn <bool>", key: "edge.cdn", description: "cache static paths at the edge (true | false)", parse: toBool },
  { flag: "--waf <bool>", key: "edge.waf", description: "edge rate limit and managed WAF rules (true | false)", parse: toBool },
  { flag: "--rate-limit <requests>", key: "edge.rateLimit", description: "requests per client IP per 5 minutes before the edge answers 429", parse: toInt },
  { flag: "--acme-email <address>", key: "edge.acmeEmail", description: "Let's Encrypt account address (kubernetes cert-manager, compose Caddy)" },
  { flag: "--tunnel <bool>", key: "edge.tunnel", description: "compose: Cloudflare tunnel (true) or Caddy with automatic HTTPS on 80/443 (false, needs --domain)", parse: toBool },
  { flag: "--acme-challenge <type>", key: "edge.challenge", description: "how cert-manager proves the domain", choices: ACME_CHALLENGES },
  { flag: "--budget-monthly <amount>", key: "budget.monthly", description: "monthly budget with 80 % and 100 % alerts (false: none)", parse: toAmount },
  { flag: "--budget-currency <code>", key: "budget.currency", description: "currency of the budget (ISO 4217, default USD)" },
  { flag: "--budget-alert-emails <list>", key: "budget.alertEmails", description: "addresses budget alerts mail, comma-separated", parse: toList },
  { flag: "--cost-tags <pairs>", key: "costTags", description: "cost-allocation tags/labels, e.g. team=checkout,cost-center=cc-42", parse: toTags },
  { flag: "--backup-bucket <name>", key: "backup.bucket", description: "bucket or container for dumps (default <name>-backups)" },
  { flag: "--alerting <kind>", key: "alerting", description: "where alerts go", choices: ALERTING },
  { flag: "--alert-email <address>", key: "notifications.email", description: "address alerts are mailed to (needed with --alerting email)" },
  { flag: "--slack-channel <channel>", key: "notifications.slackChannel", description: "Slack channel for alerts (--alerting slack)" },
  { flag: "--dependency-updates <tool>", key: "dependencyUpdates", description: "dependency-update tool", choices: DEPENDENCY_UPDATES },
  { flag: "--dependabot-path <path>", key: "dependabotPath", description: "where the Dependabot config lives (detect keeps an existing .yaml name)", choices: DEPENDABOT_PATHS },
  { flag: "--severity <list>", key: "securitySeverity", description: "Trivy severities that fail security.yml, comma-separated", parse: toList },
];

export function addOptionFlags(command: Command): Command {
  for (const f of OPTION_FLAGS) {
    // Choices are listed in --help but validated by the schema, so errors name the option key.
    const description = f.choices ? `${f.description} (${f.choices.join(" | ")})` : f.description;
    command.addOption(new Option(f.flag, description).helpGroup("Options (each also settable in the config file):"));
  }
  return command;
}

/** The config fragment the given flags describe. */
export function configFromFlags(values: Record<string, unknown>): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const f of OPTION_FLAGS) {
    const name = attributeName(f.flag);
    const raw = values[name];
    if (typeof raw !== "string") continue;
    setPath(config, f.key.split("."), f.parse ? f.parse(raw) : raw);
  }
  return config;
}

export function hasOptionFlags(values: Record<string, unknown>): boolean {
  return OPTION_FLAGS.some((f) => typeof values[attributeName(f.flag)] === "string");
}

function attributeName(flag: string): string {
  return flag
    .split(" ")[0]!
    .replace(/^--/, "")
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}
