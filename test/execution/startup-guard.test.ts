// The deploy's startup guard, run for real: the generated deploy-staging job of an ECS deploy, with
// `aws` on PATH replaced by a recorder that answers the Secrets Manager question and logs every call.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deploy } from "../../src/components/deploy/index.js";
import { renderFiles } from "../../src/synth/render-files.js";
import { djangoAndNext } from "../components/app-config/options.js";
import { runWorkflowJob } from "./index.js";
import { hostPath } from "./host-env.js";

const work = mkdtempSync(join(tmpdir(), "startup-guard-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A repository holding the generated deploy files, and a fake `aws` that says which secrets have a value. */
function setUp(label: string, staging: Record<string, string>, secretsWithValue: readonly string[]) {
  const repo = join(work, label, "repo");
  const bin = join(work, label, "bin");
  const calls = join(work, label, "aws-calls.log");
  const options = djangoAndNext({ cloud: "aws-ecs", environments: { staging, production: {} } });
  for (const file of renderFiles(deploy.render(options), options)) {
    mkdirSync(dirname(join(repo, file.path)), { recursive: true });
    writeFileSync(join(repo, file.path), file.content);
  }
  mkdirSync(bin, { recursive: true });
  const known = secretsWithValue.map((name) => `shop-staging/${name}`).join(" ");
  writeFileSync(
    join(bin, "aws"),
    [
      "#!/usr/bin/env bash",
      `echo "$*" >> ${JSON.stringify(calls)}`,
      'if [ "$1 $2" = "secretsmanager list-secret-version-ids" ]; then',
      `  for id in ${known}; do [ "$4" = "$id" ] && { echo 1; exit 0; }; done`,
      "  echo 'An error occurred (ResourceNotFoundException)' >&2; exit 254",
      "fi",
      "exit 0",
      "",
    ].join("\n"),
  );
  chmodSync(join(bin, "aws"), 0o755);
  const workflow = readFileSync(join(repo, ".github/workflows/deploy.yml"), "utf8");
  return { repo, bin, calls, workflow };
}

const ALL_SECRETS = ["AUTH_SECRET", "DATABASE_URL", "DJANGO_SECRET_KEY", "EMAIL_HOST_PASSWORD", "REDIS_URL", "REVALIDATE_TOKEN", "SENTRY_DSN", "STRIPE_API_KEY"];
const HOSTS = { DJANGO_ALLOWED_HOSTS: "staging.shop.example.org" };

async function deployStaging(setup: ReturnType<typeof setUp>) {
  return runWorkflowJob(setup.workflow, "deploy-staging", {
    repoDir: setup.repo,
    event: "push",
    env: { PATH: `${setup.bin}:${hostPath()}` },
    stepTimeoutMs: 30_000,
  });
}

const callsOf = (setup: ReturnType<typeof setUp>): string[] => {
  try {
    return readFileSync(setup.calls, "utf8").trim().split("\n");
  } catch {
    return [];
  }
};

describe("startup guard (deploy-staging, aws-ecs)", () => {
  it("an empty required secret fails the guard, naming it, and nothing after it runs: no task definition, no migration, no traffic", async () => {
    const setup = setUp("secret", HOSTS, ALL_SECRETS.filter((s) => s !== "DJANGO_SECRET_KEY"));
    const job = await deployStaging(setup);
    const guard = job.steps.find((s) => s.id === "startup-guard");
    expect(job.status).toBe("failed");
    expect(guard?.status).toBe("failed");
    expect(guard?.outputTail).toMatch(/Empty in staging: DJANGO_SECRET_KEY\./);
    const after = job.steps.slice(job.steps.indexOf(guard!) + 1);
    expect(after.length).toBeGreaterThan(5);
    for (const step of after) expect(step.status, step.name).toBe("skipped");
    // The only AWS calls were the guard's read-only questions.
    const calls = callsOf(setup);
    expect(calls.length).toBe(ALL_SECRETS.length);
    for (const call of calls) expect(call).toMatch(/^secretsmanager list-secret-version-ids --secret-id shop-staging\//);
  }, 120_000);

  it("an empty required plain value (DJANGO_ALLOWED_HOSTS unset for staging) fails the guard the same way", async () => {
    const setup = setUp("plain", {}, ALL_SECRETS);
    const job = await deployStaging(setup);
    const guard = job.steps.find((s) => s.id === "startup-guard");
    expect(guard?.status).toBe("failed");
    expect(guard?.outputTail).toMatch(/Empty in staging: DJANGO_ALLOWED_HOSTS\./);
    expect(callsOf(setup).some((c) => c.startsWith("ecs "))).toBe(false);
  }, 120_000);

  it("with every value set the guard passes and the deploy goes on to the ECS steps", async () => {
    const setup = setUp("complete", HOSTS, ALL_SECRETS);
    const job = await deployStaging(setup);
    const guard = job.steps.find((s) => s.id === "startup-guard");
    expect(guard?.status, guard?.outputTail).toBe("passed");
    expect(guard?.outputTail).toMatch(/All required configuration is set in staging/);
    expect(callsOf(setup).some((c) => c.startsWith("ecs describe-services"))).toBe(true);
  }, 120_000);
});
