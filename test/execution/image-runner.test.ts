import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDockerignore, isIgnored } from "./dockerignore.js";
import { parseDockerfile } from "./dockerfile-stages.js";
import { execImage, runImage } from "./image-runner.js";
import { ownedPrefixes, remapText } from "./path-remap.js";
import { freePort } from "./services.js";

const SAMPLE = join(import.meta.dirname, "samples", "stdlib-http");
const NODE_SAMPLE = join(import.meta.dirname, "samples", "node-http");

/** Three Node.js stages in the generator's shape: deps (npm ci) → build → runtime with node_modules and dist. */
const nodeImage = (port: number) => `
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM node:22-alpine AS runtime
ENV NODE_ENV=production \\
    PORT=${port}
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE ${port}
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
    CMD ["node", "-e", "fetch('http://127.0.0.1:${port}/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
`;

/** A two-stage Python image in the generator's shape: venv built in /opt/venv, code in /app, non-root user. */
const pythonImage = (port: number, cmd = '["python", "server.py"]', health = "--start-period=10s --retries=3") => `
# syntax=docker/dockerfile:1
FROM python:3.12-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential \\
    && rm -rf /var/lib/apt/lists/*
# Stdlib only: no pip needed, which keeps this test fast (the Django fixture test runs pip for real).
RUN python -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY requirements.txt ./
RUN test "$(command -v python)" = /opt/venv/bin/python
RUN python -c "import sys; open('/opt/venv/built-by-builder', 'w').write(sys.prefix)"

FROM python:3.12-slim AS runtime
ENV PYTHONUNBUFFERED=1 \\
    VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    PORT=${port}
RUN groupadd --system --gid 10001 app \\
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER app
EXPOSE ${port}
HEALTHCHECK --interval=30s --timeout=5s ${health} \\
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}/health', timeout=4)"]
CMD ${cmd}
`;

/** One stage, nothing to build: for the failure cases, which need no virtualenv. */
const singleStage = (port: number, cmd: string, health = "--start-period=10s --retries=3") => `
FROM python:3.12-slim
WORKDIR /app
COPY . .
USER nobody
EXPOSE ${port}
HEALTHCHECK --interval=30s --timeout=5s ${health} CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}/health', timeout=4)"]
CMD ${cmd}
`;

/** A Python builder that installs with uv or poetry (the tool pip-installed system-wide, as the generator does). */
const lockedPythonImage = (tool: "uv" | "poetry", port: number) => `
FROM python:3.12-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \\
    PIP_NO_CACHE_DIR=1
RUN pip install --no-cache-dir ${tool === "uv" ? "uv==0.9.0" : "poetry==2.1.0"}
RUN python -m venv --without-pip /opt/venv
ENV VIRTUAL_ENV=/opt/venv \\
    PATH="/opt/venv/bin:$PATH" \\
    UV_PROJECT_ENVIRONMENT=/opt/venv
WORKDIR /app
COPY pyproject.toml ${tool === "uv" ? "uv.lock" : "poetry.lock"} ./
RUN ${tool === "uv" ? "uv sync --frozen --no-dev --no-install-project" : "poetry install --only main --no-root --no-interaction --no-ansi"}

FROM python:3.12-slim AS runtime
ENV PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH" PORT=${port}
RUN useradd --system --uid 10001 --no-create-home --home-dir /app app
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY . .
USER app
EXPOSE ${port}
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
    CMD ["python", "-c", "import six, urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}/health', timeout=4)"]
CMD ["python", "server.py"]
`;

describe("Dockerfile pieces", () => {
  it("matches .dockerignore patterns as BuildKit does, roughly", () => {
    const patterns = parseDockerignore("node_modules\n**/__pycache__\n.env.*\n!.env.example\nDockerfile*\n/dist/\n");
    expect(isIgnored(patterns, "node_modules/x/index.js")).toBe(true);
    expect(isIgnored(patterns, "web/node_modules")).toBe(false);
    expect(isIgnored(patterns, "a/b/__pycache__/m.pyc")).toBe(true);
    expect(isIgnored(patterns, ".env.local")).toBe(true);
    expect(isIgnored(patterns, ".env.example")).toBe(false);
    expect(isIgnored(patterns, "Dockerfile.dev")).toBe(true);
    expect(isIgnored(patterns, "dist/app.js")).toBe(true);
    expect(isIgnored(patterns, "src/app.py")).toBe(false);
  });

  it("remaps the image-owned paths and leaves the system's alone", () => {
    const stages = parseDockerfile(pythonImage(8000));
    expect(stages.map((s) => s.name)).toEqual(["builder", "runtime"]);
    const prefixes = ownedPrefixes(stages);
    expect(prefixes).toEqual(expect.arrayContaining(["/app", "/opt/venv"]));
    expect(remapText('PATH="/opt/venv/bin:/usr/bin" cd /app && ls /application /usr/local/bin', prefixes, "/r")).toBe(
      'PATH="/r/opt/venv/bin:/usr/bin" cd /r/app && ls /application /usr/local/bin',
    );
  });
});

