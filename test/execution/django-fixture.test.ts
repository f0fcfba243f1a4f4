// The harness on a real dependency: the Django fixture (manage.py under src/, package config/)
// installed from PyPI, its CI job run against a local PostgreSQL, its image laid out and started.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runImage } from "./image-runner.js";
import { freePort, startPostgres } from "./services.js";
import { runWorkflowJob, type JobResult } from "./workflow-runner.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "apps", "django-config-src");
const SAMPLES = join(import.meta.dirname, "samples");

const statuses = (job: JobResult) => Object.fromEntries(job.steps.map((step) => [step.id ?? step.name, step.status]));
const explain = (job: JobResult) =>
  JSON.stringify({ error: job.error, steps: job.steps.map((s) => [s.id, s.status, s.note, s.outputTail.slice(-600)]) }, null, 1);

describe("Django fixture, executed", () => {
  it("passes its CI job (pip install, migrate, migration check, tests) against PostgreSQL, and the migration gate catches a missing migration", async () => {
    const workflow = readFileSync(join(SAMPLES, "django-config-src.ci.yml"), "utf8");
    // One setup-python virtualenv for both runs: the second one's pip install finds everything installed.
    const pythonVenvDir = join(mkdtempSync(join(tmpdir(), "django-ci-venv-")), "venv");
    const healthy = await runWorkflowJob(workflow.replaceAll("__PG_PORT__", String(await freePort())), "backend-integration", { repoDir: FIXTURE, pythonVenvDir });
    expect(healthy.status, explain(healthy)).toBe("passed");
    expect(statuses(healthy)).toEqual({
      checkout: "passed",
      "setup-python": "passed",
      install: "passed",
      migrate: "passed",
      "migration-check": "passed",
      "unit-tests": "passed",
    });
    expect(healthy.steps.find((s) => s.id === "migrate")!.outputTail).toContain("Applying notes.0001_initial");
    expect(healthy.steps.find((s) => s.id === "setup-python")!.outputs["python-version"]).toMatch(/^3\.\d+\.\d+$/);

    // Broken on purpose: a model field without its migration fails the migration gate, and only it.
    const broken = mkdtempSync(join(tmpdir(), "django-broken-"));
    try {
      cpSync(FIXTURE, broken, { recursive: true });
      appendFileSync(join(broken, "backend/src/notes/models.py"), "\nNote.add_to_class('title', models.CharField(max_length=50, default=''))\n");
      const job = await runWorkflowJob(workflow.replaceAll("__PG_PORT__", String(await freePort())), "backend-integration", { repoDir: broken, pythonVenvDir });
      expect(job.status, explain(job)).toBe("failed");
      expect(statuses(job)).toMatchObject({ install: "passed", migrate: "passed", "migration-check": "failed", "unit-tests": "skipped" });
    } finally {
      rmSync(broken, { recursive: true, force: true });
      rmSync(dirname(pythonVenvDir), { recursive: true, force: true });
    }
  });

  it("starts the image's final stage (gunicorn from the builder's venv, as uid 10001), migrates against PostgreSQL and passes the HEALTHCHECK", async () => {
    const postgres = await startPostgres("db", {
      image: "postgres:17-alpine",
      env: { POSTGRES_DB: "app", POSTGRES_HOST_AUTH_METHOD: "trust" },
      ports: [`${await freePort()}:5432`],
    });
    try {
      const databaseUrl = `postgres://postgres@localhost:${postgres.ports["5432"]}/app`;
      let migrate = { exitCode: -1 as number | null, output: "" };
      const result = await runImage(readFileSync(join(SAMPLES, "django-config-src.Dockerfile"), "utf8"), join(FIXTURE, "backend"), {
        env: { DATABASE_URL: databaseUrl },
        hostPort: await freePort(),
        httpPath: "/healthz",
        whileRunning: async (running) => {
          migrate = await running.exec(["python", "/app/src/manage.py", "migrate", "--noinput"]);
        },
      });
      const details = JSON.stringify({ ...result, logsTail: result.logsTail.slice(-1500) }, null, 1);
      expect(result.built, details).toBe(true);
      expect(result.healthy, details).toBe(true);
      expect(result.portAnswered).toBe(true);
      expect(result.httpStatus).toBe(200);
      expect(result.portRewritten?.from).toBe(8000);
      expect(result.command.join(" ")).toMatch(/gunicorn --bind 0\.0\.0\.0:\d+ --chdir \S+\/app\/src /);
      expect(migrate.exitCode, migrate.output).toBe(0);
      expect(migrate.output).toContain("Applying notes.0001_initial");
      if (process.getuid?.() === 0) expect(result.runAs).toContain("uid 10001");
    } finally {
      await postgres.stop();
    }
  });
});
