import { describe, expect, it } from "vitest";
import { checkDockerfile, type DockerfileRule, runCommands } from "./dockerfile-rules.js";

const PY = "python:3.12-slim@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36";

/** A Dockerfile that passes every rule; each known-bad case below breaks exactly one thing in it. */
const GOOD = `FROM ${PY} AS builder
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

FROM ${PY} AS runtime
ENV PYTHONUNBUFFERED=1
COPY --from=builder /opt/venv /opt/venv
USER app
HEALTHCHECK CMD ["python", "-c", "print(1)"]
CMD ["gunicorn", "app.wsgi:application"]
`;

const rulesOf = (text: string): DockerfileRule[] => checkDockerfile(text).map((f) => f.rule);

describe("checkDockerfile: the catalog's Dockerfile rules", () => {
  it("accepts a Dockerfile that meets the whole hardening list", () => {
    expect(checkDockerfile(GOOD)).toEqual([]);
  });

  const bad: ReadonlyArray<[DockerfileRule, string, string]> = [
    ["DF004", "a single stage that compiles", `FROM ${PY}\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\nUSER app\nHEALTHCHECK CMD ["true"]\nCMD ["python"]\n`],
    ["DF001", "a tag without digest", GOOD.replace(`FROM ${PY} AS runtime`, "FROM python:3.12-slim AS runtime")],
    ["DF001", "a digest without tag", GOOD.replace(`FROM ${PY} AS builder`, "FROM python@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36 AS builder")],
    ["DF001", "latest", GOOD.replace(`FROM ${PY} AS runtime`, "FROM python:latest AS runtime")],
    ["DF001", "COPY --from an unpinned image", GOOD.replace("COPY --from=builder", "COPY --from=oven/bun:1-alpine")],
    ["DF002", "no USER in the final stage", GOOD.replace("USER app\n", "")],
    ["DF002", "USER root", GOOD.replace("USER app", "USER root")],
    ["DF002", "USER 0:0", GOOD.replace("USER app", "USER 0:0")],
    ["DF003", "no HEALTHCHECK", GOOD.replace(/HEALTHCHECK .*\n/, "")],
    ["DF003", "HEALTHCHECK NONE", GOOD.replace(/HEALTHCHECK .*\n/, "HEALTHCHECK NONE\n")],
    ["DF006", "ADD", GOOD.replace("COPY requirements.txt ./", "ADD requirements.txt ./")],
    ["DF008", "ARG with a token", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ARG GITHUB_TOKEN")],
    ["DF008", "ENV with a password", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV DB_PASSWORD=hunter2")],
    ["DF008", "legacy ENV form", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV SECRET_KEY abc")],
    ["DF005", "no --no-install-recommends", GOOD.replace(" --no-install-recommends", "")],
    ["DF005", "no list cleanup", GOOD.replace(" \\\n    && rm -rf /var/lib/apt/lists/*", "")],
    ["DF005", "apk add without --no-cache", GOOD.replace("ENV PYTHONUNBUFFERED=1", "RUN apk add curl")],
    ["DF005", "pip install without --no-cache-dir", GOOD.replace("pip install --no-cache-dir", "pip install")],
    ["DF009", "shell-form CMD", GOOD.replace('CMD ["gunicorn", "app.wsgi:application"]', "CMD gunicorn app.wsgi:application")],
    ["DF009", "shell-form ENTRYPOINT", GOOD.replace("USER app", "USER app\nENTRYPOINT /start.sh")],
    ["DF009", "shell-form HEALTHCHECK", GOOD.replace('HEALTHCHECK CMD ["python", "-c", "print(1)"]', "HEALTHCHECK CMD curl -f http://localhost/")],
  ];

  it.each(bad)("flags %s: %s", (rule, _what, text) => {
    expect(text).not.toBe(GOOD);
    expect(rulesOf(text)).toContain(rule);
  });

  it("reports 1-based line numbers", () => {
    const findings = checkDockerfile(GOOD.replace("COPY requirements.txt ./", "ADD requirements.txt ./"));
    expect(findings).toEqual([expect.objectContaining({ rule: "DF006", line: 5 })]);
  });

  it("lets a stage build FROM an earlier stage without a digest", () => {
    const text = GOOD.replace(`FROM ${PY} AS runtime`, "FROM builder AS runtime");
    expect(rulesOf(text)).not.toContain("DF001");
  });

  it("does not mistake harmless names for secrets", () => {
    const text = GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV PIP_NO_CACHE_DIR=1 NODE_ENV=production COREPACK_ENABLE_DOWNLOAD_PROMPT=0 POSTGRES_PASSWORD_FILE=/run/secrets/pg");
    expect(checkDockerfile(text)).toEqual([]);
  });

  it("extracts the shell-form RUN commands, continuation lines joined", () => {
    expect(runCommands(GOOD).map((c) => c.replace(/\s+/g, " "))).toEqual([
      "apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*",
      "pip install --no-cache-dir -r requirements.txt",
    ]);
  });
});
