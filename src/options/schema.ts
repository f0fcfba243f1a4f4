import { z } from "./zod.js";
import {
  ALERTING,
  BACKENDS,
  BACKUP_TARGETS,
  CACHES,
  CLOUDS,
  DATABASES,
  DEPENDABOT_PATHS, DEPENDENCY_UPDATES,
  DEPLOY_STRATEGIES,
  ACME_CHALLENGES,
  FORMAT_TOOLS,
  FRONTENDS,
  GATE_MODES,
  LIBRARIES,
  LINT_TOOLS,
  NODE_BACKENDS,
  NEXT_OUTPUTS,
  NODE_ORMS,
  NODE_PACKAGE_MANAGERS,
  OBJECT_STORAGES,
  PACKAGE_MANAGERS,
  PYTHON_BACKENDS,
  PYTHON_PACKAGE_MANAGERS,
  PYTHON_SERVERS,
  SEVERITIES,
  TEST_TOOLS,
  TYPECHECK_TOOLS,
} from "./choices.js";
import { appConfigOptions } from "./app-config-schema.js";

/** A directory inside the repository, POSIX-style, never escaping it. */
const repoDir = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !/^[A-Za-z]:/.test(p), "must be relative to the repository root")
  .refine((p) => !p.split(/[\\/]/).includes(".."), "must not contain '..'")
  .transform((p) => p.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^\.\//, "") || ".");

/** `package.module:attribute`, as gunicorn and uvicorn take it. */
const pythonApp = z.string().regex(/^[A-Za-z_][\w.]*:[A-Za-z_]\w*$/, "must be module:attribute, such as config.wsgi:application");
const pythonModule = z.string().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_]\w*)*$/, "must be a dotted module path, such as config.settings");

const dnsName = z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "must be a DNS name such as example.org");

const version = z.string().regex(/^\d+(\.\d+){0,2}$/, "must be a version such as 3.12 or 20");
const cron = z
  .string()
  .regex(/^(\S+\s+){4}\S+$/, "must be a five-field cron expression such as '17 3 * * *'");

const gateMode = z.enum(GATE_MODES);
/** Each CI gate's mode and tool; unset keeps the baseline's standard checks (what `init` writes is detected). */
const gates = z
  .strictObject({
    lint: gateMode.optional().describe("Lint gate: off, report (run and summarise, never fail) or enforce."),
    format: gateMode.optional().describe("Format-check gate."),
    typecheck: gateMode.optional().describe("Type-check gate."),
    test: gateMode.optional().describe("Unit (and integration) test gate."),
  })
  .describe("CI gates (off | report | enforce). init turns on the gates whose tools the repository configures and lists the rest as recommendations.");
const tools = z
  .strictObject({
    lint: z.enum(LINT_TOOLS).optional().describe("Linter the lint gate runs (script: the package.json lint script)."),
    format: z.enum(FORMAT_TOOLS).optional().describe("Formatter the format gate checks with."),
    typecheck: z.enum(TYPECHECK_TOOLS).optional().describe("Type-checker the typecheck gate runs."),
    test: z.enum(TEST_TOOLS).optional().describe("Test runner: pytest, django (manage.py test) or script (the package.json test script)."),
  })
  .describe("The repository's own tools each gate runs, as detected from its configuration.");

