import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRepo } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/env");

/** name → [required, secret, stage, file:line of the first read]; a default as a fifth entry. */
type Expected = Readonly<Record<string, readonly [required: boolean, secret: boolean, stage: "run" | "build", at: string, fallback?: string]>>;

const CASES: Readonly<Record<string, { service: "backend" | "frontend"; vars: Expected; absent: readonly string[] }>> = {
  // django-environ (env(), env.str/bool/int/list/db_url/cache_url, imported into a split settings module) and os.environ[]/get/getenv.
  "django-environ": {
    service: "backend",
    vars: {
      DJANGO_DEBUG: [false, false, "run", "config/settings/base.py:5", "False"],
      DJANGO_TIME_ZONE: [false, false, "run", "config/settings/base.py:6", "UTC"],
      DATABASE_URL: [true, true, "run", "config/settings/base.py:7"],
      REDIS_URL: [false, true, "run", "config/settings/base.py:8", "redis://localhost:6379/0"],
      CONN_MAX_AGE: [false, false, "run", "config/settings/base.py:9", "60"],
      DJANGO_SECRET_KEY: [true, true, "run", "config/settings/production.py:4"],
      DJANGO_ALLOWED_HOSTS: [true, false, "run", "config/settings/production.py:5"],
      CSRF_TRUSTED_ORIGINS: [false, false, "run", "config/settings/production.py:6"],
      EMAIL_HOST_PASSWORD: [true, true, "run", "config/settings/production.py:8"],
      EMAIL_HOST: [false, false, "run", "config/settings/production.py:9", "smtp.example.org"],
      SENTRY_DSN: [false, true, "run", "config/settings/production.py:10"],
      STRIPE_API_KEY: [true, true, "run", "payments/config.py:3"],
      STRIPE_PUBLISHABLE_KEY: [false, false, "run", "payments/config.py:4", "pk_test_placeholder"],
    },
    // A commented-out read, a test module, and the settings module manage.py sets.
    absent: ["OLD_SENTRY_DSN", "TEST_ONLY_VARIABLE", "DJANGO_SETTINGS_MODULE"],
  },
  // pydantic BaseSettings with env_prefix, alias, validation_alias and a nested model (env_nested_delimiter); decouple config().
  "fastapi-pydantic": {
    service: "backend",
    vars: {
      LEDGER_PROJECT_NAME: [false, false, "run", "app/core/config.py:13", "Ledger"],
      LEDGER_DATABASE_URL: [true, true, "run", "app/core/config.py:14"],
      LEDGER_JWT_SECRET: [true, true, "run", "app/core/config.py:15"],
      LEDGER_ACCESS_TOKEN_MINUTES: [false, false, "run", "app/core/config.py:16", "30"],
      OTEL_EXPORTER_OTLP_ENDPOINT: [false, false, "run", "app/core/config.py:17", "http://localhost:4318"],
      CORS_ALLOWED_ORIGINS: [true, false, "run", "app/core/config.py:18"],
      LEDGER_SMTP__HOST: [false, false, "run", "app/core/config.py:19", "localhost"],
      LEDGER_SMTP__PASSWORD: [true, true, "run", "app/core/config.py:19"],
      PAYMENT_PROVIDER: [false, false, "run", "app/billing/payments_config.py:3", "stripe"],
      PAYMENT_WEBHOOK_SECRET: [true, true, "run", "app/billing/payments_config.py:4"],
      PAYMENT_CURRENCIES: [false, false, "run", "app/billing/payments_config.py:5", "EUR,USD"],
    },
    absent: ["MODEL_CONFIG", "LEDGER_MODEL_CONFIG", "LEDGER_SMTP"],
  },
  // process.env.X / process.env["X"] with ?? and ||, ConfigService.get/getOrThrow, a zod schema parsed from process.env, envalid.
  "nest-config": {
    service: "backend",
    vars: {
      CORS_ORIGIN: [false, false, "run", "src/main.ts:6", "http://localhost:3000"],
      DATABASE_URL: [true, true, "run", "src/config/env.validation.ts:4"],
      JWT_SECRET: [true, true, "run", "src/config/env.validation.ts:5"],
      LOG_LEVEL: [false, false, "run", "src/config/env.validation.ts:6", "info"],
      OTEL_SERVICE_NAME: [false, false, "run", "src/config/env.validation.ts:7"],
      JWT_ISSUER: [false, false, "run", "src/auth/auth.service.ts:9", "orders-api"],
      JWT_REFRESH_SECRET: [true, true, "run", "src/auth/auth.service.ts:13"],
      SESSION_TTL_SECONDS: [false, false, "run", "src/auth/auth.service.ts:17", "3600"],
      SMTP_HOST: [true, false, "run", "src/mail/mail.config.ts:4"],
      SMTP_PORT: [false, false, "run", "src/mail/mail.config.ts:5", "587"],
      SMTP_PASSWORD: [true, true, "run", "src/mail/mail.config.ts:6"],
      MAIL_FROM: [false, false, "run", "src/mail/mail.config.ts:7", "noreply@example.org"],
    },
    // The platform sets PORT; the e2e test's variables are no app configuration.
    absent: ["PORT", "E2E_ONLY_VARIABLE", "E2E_TOKEN"],
  },
  // t3-env: server keys are run-time, client keys (NEXT_PUBLIC_*) build-time; next.config is tooling.
  "next-t3": {
    service: "frontend",
    vars: {
      AUTH_SECRET: [true, true, "run", "src/env.mjs:6"],
      CMS_API_URL: [false, false, "run", "src/env.mjs:7", "https://cms.example.org"],
      NEXT_PUBLIC_API_URL: [true, false, "build", "src/env.mjs:10"],
      NEXT_PUBLIC_ANALYTICS_ID: [false, false, "build", "src/env.mjs:11"],
      NEXT_PUBLIC_SITE_URL: [false, false, "build", "src/lib/site-settings.ts:1", "http://localhost:3000"],
      REVALIDATE_TOKEN: [false, true, "run", "src/lib/site-settings.ts:2"],
    },
    absent: ["BUILD_ONLY_IN_CONFIG"],
  },
  // import.meta.env.VITE_* are build-time; Vite's own MODE is not a variable; vite.config is tooling.
  "vite-env": {
    service: "frontend",
    vars: {
      VITE_API_URL: [false, false, "build", "src/config.ts:1"],
      VITE_SENTRY_DSN: [false, false, "build", "src/config.ts:2", ""],
    },
    absent: ["MODE", "DEV_PORT"],
  },
};

