import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ci, ciWorkflow } from "../../../src/components/ci/index.js";
import { parseOptions } from "../../../src/options/index.js";
import type { Job, RunStep, Step, UsesStep } from "../../../src/workflows/model.js";
import { TOOL_VERSION } from "../../../src/version.js";

const fullStack = parseOptions({
  backend: { kind: "django", dir: "backend", packageManager: "uv" },
  frontend: { kind: "react-vite", dir: "frontend", packageManager: "pnpm", bundleBudgetKb: 300 },
  database: "postgis",
  cache: "redis",
});
const wf = ciWorkflow(fullStack);
const jobs = wf.jobs as Record<string, Job>;
const step = (job: string, id: string): Step => {
  const found = jobs[job]!.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${job}`);
  return found;
};

describe("ci.yml", () => {
  it("has the jobs of the issue for a backend + frontend", () => {
    expect(Object.keys(jobs)).toEqual([
      "backend-checks",
      "backend-integration",
      "frontend-checks",
      "frontend-bundle",
      "backend-image",
      "frontend-image",
      "drift",
      "backend-publish",
      "frontend-publish",
    ]);
  });

  it("grants nothing at the top and packages: write only to the publish jobs, which run on the default branch after everything else", () => {
    expect(wf.permissions).toEqual({});
    for (const [id, job] of Object.entries(jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write");
      if (id.endsWith("-publish")) {
        expect(writes).toEqual([["packages", "write"]]);
        expect(job.if).toContain("github.event.repository.default_branch");
        expect(job.needs).toEqual(Object.keys(jobs).filter((j) => !j.endsWith("-publish")));
      } else {
        expect(writes, id).toEqual([]);
      }
      expect(job["timeout-minutes"], id).toBeGreaterThan(0);
    }
  });

  it("cancels superseded pull-request runs only", () => {
    expect(wf.concurrency).toEqual({ group: "ci-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" });
  });

  it("runs lint, type-check and unit tests as separate failing steps, in the service directory", () => {
    expect(jobs["backend-checks"]!.defaults).toEqual({ run: { "working-directory": "backend" } });
    expect((step("backend-checks", "typecheck") as RunStep).run).toBe("uv run --locked python -m mypy .");
    expect((step("frontend-checks", "lint") as RunStep).run).toBe("pnpm run --if-present lint");
  });

  it("migrates, checks migrations and runs integration tests against healthy PostGIS and Redis", () => {
    const job = jobs["backend-integration"]!;
    expect(job.services?.postgres?.image).toMatch(/^postgis\/postgis:17-3\.5-alpine@sha256:[0-9a-f]{64}$/);
    expect(job.services?.postgres?.options).toContain("--health-cmd");
    expect(job.services?.redis?.options).toContain("redis-cli ping");
    expect(job.env).toEqual({ DATABASE_URL: "postgresql://postgres@localhost:5432/app", REDIS_URL: "redis://localhost:6379/0" });
    expect(job.steps.map((s) => s.id)).toEqual(["checkout", "setup-uv", "install", "migrate", "migration-check", "integration-tests"]);
    expect((step("backend-integration", "migration-check") as RunStep).run).toBe("uv run --locked python manage.py makemigrations --check --dry-run");
  });

  it("builds images with the GHA layer cache, waits for health with retries, and runs the k6 smoke test", () => {
    const build = step("backend-image", "build") as UsesStep;
    expect(build.with).toMatchObject({ context: "backend", file: "backend/Dockerfile", "cache-from": "type=gha,scope=backend", "cache-to": "type=gha,mode=max,scope=backend", load: true, push: false });
    // The image's own HEALTHCHECK decides (one probe for image, compose and CI), polled with a bound.
    const wait = (step("backend-image", "wait-healthy") as RunStep).run;
    expect(wait).toContain("docker inspect --format '{{.State.Health.Status}}' app");
    expect(wait).toMatch(/for attempt in \$\(seq 1 60\)/);
    expect(wait).toContain(`if [ "$status" = unhealthy ]; then break; fi`);
    expect((step("backend-image", "perf-smoke") as RunStep).run).toBe("k6 run perf/smoke.js");
    expect(jobs["backend-image"]!.services?.postgres).toBeDefined();
    const push = step("backend-publish", "push") as UsesStep;
    expect(push.with).toMatchObject({ push: true, "cache-from": "type=gha,scope=backend" });
  });

  it("runs the drift check with the same tool version that wrote the files", () => {
    expect((step("drift", "check") as RunStep).run).toBe(`npx --yes create-devops-baseline@${TOOL_VERSION} check`);
  });

  it("skips integration and migration steps that do not apply", () => {
    const noDb = ciWorkflow(parseOptions({ backend: { kind: "express" }, database: "none" }));
    const integration = (noDb.jobs as Record<string, Job>)["backend-integration"]!;
    expect(integration.services).toBeUndefined();
    expect(integration.steps.map((s) => s.id)).not.toContain("migration-check");
    const frontendOnly = ciWorkflow(parseOptions({ frontend: { kind: "nextjs" } }));
    expect(Object.keys(frontendOnly.jobs)).toEqual(["frontend-checks", "frontend-bundle", "frontend-image", "drift", "frontend-publish"]);
  });
});

describe("bundle budget step", () => {
  const budget = step("frontend-bundle", "bundle-budget") as RunStep;

  function runBudget(kib: number): { status: number | null; out: string } {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    try {
      mkdirSync(join(dir, "dist/assets"), { recursive: true });
      // Random bytes: gzip cannot shrink them, so the compressed size is the written size (+ a header).
      writeFileSync(join(dir, "dist/assets/index.js"), randomBytes(kib * 1024));
      writeFileSync(join(dir, "dist/assets/logo.png"), Buffer.alloc(900 * 1024, "p")); // images don't count
      const r = spawnSync("bash", ["-eo", "pipefail", "-c", budget.run], {
        cwd: dir,
        env: { ...process.env, ...budget.env, GITHUB_STEP_SUMMARY: join(dir, "summary.md") },
        encoding: "utf8",
      });
      return { status: r.status, out: r.stdout + r.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("passes under frontend.bundleBudgetKb", () => {
    expect(budget.env).toEqual({ BUNDLE_DIR: "dist", BUDGET_KB: "300" });
    expect(runBudget(299).status).toBe(0);
  });

  it("fails over it, naming the option", () => {
    const r = runBudget(301);
    expect(r.status).toBe(1);
    expect(r.out).toContain("over the 300 KiB budget (frontend.bundleBudgetKb)");
  });

  it("measures what a server sends: 900 KiB of repetitive JS gzip down under the budget", () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    try {
      mkdirSync(join(dir, "dist/assets"), { recursive: true });
      writeFileSync(join(dir, "dist/assets/vendor.js"), "export const x = 1;\n".repeat(46_000));
      const r = spawnSync("bash", ["-eo", "pipefail", "-c", budget.run], {
        cwd: dir,
        env: { ...process.env, ...budget.env, GITHUB_STEP_SUMMARY: join(dir, "summary.md") },
        encoding: "utf8",
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(readFileSync(join(dir, "summary.md"), "utf8")).toMatch(/Client JS \+ CSS: \d+ KiB \(budget 300 KiB\), gzip-compressed as served/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("perf/smoke.js", () => {
  it("has thresholds on p95 latency and error rate, and targets the primary service's health path", () => {
    const smoke = ci.render(fullStack).find((f) => f.path === "perf/smoke.js");
    if (!smoke || smoke.kind !== "text") throw new Error("no smoke script");
    expect(smoke.text).toContain('http_req_duration: ["p(95)<500"]');
    expect(smoke.text).toContain('http_req_failed: ["rate<0.01"]');
    expect(smoke.text).toContain('__ENV.BASE_URL || "http://localhost:8000"');
    execFileSync(process.execPath, ["--input-type=module", "--check"], { input: smoke.text });
  });
});

describe("overrides", () => {
  it("address ci.yml steps by id, as docs/ci-and-security.md shows", async () => {
    const { renderFiles } = await import("../../../src/synth/render-files.js");
    const options = parseOptions({
      backend: { kind: "django" },
      overrides: { ".github/workflows/ci.yml": { set: { "jobs.backend-integration.steps.integration-tests.run": "python -m pytest -x" } } },
    });
    const file = renderFiles(ci.render(options), options).find((f) => f.path === ".github/workflows/ci.yml")!;
    expect(file.content).toContain("run: python -m pytest -x");
    expect(file.content).not.toContain("python -m pytest || status=$?");
  });
});