const backend = z
  .strictObject({
    kind: z.enum(BACKENDS).default("none").describe("Backend framework."),
    dir: repoDir.default(".").describe("Backend directory (build context of its Dockerfile)."),
    version: version.optional().describe("Python version (django, fastapi) or Node.js version (express, nestjs)."),
    packageManager: z.enum(PACKAGE_MANAGERS).optional().describe("Package manager of the backend."),
    port: z.number().int().min(1).max(65535).optional().describe("Port the backend listens on."),
    orm: z.enum(NODE_ORMS).optional().describe("ORM of a Node.js backend, for the CI migration check (prisma, typeorm)."),
    context: repoDir.optional().describe("Docker build context, when not dir (the default): the workspace root of a monorepo whose lockfile lives there (Node.js backends). CI reads the lockfile (dependency cache key) and packageManager there too."),
    pnpmVersion: version.optional().describe("pnpm only: the version CI installs (pnpm/action-setup's version input). Unset: read from the packageManager field of the workspace root's package.json (context, else dir). Detected: unset when that field exists, else from pnpm-lock.yaml's lockfileVersion, else the pinned default."),
    appDir: repoDir.optional().describe("Python backends: folder, relative to dir, the server imports the app from (Django: where manage.py is; FastAPI: its --app-dir, e.g. src). Default: dir itself."),
    migrationsDir: repoDir.optional().describe("Python backends: folder, relative to dir, where migrations run (manage.py for Django, alembic.ini for FastAPI). Default: appDir."),
    app: pythonApp.optional().describe("Python backends: what the server loads, module:attribute. Django: the WSGI_APPLICATION or ASGI_APPLICATION (config.wsgi:application); FastAPI: the app or factory (app.main:app). Detected from the code; default config.wsgi:application (Django) or app.main:app (FastAPI), checked against the repository before writing."),
    appFactory: z.boolean().optional().describe("FastAPI: app names a factory function (create_app) that the server calls."),
    settingsModule: pythonModule.optional().describe("Django: the settings module production runs with (DJANGO_SETTINGS_MODULE)."),
    collectStatic: z.boolean().optional().describe("Django: run collectstatic in the image build (detected when the settings set STATIC_ROOT)."),
    importEnv: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name")).optional().describe("Django: variables the settings require at import (no default); CI jobs and build-time steps such as collectstatic get throwaway values for them (never kept in the image; the deploy's values come from the environment)."),
    server: z.enum(PYTHON_SERVERS).optional().describe("Python backends: gunicorn (WSGI; with uvicorn workers for FastAPI), uvicorn (ASGI) or daphne (Django Channels)."),
    start: z.array(z.string().min(1)).min(1).optional().describe("Node.js backends: the command the image runs, as argv (e.g. [\"node\", \"dist/src/main.js\"]). Detected from start:prod, start, main and the build output."),
    buildScript: z.union([z.string().min(1), z.literal(false)]).optional().describe("Node.js backends: the package.json script that builds the app (build), or false when there is none."),
    migrateScript: z.string().min(1).optional().describe("Node.js backends: the package.json script that applies migrations (detected: the first of migrate, migration:run, migrations:run, db:migrate). CI's migrate step runs it (after the build script, since the image runs it against the build output), and so does the deploy's migration command. Unset: the ORM's own command in CI, `run migrate` at deploy."),
    dataSource: repoDir.optional().describe("Node.js backends with TypeORM: the data source module, relative to dir, that the CI migration check compares with the database (detected from the migrate script's -d). Default: src/data-source.ts."),
    gates: gates.optional(),
    tools: tools.optional(),
  })
  .default({ kind: "none", dir: "." });

const frontend = z
  .strictObject({
    kind: z.enum(FRONTENDS).default("none").describe("Frontend framework."),
    dir: repoDir.default(".").describe("Frontend directory."),
    context: repoDir.optional().describe("Docker build context, when not dir (the default): the workspace root of a monorepo whose lockfile lives there. CI reads the lockfile (dependency cache key) and packageManager there too."),
    pnpmVersion: version.optional().describe("pnpm only: the version CI installs (pnpm/action-setup's version input). Unset: read from the packageManager field of the workspace root's package.json (context, else dir). Detected: unset when that field exists, else from pnpm-lock.yaml's lockfileVersion, else the pinned default."),
    packageManager: z.enum(NODE_PACKAGE_MANAGERS).default("npm").describe("Package manager of the frontend."),
    nodeVersion: version.default("22").describe("Node.js major version for the frontend."),
    bundleBudgetKb: z.number().int().positive().default(500).describe("Bundle-size budget in KiB: the client JS and CSS, each file gzip-compressed as served; CI fails above it."),
    nextOutput: z.enum(NEXT_OUTPUTS).optional().describe("Next.js: the output mode next.config sets. standalone: node server.js; default: next start with production dependencies; export: static files served by nginx. Default: default, which every config satisfies."),
    outDir: repoDir.optional().describe("Build output folder, relative to dir: Vite's build.outDir (default dist), or Next.js export's out."),
    port: z.number().int().min(1).max(65535).optional().describe("Port the frontend container listens on (default 3000 for a Next.js server, 8080 for static files behind nginx-unprivileged)."),
    gates: gates.optional(),
    tools: tools.optional(),
  })
  .default({ kind: "none", dir: ".", packageManager: "npm", nodeVersion: "22", bundleBudgetKb: 500 });

const library = z
  .strictObject({
    kind: z.enum(LIBRARIES).default("none").describe("A Node.js/TypeScript library or CLI: CI runs lint (if present), type-check, tests and build; no container or deploy."),
    dir: repoDir.default(".").describe("Library directory (where its package.json is)."),
    packageManager: z.enum(NODE_PACKAGE_MANAGERS).default("npm").describe("Package manager of the library."),
    nodeVersion: version.default("22").describe("Node.js major version CI runs the library on."),
    context: repoDir.optional().describe("Workspace root, when not dir: the folder of the lockfile (dependency cache key) and of the package.json whose packageManager CI reads."),
    pnpmVersion: version.optional().describe("pnpm only: the version CI installs (pnpm/action-setup's version input). Unset: read from the packageManager field of the workspace root's package.json (context, else dir). Detected: unset when that field exists, else from pnpm-lock.yaml's lockfileVersion, else the pinned default."),
    gates: gates.optional(),
    tools: tools.optional(),
  })
  .default({ kind: "none", dir: ".", packageManager: "npm", nodeVersion: "22" });

const retention = z
  .strictObject({
    daily: z.number().int().min(0).default(7),
    weekly: z.number().int().min(0).default(4),
    monthly: z.number().int().min(0).default(3),
  })
  .default({ daily: 7, weekly: 4, monthly: 3 });

const backup = z
  .strictObject({
    target: z.enum(BACKUP_TARGETS).default("none").describe("Where database backups go."),
    schedule: cron.default("17 3 * * *").describe("When the backup workflow runs (cron, UTC)."),
    retention: retention.describe("How many daily, weekly and monthly dumps to keep."),
    bucket: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket/container name: lowercase letters, digits, dots and dashes")
      .optional()
      .describe("Bucket (s3, minio, gcs) or container (azure-blob) for dumps; defaults to <name>-backups."),
    prefix: z.string().regex(/^[A-Za-z0-9._\/-]*$/, "must be a path prefix without spaces").default("postgres").describe("Key prefix inside the bucket."),
    localPath: z.string().min(1).default("/var/backups/postgres").describe("Directory for the local target."),
  })
  .default({ target: "none", schedule: "17 3 * * *", retention: { daily: 7, weekly: 4, monthly: 3 }, prefix: "postgres", localPath: "/var/backups/postgres" });

const deploy = z
  .strictObject({
    strategy: z.enum(DEPLOY_STRATEGIES).default("rolling").describe("How new versions take traffic."),
    minReplicas: z.number().int().min(1).default(2),
    maxReplicas: z.number().int().min(1).default(10),
    region: z.string().min(1).optional().describe("Cloud region (aws-ecs, gcp-cloud-run, azure-container-apps)."),
    domain: dnsName
      .optional()
      .describe("Public domain: <domain> for the frontend, api.<domain> for the API (staging: staging.<domain>, api-staging.<domain>). Turns on managed certificates, the CDN and the edge rate limit (see edge)."),
    healthPath: z
      .string()
      .regex(/^\/[A-Za-z0-9._~\/-]*$/, "must be a URL path such as /health")
      .optional()
      .describe("Backend health route (e.g. /healthz), probed by HEALTHCHECK, compose, the platform, deploy polling, uptime and k6; it must answer 2xx. Unset: probes ask for / and accept any status below 500."),
  })
  .default({ strategy: "rolling", minReplicas: 2, maxReplicas: 10 });

const notifications = z
  .strictObject({
    slack: z.boolean().default(false).describe("Post deploy results to Slack (secret SLACK_WEBHOOK_URL)."),
    slackChannel: z.string().regex(/^#[a-z0-9_-]+$/, "must be a channel such as #alerts").default("#alerts").describe("Slack channel for alerts (alerting: slack)."),
    email: z.email().optional().describe("Address alerts are mailed to (alerting: email)."),
    runbookBaseUrl: z.url().optional().describe("Where docs/runbooks is browsable, e.g. https://github.com/acme/shop/blob/main/docs/runbooks; alerts link there."),
  })
  .default({ slack: false, slackChannel: "#alerts" });

const edge = z
  .strictObject({
    dnsZone: dnsName
      .optional()
      .describe("DNS zone that holds deploy.domain (a Route 53 hosted zone, Cloud DNS zone, Azure DNS zone or Cloudflare zone, by its DNS name). aws-ecs needs it to validate ACM certificates; elsewhere validation and host records are written into it when set."),
    cdn: z.boolean().default(true).describe("Cache static paths at the edge: CloudFront (aws-ecs), Cloud CDN (gcp-cloud-run), Front Door (azure-container-apps), an nginx static-cache Deployment (kubernetes), Cloudflare cache rules (compose), or the nginx proxy's cache behind Caddy (compose, edge.tunnel false). Needs deploy.domain."),
    waf: z.boolean().default(true).describe("Edge rate limit and managed WAF rules: WAFv2, Cloud Armor, Front Door WAF, Cloudflare rate limiting, ingress-nginx limits. Needs deploy.domain."),
    rateLimit: z.number().int().min(100).max(100000).default(2000).describe("Requests one client IP may send in 5 minutes before the edge answers 429."),
    acmeEmail: z.email().optional().describe("Let's Encrypt account address (kubernetes cert-manager, compose Caddy). Default: notifications.email."),
    challenge: z.enum(ACME_CHALLENGES).default("http-01").describe("kubernetes: how cert-manager proves the domain, http-01 through the ingress or dns-01 (wildcards, private clusters; needs edge.dnsZone)."),
    tunnel: z
      .boolean()
      .default(true)
      .describe("compose: reach the server through the Cloudflare tunnel (true), or directly on ports 80/443 through Caddy, which obtains and renews Let's Encrypt certificates itself (false; needs deploy.domain)."),
  })
  .default({ cdn: true, waf: true, rateLimit: 2000, challenge: "http-01", tunnel: true });

const budget = z
  .strictObject({
    monthly: z
      .union([z.number().positive(), z.literal(false)])
      .default(100)
      .describe("Monthly budget in budget.currency; alerts at 80 % and 100 %, actual and forecast (compose: on the cloud of its s3, gcs or azure-blob backups). false: no budget."),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD").default("USD").describe("Currency of budget.monthly (the billing account's)."),
    alertEmails: z.array(z.email()).default([]).describe("Who budget alerts mail. Default: notifications.email; aws-ecs also sends them to the alarm topic."),
  })
  .default({ monthly: 100, currency: "USD", alertEmails: [] });

/** Keys and values every cloud accepts as tags and labels (GCP's label rules are the strictest). */
const RESERVED_TAGS = ["project", "environment", "managed-by"];
// Keys are checked in superRefine: zod reports a bad record key only as "Invalid key in record".
const TAG_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const costTags = z
  .record(z.string(), z.string().regex(/^[a-z0-9_-]{0,63}$/, "must be lowercase letters, digits, _ and - (at most 63), as GCP labels require"))
  .default({})
  .describe("Cost-allocation tags (AWS, Azure) and labels (GCP, Kubernetes) on every resource, besides project, environment and managed-by.");

const jsonValue: z.ZodType<unknown> = z.unknown();

const fileOverride = z.strictObject({
  set: z.record(z.string(), jsonValue).optional().describe("Dot paths to values; workflow steps are addressed by id."),
  delete: z.array(z.string()).optional().describe("Dot paths to remove."),
});

/** An accepted audit finding: which rule, in which files, and why. Kept in the config, so it survives regeneration. */
const auditSuppression = z.strictObject({
  rule: z.string().regex(/^[A-Z]{2}\d{3}$/, "must be a rule id such as DF003 (docs/audit.md lists them)").describe("Rule id, such as DF003 (docs/audit.md)."),
  path: z.string().min(1).describe("File the finding is reported in: a repository path, or a glob (* within a folder, ** across folders). A missing-file finding is reported in the file it asks for (.github/dependabot.yml for DU001)."),
  reason: z.string().trim().min(1, "is required: say why the finding does not apply here").describe("Why the finding does not apply; audit's JSON report carries it."),
});

const audit = z
  .strictObject({
    suppress: z.array(auditSuppression).default([]).describe("Findings audit accepts, each scoped by rule and path, with a required reason. Unlike inline devops-baseline-ignore comments, these also cover findings without a line (a missing file or entry)."),
  })
  .default({ suppress: [] });

export const baselineOptionsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and dashes")
      .default("app")
      .describe("Project name, used for images, services and databases."),
    backend,
    frontend,
    library,
    database: z.enum(DATABASES).default("none").describe("Database."),
    cache: z.enum(CACHES).default("none").describe("Cache."),
    objectStorage: z.enum(OBJECT_STORAGES).default("none").describe("Object storage."),
    cloud: z.enum(CLOUDS).default("compose").describe("Deploy target."),
    deploy,
    backup,
    edge,
    budget,
    costTags,
    alerting: z.enum(ALERTING).default("none").describe("Where alerts are sent."),
    notifications,
    dependencyUpdates: z.enum(DEPENDENCY_UPDATES).default("dependabot").describe("Dependency-update tool."),
    dependabotPath: z
      .enum(DEPENDABOT_PATHS)
      .default(".github/dependabot.yml")
      .describe("Where the Dependabot config lives. detect picks .github/dependabot.yaml when the repository already has that file: GitHub reads either name, and a second config beside it would conflict."),
    securitySeverity: z
      .array(z.enum(SEVERITIES))
      .min(1)
      .default(["HIGH", "CRITICAL"])
      .describe("Trivy severities that fail the security workflow."),
    ...appConfigOptions,
    exclude: z.array(z.string()).default([]).describe("Components not to generate."),
    eject: z.array(z.string()).default([]).describe("Owned paths to hand over: kept on disk, no longer owned."),
    overrides: z.record(z.string(), fileOverride).default({}).describe("Per-file set/delete patches."),
    readOnly: z.boolean().default(false).describe("Mark owned files read-only on disk."),
    audit: audit.describe("What `audit` accepts in this repository."),
  })
  .superRefine((o, ctx) => {
    const pm = o.backend.packageManager;
    if (pm && PYTHON_BACKENDS.includes(o.backend.kind) && !(PYTHON_PACKAGE_MANAGERS as readonly string[]).includes(pm)) {
      ctx.addIssue({
        code: "custom",
        path: ["backend", "packageManager"],
        message: `"${pm}" is not a Python package manager. Allowed for ${o.backend.kind}: ${PYTHON_PACKAGE_MANAGERS.join(", ")}`,
      });
    }
    if (pm && NODE_BACKENDS.includes(o.backend.kind) && !(NODE_PACKAGE_MANAGERS as readonly string[]).includes(pm)) {
      ctx.addIssue({
        code: "custom",
        path: ["backend", "packageManager"],
        message: `"${pm}" is not a Node.js package manager. Allowed for ${o.backend.kind}: ${NODE_PACKAGE_MANAGERS.join(", ")}`,
      });
    }
    if (o.alerting === "email" && !o.notifications.email) {
      ctx.addIssue({ code: "custom", path: ["notifications", "email"], message: "is required when alerting is \"email\"" });
    }
    for (const key of Object.keys(o.costTags)) {
      if (!TAG_KEY.test(key)) {
        ctx.addIssue({ code: "custom", path: ["costTags", key], message: `key "${key}" must start with a lowercase letter and hold only lowercase letters, digits, _ and - (at most 63), as GCP labels require` });
      } else if (RESERVED_TAGS.includes(key)) {
        ctx.addIssue({ code: "custom", path: ["costTags", key], message: `key "${key}" is set by the baseline (${RESERVED_TAGS.join(", ")}); choose another` });
      }
    }
    const zone = o.edge.dnsZone;
    if (zone && !o.deploy.domain) {
      ctx.addIssue({ code: "custom", path: ["edge", "dnsZone"], message: "needs deploy.domain (the name the zone serves)" });
    }
    if (zone && o.deploy.domain && o.deploy.domain !== zone && !o.deploy.domain.endsWith(`.${zone}`)) {
      ctx.addIssue({ code: "custom", path: ["edge", "dnsZone"], message: `"${zone}" does not contain deploy.domain "${o.deploy.domain}": use ${o.deploy.domain} or a parent of it` });
    }
    if (!o.edge.tunnel && o.cloud !== "compose") {
      ctx.addIssue({ code: "custom", path: ["edge", "tunnel"], message: `only cloud: compose has a tunnel to turn off (cloud is ${o.cloud})` });
    }
    if (!o.edge.tunnel && o.cloud === "compose" && !o.deploy.domain) {
      ctx.addIssue({ code: "custom", path: ["edge", "tunnel"], message: "false needs deploy.domain: Caddy gets its certificate for that name (set --domain, or keep the tunnel)" });
    }
    if (o.edge.challenge === "dns-01" && !zone) {
      ctx.addIssue({ code: "custom", path: ["edge", "challenge"], message: "dns-01 needs edge.dnsZone (the zone cert-manager writes the challenge into)" });
    }
    for (const [env, values] of Object.entries(o.environments)) {
      for (const name of Object.keys(values)) {
        if (o.variables.some((v) => v.name === name && v.secret)) {
          ctx.addIssue({ code: "custom", path: ["environments", env, name], message: "is a secret: set it in the platform's secret store, never in the config" });
        }
      }
    }
    if (o.deploy.minReplicas > o.deploy.maxReplicas) {
      ctx.addIssue({ code: "custom", path: ["deploy", "minReplicas"], message: "must not exceed deploy.maxReplicas" });
    }
  });

/** What a user writes: every key optional. */
export type BaselineConfig = z.input<typeof baselineOptionsSchema>;
/** What components receive: defaults applied, validated. */
export type ParsedOptions = z.output<typeof baselineOptionsSchema>;
