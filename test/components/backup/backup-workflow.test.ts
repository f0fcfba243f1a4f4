import { describe, expect, it } from "vitest";
import { backupWorkflow, sanityQuery } from "../../../src/components/backup/backup-workflow.js";
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
