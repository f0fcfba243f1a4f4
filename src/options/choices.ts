/** Every closed set of choices, in one place, so the schema, the CLI flags and the docs agree. */
export const BACKENDS = ["django", "fastapi", "express", "nestjs", "none"] as const;
export const FRONTENDS = ["nextjs", "react-vite", "none"] as const;
/** A repository that ships a package (a library or a CLI) rather than a service: CI only, no container. */
export const LIBRARIES = ["node", "none"] as const;
export const PYTHON_PACKAGE_MANAGERS = ["pip", "poetry", "uv"] as const;
export const NODE_PACKAGE_MANAGERS = ["npm", "pnpm", "yarn", "bun"] as const;
export const PACKAGE_MANAGERS = [...PYTHON_PACKAGE_MANAGERS, ...NODE_PACKAGE_MANAGERS] as const;
export const DATABASES = ["postgres", "postgis", "sqlite", "none"] as const;
export const CACHES = ["redis", "none"] as const;
export const OBJECT_STORAGES = ["minio", "s3", "none"] as const;
export const CLOUDS = ["aws-ecs", "gcp-cloud-run", "azure-container-apps", "kubernetes", "compose"] as const;
export const BACKUP_TARGETS = ["s3", "minio", "gcs", "azure-blob", "local", "none"] as const;
export const ALERTING = ["slack", "pagerduty", "email", "none"] as const;
export const DEPENDENCY_UPDATES = ["dependabot", "renovate"] as const;
/** The names GitHub reads a Dependabot config under; a repository has at most one of them. */
export const DEPENDABOT_PATHS = [".github/dependabot.yml", ".github/dependabot.yaml"] as const;
/** How cert-manager proves a domain to Let's Encrypt. */
export const ACME_CHALLENGES = ["http-01", "dns-01"] as const;
export const DEPLOY_STRATEGIES = ["rolling", "canary", "blue-green"] as const;
export const SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
/** ORMs of a Node.js backend whose migrations CI can check (Python stacks use Django's and Alembic's). */
export const NODE_ORMS = ["prisma", "typeorm", "none"] as const;

/** Python servers the backend image can run. */
export const PYTHON_SERVERS = ["gunicorn", "uvicorn", "daphne"] as const;
/** Next.js `output` modes; `default` is no `output` key (next start). */
export const NEXT_OUTPUTS = ["standalone", "default", "export"] as const;

/** A CI gate: off (not run), report (run, summary, never fails), enforce (fails the job). */
export const GATE_MODES = ["off", "report", "enforce"] as const;
export const GATES = ["lint", "format", "typecheck", "test"] as const;
/** The tool each gate runs: the repository's own configuration, or its package.json script. */
export const LINT_TOOLS = ["ruff", "flake8", "pylint", "eslint", "biome", "script"] as const;
export const FORMAT_TOOLS = ["ruff", "black", "isort", "prettier", "biome", "script"] as const;
export const TYPECHECK_TOOLS = ["mypy", "pyright", "tsc", "script"] as const;
export const TEST_TOOLS = ["pytest", "django", "script"] as const;

export type Backend = (typeof BACKENDS)[number];
export type Frontend = (typeof FRONTENDS)[number];
export type PythonPackageManager = (typeof PYTHON_PACKAGE_MANAGERS)[number];
export type NodePackageManager = (typeof NODE_PACKAGE_MANAGERS)[number];
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];
export type PythonServer = (typeof PYTHON_SERVERS)[number];
export type NextOutput = (typeof NEXT_OUTPUTS)[number];
export type GateMode = (typeof GATE_MODES)[number];
export type GateName = (typeof GATES)[number];
export type Database = (typeof DATABASES)[number];
export type Cloud = (typeof CLOUDS)[number];
export type BackupTarget = (typeof BACKUP_TARGETS)[number];
export type Alerting = (typeof ALERTING)[number];

export const PYTHON_BACKENDS: readonly Backend[] = ["django", "fastapi"];
export const NODE_BACKENDS: readonly Backend[] = ["express", "nestjs"];
