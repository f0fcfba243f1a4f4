import { describe, expect, it } from "vitest";
import { filesToRead } from "../../src/detect/index.js";

describe("filesToRead", () => {
  const listing = [
    "package.json",
    "pnpm-lock.yaml",
    "apps/web/package.json",
    "apps/web/src/page.tsx",
    "apps/web/.nvmrc",
    "backend/pyproject.toml",
    "backend/uv.lock",
    "backend/poetry.lock",
    "backend/requirements-dev.txt",
    "backend/requirements/prod.txt",
    "backend/requirements/base.in",
    "backend/src/manage.py",
    "backend/src/config/settings/base.py",
    "backend/src/config/settings/__init__.py",
    "backend/src/config/settings_test.py",
    "backend/src/config/urls.py",
    "backend/.python-version",
    "backend/runtime.txt",
    "Pipfile",
    "Pipfile.lock",
    ".tool-versions",
    ".node-version",
    "Dockerfile",
    "docker/api.Dockerfile",
    "Dockerfile.dev",
    "Dockerfile.dockerignore",
    "docker-compose.yml",
    "docker-compose.override.yaml",
    "compose.prod.yaml",
    ".env.example",
    ".env",
    "prisma/schema.prisma",
    "node_modules/express/package.json",
    "apps/web/node_modules/next/package.json",
    "venv/lib/python3.12/site-packages/django/conf/settings.py",
    "venv/pyvenv.cfg",
    "weird-env/pyvenv.cfg",
    "weird-env/requirements.txt",
    "weird-env/lib/manage.py",
    ".venv/pyproject.toml",
    "backend/__pycache__/settings.cpython-312.pyc",
    "dist/package.json",
    ".next/package.json",
    "vendor/acme/package.json",
    "a/b/c/d/e/f/g/package.json",
  ];

  it("asks for manifests, settings, version files, Dockerfiles and compose files, and nothing else", () => {
    expect(filesToRead(listing)).toEqual([
      ".env.example",
      ".node-version",
      ".tool-versions",
      "Dockerfile",
      "Dockerfile.dev",
      "Pipfile",
      "apps/web/.nvmrc",
      "apps/web/package.json",
      "backend/.python-version",
      "backend/pyproject.toml",
      "backend/requirements-dev.txt",
      "backend/requirements/base.in",
      "backend/requirements/prod.txt",
      "backend/runtime.txt",
      "backend/src/config/settings/__init__.py",
      "backend/src/config/settings/base.py",
      "backend/src/config/settings_test.py",
      "backend/src/config/urls.py",
      "backend/src/manage.py",
      "compose.prod.yaml",
      "docker-compose.override.yaml",
      "docker-compose.yml",
      "docker/api.Dockerfile",
      "package.json",
      "pnpm-lock.yaml",
      "prisma/schema.prisma",
    ]);
  });

  it("never asks for lockfiles (but pnpm-lock.yaml, for its lockfileVersion), .env, or anything inside node_modules, virtualenvs or build output", () => {
    const asked = filesToRead(listing);
    for (const path of asked) {
      expect(path).not.toMatch(/(^|\/)(node_modules|venv|\.venv|weird-env|dist|\.next|vendor|__pycache__)\//);
      expect(path).not.toMatch(/\.lock$|(?<!^pnpm-)lock\.yaml$|^\.env$/);
    }
  });

  it("stays small on a huge monorepo: shallow files first, each kind capped", () => {
    const huge = Array.from({ length: 2000 }, (_, i) => `packages/p${i}/package.json`);
    huge.push("package.json", ...Array.from({ length: 500 }, (_, i) => `services/s${i}/Dockerfile`));
    const asked = filesToRead(huge);
    expect(asked.length).toBeLessThanOrEqual(60);
    expect(asked).toContain("package.json");
    expect(asked.filter((p) => p.endsWith("Dockerfile")).length).toBeLessThanOrEqual(20);
  });

  it("accepts Windows separators and ./ prefixes, and ignores paths that leave the repository", () => {
    expect(filesToRead(["./backend\\manage.py", "../package.json", "/etc/passwd/package.json"])).toEqual([
      "backend/manage.py",
      "etc/passwd/package.json",
    ]);
  });
});
