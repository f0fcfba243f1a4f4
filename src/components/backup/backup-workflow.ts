import type { BaselineOptions } from "../../options/index.js";
import type { Job, Step, Workflow } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep } from "../../workflows/steps.js";
import { databaseImage, postgresClientImage } from "../docker/base-images.js";
import type { BackupTarget } from "./backup-scripts.js";

/** A query that fails unless the restored database holds the application's schema. */
export function sanityQuery(options: BaselineOptions): string {
  switch (options.backend.kind) {
    case "django":
      return "select count(*) from django_migrations";
    case "fastapi":
      return "select version_num from alembic_version";
    default:
      return "select count(*) from information_schema.tables where table_schema = 'public'";
  }
}

/** Cloud login for the bucket, without long-lived keys where the cloud allows it. */
function storageLogin(options: BaselineOptions, target: BackupTarget): { steps: Step[]; env: Record<string, string> } {
  switch (target) {
    case "s3":
      return {
        steps: [
          {
            name: "Log in to AWS with OIDC",
            uses: pinnedAction("aws-actions/configure-aws-credentials"),
            with: { "role-to-assume": "${{ vars.BACKUP_ROLE_ARN }}", "aws-region": options.deploy.region ?? "us-east-1" },
          },
        ],
        env: {},
      };
    case "gcs":
      return {
        steps: [
          {
            name: "Authenticate to Google Cloud with Workload Identity Federation",
            uses: pinnedAction("google-github-actions/auth"),
            with: { workload_identity_provider: "${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}", service_account: "${{ vars.BACKUP_SERVICE_ACCOUNT }}" },
          },
          { name: "Set up gcloud", uses: pinnedAction("google-github-actions/setup-gcloud") },
        ],
        env: {},
      };
    case "azure-blob":
      return {
        steps: [
          {
            name: "Log in to Azure with OIDC",
            uses: pinnedAction("azure/login"),
            with: { "client-id": "${{ vars.AZURE_CLIENT_ID }}", "tenant-id": "${{ vars.AZURE_TENANT_ID }}", "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}" },
          },
        ],
        env: { AZURE_STORAGE_ACCOUNT: "${{ vars.BACKUP_STORAGE_ACCOUNT }}" },
      };
    case "minio":
      // MinIO has no OIDC federation with GitHub: a scoped access key, passed only through env.
      return {
        steps: [],
        env: {
          S3_ENDPOINT_URL: "${{ vars.BACKUP_S3_ENDPOINT_URL }}",
          AWS_ACCESS_KEY_ID: "${{ secrets.BACKUP_S3_ACCESS_KEY_ID }}",
          AWS_SECRET_ACCESS_KEY: "${{ secrets.BACKUP_S3_SECRET_ACCESS_KEY }}",
        },
      };
    case "local":
      return { steps: [], env: {} };
  }
}

/** The production database, reached with settings of the `production` environment. */
const productionDb = {
  PGHOST: "${{ vars.PGHOST }}",
  PGPORT: "${{ vars.PGPORT || '5432' }}",
  PGUSER: "${{ vars.PGUSER }}",
  PGDATABASE: "${{ vars.PGDATABASE }}",
  PGSSLMODE: "require",
};

/** The password reaches only the steps that connect, never third-party actions of the job. */
const PASSWORD = { PGPASSWORD: "${{ secrets.PGPASSWORD }}" };

/** The client tools the scripts call; each shim runs the same tool from the pinned PostgreSQL image. */
export const PG_TOOLS = ["pg_dump", "pg_restore", "psql", "createdb", "dropdb"] as const;
/** libpq settings the shims forward by name (`-e NAME`): values, the password included, never reach argv. */
const PG_ENV = ["PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE"] as const;

/**
 * The runner's own client is older than the server (Ubuntu ships 16, the database runs 17) and pg_dump
 * refuses a newer server: put shims first on PATH that run each tool from the pinned image instead.
 * Host network for localhost and the production host; the runner's temp folder (where the scripts'
 * mktemp work folders live, TMPDIR) mounted at the same path so dump files go both ways.
 */
export function postgresClientStep(): Step {
  const forward = PG_ENV.map((name) => `-e ${name}`).join(" ");
  return {
    id: "pg-client",
    name: "PostgreSQL client tools of the server's major version (pinned image)",
    env: { PG_CLIENT_IMAGE: postgresClientImage() },
    run: [
      'bin="$RUNNER_TEMP/pg-client/bin"',
      'mkdir -p "$bin"',
      `for tool in ${PG_TOOLS.join(" ")}; do`,
      `  printf '%s\\n' '#!/usr/bin/env bash' "exec docker run --rm -i --network host ${forward} -v \\"\\$RUNNER_TEMP:\\$RUNNER_TEMP\\" -w \\"\\$RUNNER_TEMP\\" $PG_CLIENT_IMAGE $tool \\"\\$@\\"" > "$bin/$tool"`,
      '  chmod +x "$bin/$tool"',
      "done",
      'docker pull --quiet "$PG_CLIENT_IMAGE"',
      'echo "$bin" >> "$GITHUB_PATH"',
      // The scripts' mktemp work folders must be under the folder the shims mount.
      'echo "TMPDIR=$RUNNER_TEMP" >> "$GITHUB_ENV"',
      "",
    ].join("\n"),
  };
}

