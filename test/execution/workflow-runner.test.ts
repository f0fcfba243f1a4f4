import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, isPortFree, localPostgres, postgisMissing } from "./services.js";
import { runWorkflow, runWorkflowJob, type JobResult } from "./workflow-runner.js";

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "wf-runner-test-"));
  mkdirSync(join(repo, "app"));
  writeFileSync(join(repo, "app", "data.txt"), "fixture\n");
  writeFileSync(join(repo, "package.json"), '{ "name": "x", "private": true }\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function step(job: JobResult, id: string) {
  const found = job.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${job.id}: ${job.steps.map((s) => s.id).join(", ")}`);
  return found;
}

const threeJobs = (pgPort: number, redisPort: number) => `
name: harness
on: pull_request
permissions: {}
env:
  GREETING: hello
defaults:
  run:
    shell: bash
jobs:
  produce:
    runs-on: ubuntu-24.04
    defaults:
      run:
        working-directory: app
    outputs:
      token: \${{ steps.make.outputs.token }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809 # v4.2.4
        with:
          path: ~/.cache
          key: deps-\${{ hashFiles('**/package.json') }}
      - id: make
        run: |
          echo "token=abc123" >> "$GITHUB_OUTPUT"
          { echo 'multi<<EOF'; echo line1; echo line2; echo 'EOF'; } >> "$GITHUB_OUTPUT"
          echo "FROM_ENV_FILE=carried" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho tool-ok\\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: use
        env:
          TOKEN: \${{ steps.make.outputs.token }}
          SECRET: \${{ secrets.NOT_SET }}
        run: |
          test "$TOKEN" = abc123
          test "$FROM_ENV_FILE" = carried
          test "$(mytool)" = tool-ok
          test "$(pwd)" = "\${{ github.workspace }}/app"
          test -f data.txt
          test "\${{ env.GREETING }}" = hello
          test -z "$SECRET"
          test -d "\${{ runner.temp }}"
          echo "### produced" >> "$GITHUB_STEP_SUMMARY"
      - id: pr-only
        if: github.event_name == 'pull_request'
        run: echo pr
      - id: push-only
        if: github.event_name == 'push'
        run: echo push
      - id: by-output
        if: steps.make.outputs.token == 'abc123'
        run: echo matched
  services:
    runs-on: ubuntu-24.04
    needs: produce
    services:
      postgres:
        image: postgres:17-alpine
        env:
          POSTGRES_USER: app
          POSTGRES_PASSWORD: secret
          POSTGRES_DB: appdb
        ports:
          - ${pgPort}:5432
      redis:
        image: redis:7-alpine
        ports:
          - ${redisPort}:6379
    env:
      PGPASSWORD: secret
    steps:
      - id: psql
        run: test "$(psql -h localhost -p ${pgPort} -U app -d appdb -tAc 'select 40 + 2')" = 42
      - id: redis
        run: test "$(redis-cli -p ${redisPort} ping)" = PONG
      - id: needs-output
        run: test "\${{ needs.produce.outputs.token }}" = abc123
  failing:
    runs-on: ubuntu-24.04
    needs: produce
    steps:
      - id: boom
        run: |
          echo before-failure
          echo "::error::it broke"
          false
          echo never-printed
      - id: after
        run: echo should-not-run
      - id: on-failure
        if: failure()
        run: echo cleanup-ran
      - id: always
        if: always()
        run: echo always-ran
  downstream:
    runs-on: ubuntu-24.04
    needs: failing
    steps:
      - run: echo unreachable
`;

describe("workflow runner", () => {
  it("runs jobs in needs order with outputs, env files, conditions, services and a failing step", async () => {
    const [pgPort, redisPort] = [await freePort(), await freePort()];
    const result = await runWorkflow(threeJobs(pgPort, redisPort), { repoDir: repo });
    const byId = Object.fromEntries(result.jobs.map((job) => [job.id, job]));
    const log = readFileSync(result.logFile, "utf8");
    const explain = JSON.stringify(result.jobs.map((j) => ({ id: j.id, status: j.status, error: j.error, steps: j.steps.map((s) => [s.id, s.status, s.note, s.outputTail.slice(-300)]) })), null, 1);

    expect(result.jobs.map((job) => job.id), explain).toEqual(["produce", "services", "failing", "downstream"]);
    expect(byId.produce!.status, explain).toBe("passed");
    expect(step(byId.produce!, "make").outputs).toEqual({ token: "abc123", multi: "line1\nline2" });
    expect(step(byId.produce!, "use").status).toBe("passed");
    expect(step(byId.produce!, "pr-only").status).toBe("passed");
    expect(step(byId.produce!, "push-only").status).toBe("skipped");
    expect(step(byId.produce!, "by-output").status).toBe("passed");
    expect(byId.produce!.outputs).toEqual({ token: "abc123" });
    expect(byId.produce!.summary).toContain("### produced");
    expect(byId.produce!.skippedActions).toEqual(["actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809"]);

    expect(byId.services!.status, explain).toBe("passed");
    expect(byId.services!.notes.join("\n")).toContain("PostgreSQL 17");

    const failing = byId.failing!;
    expect(failing.status).toBe("failed");
    expect(step(failing, "boom")).toMatchObject({ status: "failed", exitCode: 1 });
    expect(step(failing, "boom").outputTail).toContain("before-failure");
    expect(step(failing, "boom").outputTail).not.toContain("never-printed");
    expect(step(failing, "boom").annotations).toEqual(["::error::it broke"]);
    expect(step(failing, "after").status).toBe("skipped");
    expect(step(failing, "on-failure")).toMatchObject({ status: "passed" });
    expect(step(failing, "always").outputTail).toContain("always-ran");

    expect(byId.downstream!.status).toBe("skipped");
    expect(result.passed).toBe(false);
    expect(log).toContain("cleanup-ran");
    expect(log).toContain("===== job services");
  });

  it("uses bash -e without pipefail by default and with pipefail for shell: bash", async () => {
    const workflow = (shell: string) => `
on: push
jobs:
  pipe:
    runs-on: ubuntu-24.04
    steps:
      - id: p
${shell}        run: |
          false | true
          echo reached
`;
    const plain = await runWorkflowJob(workflow(""), "pipe", { repoDir: repo, event: "push" });
    expect(step(plain, "p")).toMatchObject({ status: "passed" });
    const strict = await runWorkflowJob(workflow("        shell: bash\n"), "pipe", { repoDir: repo, event: "push" });
    expect(step(strict, "p")).toMatchObject({ status: "failed" });
    expect(step(strict, "p").outputTail).not.toContain("reached");
  });

  it("keeps a server a step started in the background until the job ends, then kills it", async () => {
    const port = await freePort();
    const result = await runWorkflowJob(
      `
on: push
jobs:
  bg:
    runs-on: ubuntu-24.04
    steps:
      - id: serve
        run: python3 -m http.server ${port} --bind 127.0.0.1 &
      - id: probe
        run: |
          for i in $(seq 1 50); do
            if curl --silent --fail --output /dev/null http://127.0.0.1:${port}/; then exit 0; fi
            sleep 0.1
          done
          exit 1
`,
      "bg",
      { repoDir: repo, event: "push" },
    );
    expect(step(result, "serve").status).toBe("passed");
    expect(step(result, "probe").status, step(result, "probe").outputTail).toBe("passed");
    expect(await isPortFree(port)).toBe(true);
  });

  it("sets up pnpm at the packageManager version and runs the app's install and test with it", async () => {
    const result = await runWorkflowJob(
      `
on: pull_request
jobs:
  web:
    runs-on: ubuntu-24.04
    steps:
      - id: pnpm
        uses: pnpm/action-setup@a7487c7e89a18df4991f7f222e4898a00d66ddda # v4.1.0
      - id: setup-node
        uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
        with:
          node-version: "20"
          cache: pnpm
      - id: install
        run: pnpm install --frozen-lockfile
      - id: version
        run: test "$(pnpm --version)" = 9.15.0
      - id: test
        run: pnpm test
`,
      "web",
      { repoDir: join(import.meta.dirname, "samples", "pnpm-app") },
    );
    const explain = JSON.stringify(result.steps.map((s) => [s.id, s.status, s.note, s.outputTail.slice(-300)]), null, 1);
    expect(result.status, explain).toBe("passed");
    expect(step(result, "pnpm").note).toContain("pnpm@9.15.0");
    expect(step(result, "test").outputTail).toContain("ok");
  });

  it("runs `npx <package>@<version>` from a local folder when told to (the drift job before a release)", async () => {
    const cli = mkdtempSync(join(tmpdir(), "fake-cli-"));
    writeFileSync(join(cli, "package.json"), '{ "name": "create-devops-baseline", "version": "0.0.0-local", "bin": { "create-devops-baseline": "cli.js" } }\n');
    writeFileSync(join(cli, "cli.js"), '#!/usr/bin/env node\nconsole.log("local build:", process.argv.slice(2).join(" "));\n', { mode: 0o755 });
    try {
      const result = await runWorkflowJob(
        `
on: push
jobs:
  drift:
    runs-on: ubuntu-24.04
    steps:
      - id: check
        run: npx --yes create-devops-baseline@0.1.0 check
`,
        "drift",
        { repoDir: repo, event: "push", npxPackages: { "create-devops-baseline": cli } },
      );
      expect(step(result, "check").status, step(result, "check").outputTail).toBe("passed");
      expect(step(result, "check").outputTail).toContain("local build: check");
      expect(result.notes.join("\n")).toContain(`create-devops-baseline → ${cli}`);
    } finally {
      rmSync(cli, { recursive: true, force: true });
    }
  });

  it("reproduces the setup actions' own failures (pnpm without a version, a cache path that matches nothing)", async () => {
    const result = await runWorkflowJob(
      `
on: push
jobs:
  node:
    runs-on: ubuntu-24.04
    steps:
      - id: pnpm
        uses: pnpm/action-setup@a7487c7e89a18df4991f7f222e4898a00d66ddda # v4.1.0
      - id: setup-node
        if: always()
        uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
        with:
          node-version: "22"
          cache: npm
          cache-dependency-path: web/package-lock.json
`,
      "node",
      { repoDir: repo, event: "push" },
    );
    expect(step(result, "pnpm")).toMatchObject({ status: "failed" });
    expect(step(result, "pnpm").note).toContain("No pnpm version is specified");
    expect(step(result, "setup-node")).toMatchObject({ status: "failed" });
    expect(step(result, "setup-node").note).toContain("unable to cache dependencies");
    expect(result.status).toBe("failed");
  });

  it("starts a PostGIS service with the extension created, or says clearly that PostGIS is missing", async () => {
    const port = await freePort();
    const result = await runWorkflowJob(
      `
on: push
jobs:
  gis:
    runs-on: ubuntu-24.04
    services:
      db:
        image: postgis/postgis:16-3.4
        env:
          POSTGRES_PASSWORD: x
          POSTGRES_DB: geo
        ports:
          - ${port}:5432
    steps:
      - id: version
        env:
          PGPASSWORD: x
        run: psql -h localhost -p ${port} -U postgres -d geo -tAc 'select postgis_lib_version()'
`,
      "gis",
      { repoDir: repo, event: "push" },
    );
    const shareDir = execFileSync(join(localPostgres().bin, "pg_config"), ["--sharedir"]).toString().trim();
    if (postgisMissing("postgis/postgis:16-3.4", shareDir) === undefined) {
      expect(result.status, JSON.stringify(result, null, 1)).toBe("passed");
      expect(step(result, "version").outputTail).toMatch(/^\d+\.\d+/);
    } else {
      expect(result.status).toBe("failed");
      expect(result.error).toMatch(/needs PostGIS/);
    }
    const empty = mkdtempSync(join(tmpdir(), "no-postgis-"));
    expect(postgisMissing("postgis/postgis:16-3.4", empty)).toMatch(/needs PostGIS, but the postgis extension is not installed .*postgis\.control is missing/);
    rmSync(empty, { recursive: true, force: true });
  });

  it("fails a job whose service cannot start, without running its steps", async () => {
    const result = await runWorkflowJob(
      `
on: push
jobs:
  nopass:
    runs-on: ubuntu-24.04
    services:
      db:
        image: postgres:16
        ports:
          - ${await freePort()}:5432
    steps:
      - run: echo never
`,
      "nopass",
      { repoDir: repo, event: "push" },
    );
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/no POSTGRES_PASSWORD and no POSTGRES_HOST_AUTH_METHOD/);
    expect(result.steps).toEqual([]);
  });

  it("throws on an expression it cannot evaluate, naming it", async () => {
    const workflow = `
on: push
jobs:
  x:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ vars.SOMETHING }}"
`;
    await expect(runWorkflowJob(workflow, "x", { repoDir: repo, event: "push" })).rejects.toThrow(/\$\{\{ vars\.SOMETHING \}\}.*'vars' context/);
  });
});
