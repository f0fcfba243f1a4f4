import { describe, expect, it } from "vitest";
import { checkDockerfile, type DockerfileRule } from "./dockerfile-rules.js";

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

describe("checkDockerfile", () => {
  it("accepts a Dockerfile that meets the whole hardening list", () => {
    expect(checkDockerfile(GOOD)).toEqual([]);
  });

  const bad: ReadonlyArray<[DockerfileRule, string, string]> = [
    ["multi-stage", "a single stage", `FROM ${PY}\nUSER app\nHEALTHCHECK CMD ["true"]\nCMD ["python"]\n`],
    ["pinned-base", "a tag without digest", GOOD.replace(`FROM ${PY} AS runtime`, "FROM python:3.12-slim AS runtime")],
    ["pinned-base", "a digest without tag", GOOD.replace(`FROM ${PY} AS builder`, "FROM python@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36 AS builder")],
    ["pinned-base", "latest", GOOD.replace(`FROM ${PY} AS runtime`, "FROM python:latest AS runtime")],
    ["pinned-base", "COPY --from an unpinned image", GOOD.replace("COPY --from=builder", "COPY --from=oven/bun:1-alpine")],
    ["non-root-final", "no USER in the final stage", GOOD.replace("USER app\n", "")],
    ["non-root-final", "USER root", GOOD.replace("USER app", "USER root")],
    ["non-root-final", "USER 0:0", GOOD.replace("USER app", "USER 0:0")],
    ["healthcheck", "no HEALTHCHECK", GOOD.replace(/HEALTHCHECK .*\n/, "")],
    ["healthcheck", "HEALTHCHECK NONE", GOOD.replace(/HEALTHCHECK .*\n/, "HEALTHCHECK NONE\n")],
    ["no-add", "ADD", GOOD.replace("COPY requirements.txt ./", "ADD requirements.txt ./")],
    ["no-secret-args", "ARG with a token", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ARG GITHUB_TOKEN")],
    ["no-secret-args", "ENV with a password", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV DB_PASSWORD=hunter2")],
    ["no-secret-args", "legacy ENV form", GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV SECRET_KEY abc")],
    ["apt-hygiene", "no --no-install-recommends", GOOD.replace(" --no-install-recommends", "")],
    ["apt-hygiene", "no list cleanup", GOOD.replace(" \\\n    && rm -rf /var/lib/apt/lists/*", "")],
    ["apt-hygiene", "apk add without --no-cache", GOOD.replace("ENV PYTHONUNBUFFERED=1", "RUN apk add curl")],
    ["exec-form", "shell-form CMD", GOOD.replace('CMD ["gunicorn", "app.wsgi:application"]', "CMD gunicorn app.wsgi:application")],
    ["exec-form", "shell-form ENTRYPOINT", GOOD.replace("USER app", "USER app\nENTRYPOINT /start.sh")],
    ["exec-form", "shell-form HEALTHCHECK", GOOD.replace('HEALTHCHECK CMD ["python", "-c", "print(1)"]', "HEALTHCHECK CMD curl -f http://localhost/")],
    ["exec-form", "no CMD", GOOD.replace(/CMD \["gunicorn".*\n/, "")],
  ];

  it.each(bad)("flags %s: %s", (rule, _what, text) => {
    expect(text).not.toBe(GOOD);
    expect(rulesOf(text)).toContain(rule);
  });

  it("reports 1-based line numbers", () => {
    const findings = checkDockerfile(GOOD.replace("COPY requirements.txt ./", "ADD requirements.txt ./"));
    expect(findings).toEqual([expect.objectContaining({ rule: "no-add", line: 5 })]);
  });

  it("lets a stage build FROM an earlier stage without a digest", () => {
    const text = GOOD.replace(`FROM ${PY} AS runtime`, "FROM builder AS runtime");
    expect(rulesOf(text)).not.toContain("pinned-base");
  });

  it("does not mistake harmless names for secrets", () => {
    const text = GOOD.replace("ENV PYTHONUNBUFFERED=1", "ENV PIP_NO_CACHE_DIR=1 NODE_ENV=production COREPACK_ENABLE_DOWNLOAD_PROMPT=0");
    expect(checkDockerfile(text)).toEqual([]);
  });
});