describe("detect: the variables each app reads", () => {
  for (const [fixture, expected] of Object.entries(CASES)) {
    describe(fixture, () => {
      const detection = detectRepo(join(FIXTURES, fixture));
      const variables = detection.config.variables ?? [];

      it("finds exactly the variables the app reads, each with required/default, secret and stage", () => {
        const found = Object.fromEntries(
          variables.map((v) => [v.name, [v.required, v.secret, v.stage, v.readAt?.[0], ...(v.default !== undefined ? [v.default] : [])]]),
        );
        expect(found).toEqual(expected.vars);
        for (const v of variables) expect(v.service).toBe(expected.service);
      });

      it("leaves out tests, tooling, comments and what the platform sets", () => {
        const names = variables.map((v) => v.name);
        for (const name of expected.absent) expect(names).not.toContain(name);
      });

      it("gives file:line evidence for each variable, naming a line that really reads it", () => {
        for (const v of variables) {
          const evidence = detection.evidence.find((e) => e.key === `variables.${v.name}`);
          expect(evidence?.reason, v.name).toContain(v.readAt?.[0]);
          const [file, line] = (v.readAt?.[0] ?? "").split(":");
          const text = readFileSync(join(FIXTURES, fixture, file!), "utf8").split("\n")[Number(line) - 1] ?? "";
          // pydantic fields are named without the prefix, nested ones through their parent field.
          const field = v.name.replace(/^LEDGER_/, "").split("__")[0]!;
          expect(text.toUpperCase(), `${v.name} at ${v.readAt?.[0]}`).toContain(field);
        }
      });

      it("is a valid configuration", () => {
        expect(() => parseOptions(detection.config)).not.toThrow();
      });
    });
  }
});
