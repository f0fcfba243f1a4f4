import type { AddRepoOptions } from "../github-server/index.js";

type Files = NonNullable<AddRepoOptions["files"]>;

/** Small but real repositories of the stacks detection knows, for rollout tests and the benchmark. */
export const STACKS: Readonly<Record<string, (name: string) => Files>> = {
  django: (name) => ({
    "manage.py": "#!/usr/bin/env python\nimport os, sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    "requirements.txt": "Django==5.1.4\npsycopg[binary]==3.2.3\ngunicorn==23.0.0\n",
    "app/settings.py": "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n",
    "app/__init__.py": "",
    ".python-version": "3.12\n",
    "README.md": `# ${name}\n`,
  }),
  fastapi: (name) => ({
    "pyproject.toml": `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["fastapi>=0.115", "uvicorn>=0.32", "redis>=5"]\n`,
    "uv.lock": "version = 1\n",
    "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
    "README.md": `# ${name}\n`,
  }),
  express: (name) => ({
    "package.json": `${JSON.stringify({ name, version: "1.0.0", scripts: { start: "node index.js", test: "node --test" }, dependencies: { express: "^4.21.0", pg: "^8.13.0" }, engines: { node: ">=22" } }, null, 2)}\n`,
    "package-lock.json": "{}\n",
    "index.js": "const express = require('express');\nexpress().listen(3000);\n",
    "scripts/start.sh": { content: "#!/bin/sh\nexec node index.js\n", mode: "100755" },
  }),
  nextjs: (name) => ({
    "package.json": `${JSON.stringify({ name, private: true, scripts: { dev: "next dev", build: "next build", start: "next start" }, dependencies: { next: "15.1.0", react: "19.0.0", "react-dom": "19.0.0" } }, null, 2)}\n`,
    "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
    "app/page.tsx": "export default function Page() { return <main />; }\n",
    ".nvmrc": "22\n",
  }),
};

export const STACK_NAMES = Object.keys(STACKS);

/** The n-th simulated repository: stacks in rotation, names sortable. */
export function simulatedRepo(owner: string, n: number): AddRepoOptions {
  const stack = STACK_NAMES[n % STACK_NAMES.length]!;
  const name = `${stack}-${String(n).padStart(5, "0")}`;
  return { owner, name, files: STACKS[stack]!(name), topics: [stack] };
}
