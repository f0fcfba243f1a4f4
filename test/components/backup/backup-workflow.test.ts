import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupWorkflow, PG_TOOLS, sanityQuery } from "../../../src/components/backup/backup-workflow.js";
import { databaseImage, postgresClientImage } from "../../../src/components/docker/base-images.js";
import { BACKUP_TARGETS, parseOptions } from "../../../src/options/index.js";

const targets = BACKUP_TARGETS.filter((t) => t !== "none");
const wf = (target: (typeof targets)[number], backend = "django") =>
  JSON.parse(JSON.stringify(backupWorkflow(parseOptions({ name: "shop", database: "postgres", backend: { kind: backend }, backup: { target, schedule: "5 2 * * *" } }), target)));

describe("backup.yml", () => {
  it.each(targets)("%s: runs on the configured schedule, backs up, then restores the newest dump and runs a sanity query", (target) => {
    const w = wf(target);
    expect(w.on.schedule).toEqual([{ cron: "5 2 * * *" }]);
    const steps = Object.values(w.jobs).flatMap((j: any) => j.steps);
    const ids = steps.map((s: any) => s.id);
    expect(ids.indexOf("backup")).toBeLessThan(ids.indexOf("restore"));
    expect(ids.indexOf("restore")).toBeLessThan(ids.indexOf("sanity"));
    expect(steps.find((s: any) => s.id === "restore").run).toBe("bash scripts/restore_db.sh latest\n");
    if (target !== "local") expect(w.jobs.verify.needs).toEqual(["backup"]);
  });

  it.each(targets)("%s: the database password reaches only run steps, never a job's env or an action", (target) => {
    const w = wf(target);
    for (const job of Object.values(w.jobs) as any[]) {
      expect(job.env.PGPASSWORD).toBeUndefined();
      for (const step of job.steps) if (step.env?.PGPASSWORD) expect(step.uses).toBeUndefined();
    }
    expect(JSON.stringify(w)).not.toMatch(/AWS_SECRET_ACCESS_KEY: "\$\{\{ secrets\.AWS/);
  });

  it("local dumps are backed up and verified on the database host's own runner", () => {
    expect(wf("local").jobs.backup["runs-on"]).toEqual(["self-hosted", "shop-db"]);
  });

  it("S3 backups report each verified dump to CloudWatch for the BackupTooOld alarm", () => {
    expect(wf("s3").jobs.verify.steps.at(-1).run).toBe("aws cloudwatch put-metric-data --namespace shop --metric-name BackupSucceeded --value 1\n");
  });

  it("the sanity query checks the stack's migration table", () => {
    expect(sanityQuery(parseOptions({ backend: { kind: "django" } }))).toBe("select count(*) from django_migrations");
    expect(sanityQuery(parseOptions({ backend: { kind: "fastapi" } }))).toBe("select version_num from alembic_version");
  });
});

describe("backup.yml: PostgreSQL client of the server's major version", () => {
  const server = databaseImage({ database: "postgres" });
  const major = (image: string) => /:(\d+)-/.exec(image)?.[1];

  it.each(targets)("%s: every job that runs pg tools puts the pinned-image shims on PATH first, and the scratch server is the database's image", (target) => {
    const w = wf(target);
    for (const job of Object.values(w.jobs) as { steps: { id?: string; run?: string }[]; services?: Record<string, { image: string }> }[]) {
      const ids = job.steps.map((s) => s.id);
      const first = ids.findIndex((id) => id === "backup" || id === "restore" || id === "scratch");
      expect(ids.indexOf("pg-client"), JSON.stringify(ids)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf("pg-client")).toBeLessThan(first);
      for (const service of Object.values(job.services ?? {})) expect(service.image).toBe(server);
    }
    expect(major(postgresClientImage())).toBe(major(server));
    expect(postgresClientImage()).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  it("the shims run the tool from the pinned image, forward libpq settings by name only, and mount the temp folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "pg-shim-"));
    try {
      const fake = join(dir, "fake");
      mkdirSync(fake);
      // docker stand-in: records argv, then runs the tool named after the image with this machine's client.
      writeFileSync(
        join(fake, "docker"),
        `#!/usr/bin/env bash\nPG_BIN=/usr/lib/postgresql/15/bin\nprintf '%s\\n' "$*" >> "${dir}/docker.argv"\n[ "$1" = pull ] && exit 0\nwhile [ "$1" != "$PG_IMAGE" ]; do shift; done\nshift\ntool=$1\nshift\nexec "$PG_BIN/$tool" "$@"\n`,
        { mode: 0o755 },
      );
      const step = wf("s3").jobs.verify.steps.find((s: { id?: string }) => s.id === "pg-client");
      const env = { ...process.env, PATH: `${fake}:${process.env.PATH}`, RUNNER_TEMP: dir, GITHUB_PATH: join(dir, "path"), GITHUB_ENV: join(dir, "env"), PG_IMAGE: postgresClientImage(), ...step.env };
      execFileSync("bash", ["-e", "-o", "pipefail", "-c", step.run], { env });
      const shims = readFileSync(join(dir, "path"), "utf8").trim();
      expect(readFileSync(join(dir, "env"), "utf8")).toBe(`TMPDIR=${dir}\n`);
      for (const tool of PG_TOOLS) expect(existsSync(join(shims, tool)), tool).toBe(true);
      const out = execFileSync(join(shims, "pg_dump"), ["--version"], { env: { ...env, PGPASSWORD: "s3cret-pw", PGHOST: "db.internal" } }).toString();
      expect(out).toMatch(/^pg_dump \(PostgreSQL\) \d+/);
      const argv = readFileSync(join(dir, "docker.argv"), "utf8").trim().split("\n");
      expect(argv[0]).toBe(`pull --quiet ${postgresClientImage()}`);
      expect(argv[1]).toBe(
        `run --rm -i --network host -e PGHOST -e PGPORT -e PGUSER -e PGPASSWORD -e PGDATABASE -e PGSSLMODE -v ${dir}:${dir} -w ${dir} ${postgresClientImage()} pg_dump --version`,
      );
      expect(argv.join("\n")).not.toContain("s3cret-pw");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
