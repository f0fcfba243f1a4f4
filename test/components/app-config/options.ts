import { join } from "node:path";
import { detectRepo } from "../../../src/detect/index.js";
import { parseOptions, type BaselineConfig, type BaselineOptions } from "../../../src/options/index.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/env");

/** The detected options of an env fixture, with a deploy target and overrides on top. */
export function fixtureOptions(fixture: string, extra: BaselineConfig = {}): BaselineOptions {
  const detected = detectRepo(join(FIXTURES, fixture)).config;
  return parseOptions({ ...detected, ...extra }, fixture);
}

/** Django + Next.js with t3-env: secrets, plain, required and build-time variables in both services. */
export function djangoAndNext(extra: BaselineConfig = {}): BaselineOptions {
  const django = detectRepo(join(FIXTURES, "django-environ")).config;
  const next = detectRepo(join(FIXTURES, "next-t3")).config;
  return parseOptions({
    name: "shop",
    backend: { ...django.backend, dir: "." },
    frontend: { kind: "nextjs", dir: "web" },
    database: "postgres",
    variables: [...(django.variables ?? []), ...(next.variables ?? [])],
    environments: {
      staging: { DJANGO_ALLOWED_HOSTS: "staging.shop.example.org", NEXT_PUBLIC_API_URL: "https://api.staging.shop.example.org" },
      production: { DJANGO_ALLOWED_HOSTS: "shop.example.org", NEXT_PUBLIC_API_URL: "https://api.shop.example.org" },
    },
    ...extra,
  });
}