const verifySteps = (options: BaselineOptions): Step[] => [
  {
    id: "restore",
    name: "Restore the newest dump into the scratch database",
    run: "bash scripts/restore_db.sh latest\n",
  },
  {
    id: "sanity",
    name: "Sanity query against the restored data",
    env: { SANITY_QUERY: sanityQuery(options) },
    run: 'result=$(psql --dbname "$RESTORE_DATABASE" --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 --command "$SANITY_QUERY")\necho "sanity query returned: $result"\n[ -n "$result" ] && [ "$result" != "0" ]\n',
  },
];

/** `.github/workflows/backup.yml`: scheduled backup, then a restore test of the newest dump. */
export function backupWorkflow(options: BaselineOptions, target: BackupTarget): Workflow {
  const login = storageLogin(options, target);
  const permissions = target === "minio" || target === "local" ? { contents: "read" as const } : { contents: "read" as const, "id-token": "write" as const };
  const jobs: Record<string, Job> = {};
  if (target === "local") {
    // The dumps live on the server's disk, so both halves run on a runner installed there.
    jobs.backup = {
      name: "Back up and verify by restoring",
      "runs-on": ["self-hosted", `${options.name}-db`],
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      env: { ...productionDb, PGSSLMODE: "prefer", RESTORE_DATABASE: `${options.name.replace(/-/g, "_")}_restore_check` },
      steps: [
        checkoutStep(),
        postgresClientStep(),
        { id: "backup", name: "Back up the database", env: PASSWORD, run: "bash scripts/backup_db.sh\n" },
        {
          id: "scratch",
          name: "Create an empty scratch database",
          env: PASSWORD,
          run: 'dropdb --if-exists "$RESTORE_DATABASE"\ncreatedb "$RESTORE_DATABASE"\n',
        },
        ...verifySteps(options).map((step) => ({ ...step, env: { ...step.env, ...PASSWORD } })),
        { id: "cleanup", name: "Drop the scratch database", if: "${{ always() }}", env: PASSWORD, run: 'dropdb --if-exists "$RESTORE_DATABASE"\n' },
      ],
    };
  } else {
    jobs.backup = {
      name: "Back up the production database",
      "runs-on": "ubuntu-latest",
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      env: { ...productionDb, ...login.env },
      steps: [checkoutStep(), ...login.steps, postgresClientStep(), { id: "backup", name: "Back up the database", env: PASSWORD, run: "bash scripts/backup_db.sh\n" }],
    };
    jobs.verify = {
      name: "Verify: restore the newest dump into a scratch database",
      "runs-on": "ubuntu-latest",
      needs: ["backup"],
      environment: "production",
      permissions,
      "timeout-minutes": 60,
      services: {
        scratch: {
          // The server image of the database it verifies (PostGIS dumps need the extension to restore).
          image: databaseImage(options),
          // A throwaway server on the runner: trust auth, nothing to protect, no password to leak.
          env: { POSTGRES_HOST_AUTH_METHOD: "trust", POSTGRES_DB: "restore_check" },
          ports: ["5432:5432"],
          options: "--health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10",
        },
      },
      env: {
        ...login.env,
        PGHOST: "localhost",
        PGPORT: "5432",
        PGUSER: "postgres",
        PGDATABASE: "${{ vars.PGDATABASE }}",
        RESTORE_DATABASE: "restore_check",
      },
      steps: [
        checkoutStep(),
        ...login.steps,
        postgresClientStep(),
        ...verifySteps(options),
        // Feeds the CloudWatch BackupTooOld alarm (infra/main.tf) once a dump has restored cleanly.
        ...(target === "s3"
          ? [{ id: "report", name: "Report a verified backup to CloudWatch", run: `aws cloudwatch put-metric-data --namespace ${options.name} --metric-name BackupSucceeded --value 1\n` }]
          : []),
      ],
    };
  }
  return {
    name: "Backup",
    on: { schedule: [{ cron: options.backup.schedule }], workflow_dispatch: {} },
    permissions: {},
    concurrency: { group: "backup", "cancel-in-progress": false },
    jobs,
  };
}