describe("image runner", () => {
  it("lays out a two-stage Python image, runs it as its USER and passes its HEALTHCHECK", async () => {
    const port = await freePort();
    let health: Record<string, unknown> = {};
    let ignoredFileCopied = true;
    let builderMark = "";
    let venvDir = "?";
    let execOutput = "";
    const result = await runImage(pythonImage(port), SAMPLE, {
      env: { GREETING: "from-caller" },
      httpPath: "/health",
      whileRunning: async (running) => {
        health = (await (await fetch(`http://127.0.0.1:${running.port}/health`)).json()) as Record<string, unknown>;
        ignoredFileCopied = existsSync(join(running.layout.hostWorkdir, "local.env"));
        builderMark = readFileSync(join(running.layout.root, "opt/venv/built-by-builder"), "utf8");
        venvDir = join(running.layout.root, "opt/venv");
        const exec = await running.exec(["python", "-c", "import os; print(os.getuid())"]);
        execOutput = exec.output.trim();
      },
    });
    const explain = JSON.stringify({ ...result, logsTail: result.logsTail.slice(-800) }, null, 1);
    expect(result.built, explain).toBe(true);
    expect(result.started, explain).toBe(true);
    expect(result.healthy, explain).toBe(true);
    expect(result.portAnswered).toBe(true);
    expect(result.httpStatus).toBe(200);
    expect(result.port).toBe(port);
    expect(health.greeting).toBe("from-caller");
    expect(String(health.cwd)).toMatch(/\/app$/);
    expect(String(health.prefix)).toMatch(/\/opt\/venv$/);
    expect(ignoredFileCopied).toBe(false);
    // The builder's venv, copied to the runtime stage, names its new place (shebangs, pyvenv.cfg, files).
    expect(builderMark).toBe(venvDir);
    if (process.getuid?.() === 0) {
      expect(health.uid).toBe(10001);
      expect(result.runAs).toContain("uid 10001");
      expect(execOutput).toBe("10001");
    }
    expect(result.notes.join("\n")).toMatch(/skipped `apt-get update/);
    expect(result.logsTail).toContain(`listening on ${port}`);
  });

  it("lays out a three-stage Node.js image (npm ci from the registry, build, runtime as USER node) and passes its HEALTHCHECK", async () => {
    const port = await freePort();
    let health: Record<string, unknown> = {};
    let root = "";
    let sourceLeaked = true;
    const result = await runImage(nodeImage(port), NODE_SAMPLE, {
      whileRunning: async (running) => {
        health = (await (await fetch(`http://127.0.0.1:${running.port}/healthz`)).json()) as Record<string, unknown>;
        root = running.layout.root;
        sourceLeaked = existsSync(join(running.layout.hostWorkdir, "src"));
      },
    });
    const explain = JSON.stringify({ ...result, logsTail: result.logsTail.slice(-800) }, null, 1);
    expect(result.healthy, explain).toBe(true);
    expect(result.portAnswered).toBe(true);
    expect(health.nodeEnv).toBe("production");
    expect(health.uptime).toMatch(/^\d+m?s$/);
    // The build stage's path, written by the build, was relocated with the copy.
    expect(health.buildRoot).toBe(join(root, "app"));
    expect(sourceLeaked).toBe(false);
    if (process.getuid?.() === 0) expect(health.uid).toBe(1000);
  });

  it.each(["uv", "poetry"] as const)("installs a locked dependency the way a %s builder does, into the venv the runtime copies", async (tool) => {
    const result = await runImage(lockedPythonImage(tool, await freePort()), join(import.meta.dirname, "samples", `${tool}-app`));
    const explain = JSON.stringify({ ...result, logsTail: result.logsTail.slice(-800) }, null, 1);
    // The HEALTHCHECK imports six, which only the lockfile brings.
    expect(result.healthy, explain).toBe(true);
    expect(result.notes.join("\n")).toMatch(new RegExp(`pip install --no-cache-dir ${tool}==[\\d.]+\` satisfied by the local`));
  });

  it("installs with pnpm through corepack at the packageManager version, and the runtime serves from the copied node_modules", async () => {
    const port = await freePort();
    const dockerfile = `
FROM node:22-alpine AS deps
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0
RUN corepack enable pnpm
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yam[l] .npmr[c] ./
RUN pnpm install --frozen-lockfile && test "$(pnpm --version)" = 9.15.0

FROM node:22-alpine AS runtime
ENV NODE_ENV=production PORT=${port}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY server.js package.json ./
USER node
EXPOSE ${port}
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:${port}/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
`;
    const result = await runImage(dockerfile, join(import.meta.dirname, "samples", "pnpm-app"));
    expect(result.healthy, JSON.stringify({ ...result, logsTail: result.logsTail.slice(-800) }, null, 1)).toBe(true);
    expect(result.notes.join("\n")).toContain("corepack enable pnpm");
  });

  it("runs a one-off command in the image (a deploy's migration task) and a compose-style command override", async () => {
    const port = await freePort();
    const once = await execImage(pythonImage(port), SAMPLE, ["python", "-c", "import os, sys; print(os.getuid(), sys.prefix.endswith('/opt/venv'), os.getcwd().endswith('/app'))"]);
    expect(once.exitCode, once.output).toBe(0);
    expect(once.output.trim()).toBe(process.getuid?.() === 0 ? "10001 True True" : `${process.getuid?.()} True True`);
    const failing = await execImage(pythonImage(port), SAMPLE, ["python", "-c", "raise SystemExit(3)"]);
    expect(failing.exitCode).toBe(3);
    // Compose's `command:` replaces CMD; an absolute container path in it is remapped too.
    const overridden = await runImage(pythonImage(port, '["python", "missing.py"]'), SAMPLE, { command: ["python", "/app/server.py"] });
    expect(overridden.healthy, overridden.logsTail).toBe(true);
    expect(overridden.command.at(-1)).toMatch(/\/app\/server\.py$/);
  });

  it("reports a CMD that exits as not started and unhealthy, quickly", async () => {
    const port = await freePort();
    const result = await runImage(singleStage(port, '["python3", "no_such_server.py"]'), SAMPLE);
    expect(result.built).toBe(true);
    expect(result.started).toBe(false);
    expect(result.healthy).toBe(false);
    expect(result.exited?.code).toBe(2);
    expect(result.lastHealthOutput).toContain("exited");
    expect(result.logsTail).toContain("no_such_server.py");
    expect(result.durations.totalMs).toBeLessThan(30_000);
  });

  it.each(["image-user", "current"] as const)("never calls an app healthy when its program does not exist, even if the check passes (runAs %s)", async (runAs) => {
    const dockerfile = `FROM python:3.12-slim\nWORKDIR /app\nCOPY server.py .\nUSER nobody\nEXPOSE ${await freePort()}\nHEALTHCHECK --start-period=2s CMD ["true"]\nCMD ["no-such-program"]\n`;
    const result = await runImage(dockerfile, SAMPLE, { runAs });
    expect(result.started).toBe(false);
    expect(result.healthy).toBe(false);
    expect(result.exited).toBeDefined();
  });

  it("reports a server that runs but never passes its HEALTHCHECK as unhealthy after the retries", async () => {
    const port = await freePort();
    const other = await freePort();
    // The server listens on another port than the one the HEALTHCHECK probes.
    const dockerfile = singleStage(port, `["sh", "-c", "PORT=${other} exec python3 server.py"]`, "--start-period=1s --retries=2");
    const result = await runImage(dockerfile, SAMPLE, { intervalMs: 300 });
    expect(result.started).toBe(true);
    expect(result.healthy).toBe(false);
    expect(result.healthChecks).toBeGreaterThanOrEqual(2);
    expect(result.portAnswered).toBe(false);
  });

  it("reports a build that cannot lay out (COPY of a missing file) without starting anything", async () => {
    const dockerfile = singleStage(await freePort(), '["python3", "server.py"]').replace("COPY . .", "COPY requirements-missing.txt ./");
    const result = await runImage(dockerfile, SAMPLE);
    expect(result.built).toBe(false);
    expect(result.buildError).toMatch(/line \d+: COPY requirements-missing.txt: not found/);
    expect(result.started).toBe(false);
  });
});
