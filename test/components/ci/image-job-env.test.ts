import { describe, expect, it } from "vitest";
import { ciWorkflow } from "../../../src/components/ci/index.js";
import { parseOptions } from "../../../src/options/index.js";
import type { RunStep } from "../../../src/workflows/model.js";

const startStep = (options: Parameters<typeof ciWorkflow>[0]) => {
  const steps = ciWorkflow(options).jobs["backend-image"]!.steps;
  const step = steps.find((s) => s.id === "start") as RunStep;
  const generated = (steps.find((s) => s.id === "throwaway-secrets") as RunStep | undefined)?.run ?? "";
  return { env: step.env ?? {}, passed: [...step.run.matchAll(/--env (\w+)/g)].map((m) => m[1]), generated };
};

describe("image job: the backend container gets what the deploy always gives it", () => {
  // Found by running the django-channels-asgi fixture's image with the image job's environment: its
  // production settings read os.environ["DJANGO_SECRET_KEY"] / ["DJANGO_ALLOWED_HOSTS"] with no default,
  // which compose requires and the image job did not pass, so the container exited at import.
  it("Django: a random DJANGO_SECRET_KEY per run (never a literal) and the hosts the HEALTHCHECK and k6 call", () => {
    const { env, passed, generated } = startStep(parseOptions({ backend: { kind: "django" }, database: "postgres" }));
    expect(passed).toEqual(["DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_SECRET_KEY"]);
    expect(env).toMatchObject({ DJANGO_ALLOWED_HOSTS: "localhost,127.0.0.1" });
    expect(env.DJANGO_SECRET_KEY).toBeUndefined();
    expect(generated).toBe('{\n  echo "DJANGO_SECRET_KEY=$(openssl rand -hex 32)"\n} >> "$GITHUB_ENV"');
  });

  it("Django: the other variables its settings require at import (backend.importEnv) get throwaway values, as in the other jobs", () => {
    const { env, passed, generated } = startStep(parseOptions({ backend: { kind: "django", importEnv: ["SENTRY_DSN", "DJANGO_SECRET_KEY"] }, database: "postgres" }));
    expect(passed.sort()).toEqual(["DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_SECRET_KEY", "SENTRY_DSN"]);
    expect(env.SENTRY_DSN).toBeUndefined();
    expect(generated).toContain('  echo "SENTRY_DSN=$(openssl rand -hex 32)"\n');
    expect(generated).toMatch(/\n\} >> "\$GITHUB_ENV"$/);
    expect(env.DATABASE_URL).toBe("postgresql://postgres@localhost:5432/app");
  });

  it("other backends: the service URLs only", () => {
    expect(startStep(parseOptions({ backend: { kind: "fastapi" }, database: "postgres", cache: "redis" })).passed).toEqual(["DATABASE_URL", "REDIS_URL"]);
  });
});
