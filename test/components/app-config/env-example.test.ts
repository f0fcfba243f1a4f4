import { describe, expect, it } from "vitest";
import { envExample } from "../../../src/components/compose/env-example.js";
import { djangoAndNext, fixtureOptions } from "./options.js";

const text = (o: Parameters<typeof envExample>[0]): string => {
  const file = envExample(o);
  if (file?.kind !== "text") throw new Error("no .env.example");
  return file.text;
};

describe(".env.example lists every variable the apps read", () => {
  const o = djangoAndNext();
  const lines = text(o).split("\n");

  it("groups them by service, each with where it is read, required or default, secret or not, build or run time", () => {
    const backend = lines.indexOf("# --- Backend (django): variables the app reads ---");
    const frontend = lines.indexOf("# --- Frontend (nextjs): variables the app reads ---");
    expect(backend).toBeGreaterThan(0);
    expect(frontend).toBeGreaterThan(backend);
    // Django's two settings the baseline always wires sit in its own Django section, above.
    for (const name of ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"]) expect(lines.findIndex((l) => l.startsWith(`${name}=`))).toBeLessThan(backend);
    for (const v of o.variables.filter((x) => !x.name.startsWith("DJANGO_S") && x.name !== "DJANGO_ALLOWED_HOSTS")) {
      const at = lines.findIndex((l) => l === `${v.name}=` || l.startsWith(`${v.name}=`) || l.startsWith(`# ${v.name}=`));
      expect(at, v.name).toBeGreaterThan(v.service === "backend" ? backend : frontend);
      expect(lines[at - 1], v.name).toContain(`read at ${v.readAt[0]}`);
      expect(lines[at - 1]).toMatch(v.secret ? /; secret;/ : /; plain;/);
      expect(lines[at - 1]).toMatch(v.stage === "build" ? /build time/ : /run time/);
    }
    expect(lines).toContain("# read at src/env.mjs:10; required; plain; build time (image build arg)");
  });

  it("never holds a secret's value; optional ones stay commented out so the code's default applies", () => {
    expect(lines).toContain("DJANGO_SECRET_KEY=");
    expect(lines).toContain("STRIPE_API_KEY=");
    expect(lines).toContain("# DJANGO_DEBUG=False");
    expect(lines).toContain("# SENTRY_DSN=");
    for (const v of o.variables.filter((x) => x.secret)) expect(lines.filter((l) => new RegExp(`^#? ?${v.name}=.`).test(l)), v.name).toEqual([]);
  });

  it("points at the compose wiring for what compose builds itself (DATABASE_URL from POSTGRES_*)", () => {
    const at = lines.indexOf("# DATABASE_URL=");
    expect(lines[at - 1]).toMatch(/compose sets it from the values above$/);
    expect(lines).not.toContain("DATABASE_URL=");
  });

  it("a repository whose apps read nothing of their own gets no app section", () => {
    expect(text(fixtureOptions("vite-env", { database: "postgres", variables: [] }))).not.toContain("variables the app reads");
  });
});

describe("environments option", () => {
  it("refuses a value for a secret: secrets live only in the platform's store", () => {
    expect(() => djangoAndNext({ environments: { staging: { DJANGO_SECRET_KEY: "x" }, production: {} } })).toThrow(/environments\.staging\.DJANGO_SECRET_KEY: is a secret/);
  });
});
