import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRepo } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/runtime");

/** Each runtime fact: the value detection must propose and the file its evidence must name. */
type Expected = Readonly<Record<string, readonly [value: unknown, file: string]>>;

const CASES: Readonly<Record<string, { facts: Expected; warnings?: readonly RegExp[] }>> = {
  // manage.py defaults to the dev module of a settings package; production.py exists, so production runs it.
  "django-settings-package": {
    facts: {
      "backend.settingsModule": ["project.settings.production", "project/settings/production.py"],
      "backend.app": ["project.wsgi:application", "project/settings/base.py"],
      "backend.appDir": [".", "manage.py"],
      "backend.server": ["gunicorn", "requirements/base.txt"],
      "deploy.healthPath": ["/up", "project/urls.py"],
      // STATIC_ROOT: collectstatic at build, with a throwaway value for the key the settings require.
      "backend.collectStatic": [true, "project/settings/base.py"],
      "backend.importEnv": [["DJANGO_SECRET_KEY"], "project/settings/base.py"],
    },
  },
  // channels needs ASGI: ASGI_APPLICATION, served by the daphne the project declares; django-health-check mounted at ht/.
  "django-channels": {
    facts: {
      "backend.app": ["core.asgi:application", "core/settings.py"],
      "backend.server": ["daphne", "pyproject.toml"],
      "backend.settingsModule": ["core.settings", "core/asgi.py"],
      "deploy.healthPath": ["/ht/", "core/urls.py"],
    },
  },
  // A create_app() factory under src/ (→ --app-dir), Alembic beside pyproject.toml, /healthz declared inside the factory.
  "fastapi-factory-src": {
    facts: {
      "backend.dir": ["backend", "backend/pyproject.toml"],
      "backend.app": ["svc.main:create_app", "backend/src/svc/main.py"],
      "backend.appFactory": [true, "backend/src/svc/main.py"],
      "backend.appDir": ["src", "backend/src/svc/main.py"],
      "backend.migrationsDir": [".", "backend/alembic.ini"],
      "backend.server": ["uvicorn", "backend/pyproject.toml"],
      "deploy.healthPath": ["/healthz", "backend/src/svc/main.py"],
    },
  },
  // data-source.ts beside src/ makes tsc keep src/ in the output; the global prefix applies to the health controller.
  "nest-dist-src": {
    facts: {
      "backend.start": [["node", "dist/src/main.js"], "tsconfig.json"],
      "backend.buildScript": ["build", "package.json"],
      "backend.port": [4000, "src/main.ts"],
      "deploy.healthPath": ["/api/health", "src/health/health.controller.ts"],
    },
  },
  "next-standalone": { facts: { "frontend.nextOutput": ["standalone", "next.config.ts"] } },
  // A commented-out output line is no output.
  "next-default": { facts: { "frontend.nextOutput": ["default", "next.config.mjs"] } },
  "next-export": { facts: { "frontend.nextOutput": ["export", "next.config.js"], "frontend.outDir": ["out", "next.config.js"] } },
  // The variable is unset when the image builds, so the ternary's else branch decides, and the user hears so.
  "next-env-mode": {
    facts: { "frontend.nextOutput": ["default", "next.config.mjs"] },
    warnings: [/^next\.config\.mjs chooses output with `process\.env\.BUILD_STANDALONE === "true"`; unset in the image build, it is no output key\. Set frontend\.nextOutput/],
  },
  "vite-outdir": { facts: { "frontend.outDir": ["build", "vite.config.ts"] } },
  // A root package.json with next among its tools, but no config, pages or scripts, loses to apps/frontend.
  "stray-root-package": {
    facts: { "frontend.dir": ["apps/frontend", "apps/frontend/package.json"], "frontend.nextOutput": ["standalone", "apps/frontend/next.config.js"] },
    warnings: [/^Found 2 frontends \(nextjs in apps\/frontend\/, nextjs in the repository root\); proposing nextjs in apps\/frontend\/ .*by app signals/],
  },
  // Named, never guessed: nothing is proposed and nothing generated.
  "go-server": {
    facts: { "backend.kind": ["none", "."] },
    warnings: [/^Go backend \(go\.mod\) is not supported by the baseline .*it was not proposed, and the baseline generates nothing for it\.$/],
  },
};

const valueAt = (config: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), config);

describe("runtime facts on awkward layouts", () => {
  for (const [name, expected] of Object.entries(CASES)) {
    describe(name, () => {
      const detection = detectRepo(join(FIXTURES, name));

      it.each(Object.entries(expected.facts))("%s, with the file that told it", (key, [value, file]) => {
        expect(valueAt(detection.config, key)).toEqual(value);
        const evidence = detection.evidence.find((e) => e.key === key);
        expect(evidence?.file, key).toBe(file);
        if (file !== ".") expect(evidence?.reason).toContain(file);
      });

      it("warns exactly as expected", () => {
        const patterns = expected.warnings ?? [];
        expect(detection.warnings, detection.warnings.join("\n")).toHaveLength(patterns.length);
        patterns.forEach((pattern, i) => expect(detection.warnings[i]).toMatch(pattern));
      });

      it("proposes options the schema accepts", () => {
        expect(() => parseOptions(detection.config)).not.toThrow();
      });
    });
  }

  it("runs collectstatic in the image with throwaway values only for that command", async () => {
    const { COMPONENTS } = await import("../../src/components/index.js");
    const options = parseOptions(detectRepo(join(FIXTURES, "django-settings-package")).config);
    const dockerfile = COMPONENTS.flatMap((c) => c.render(options)).find((f) => f.path === "Dockerfile") as { text: string };
    expect(dockerfile.text).toContain('RUN DJANGO_SECRET_KEY="$(od -An -N32 -tx1 /dev/urandom | tr -d " \\n")" python manage.py collectstatic --noinput');
    expect(dockerfile.text).not.toMatch(/^ENV .*DJANGO_SECRET_KEY/m);
  });

  it("gives the example, copied into a folder of any name, config.wsgi:application", async () => {
    const { cpSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const copy = join(mkdtempSync(join(tmpdir(), "runtime-")), "it");
    cpSync(join(import.meta.dirname, "../../examples/django-nextjs"), copy, { recursive: true });
    const detection = detectRepo(copy);
    expect(detection.config.name).toBe("it");
    expect(detection.config.backend).toMatchObject({ app: "config.wsgi:application", appDir: ".", settingsModule: "config.settings" });
    expect(detection.config.frontend).toMatchObject({ nextOutput: "standalone" });
  });
});
