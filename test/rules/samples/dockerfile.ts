import { lineOf, PY, type RuleSample, swap } from "./sample.js";

/** A Dockerfile that meets every rule; each bad sample breaks one thing in it. */
export const GOOD_DOCKERFILE = `FROM ${PY} AS builder
RUN apt-get update \\
    && apt-get install -y --no-install-recommends build-essential libpq-dev \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt ./
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM ${PY} AS runtime
ENV PYTHONUNBUFFERED=1
RUN useradd --system --uid 10001 app
COPY --from=builder /install /usr/local
COPY . /app
USER app
HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app.wsgi"]
`;

const IGNORE = "api/.dockerignore";
const FILE = "api/Dockerfile";
const repo = (text: string, ignore = true) => ({ [FILE]: text, ...(ignore ? { [IGNORE]: ".git\n.env\n" } : {}) });
const G = GOOD_DOCKERFILE;
const at = (needle: string) => ({ file: FILE, line: lineOf(G, needle) });

export const dockerfileSamples: Record<string, RuleSample> = {
  DF001: { bad: repo(swap(G, `FROM ${PY} AS runtime`, "FROM python:3.12-slim AS runtime")), good: repo(G), at: at("AS runtime") },
  DF002: { bad: repo(swap(G, "USER app\n", "")), good: repo(G), at: at("AS runtime") },
  DF003: { bad: repo(swap(G, /HEALTHCHECK .*\n/.exec(G)![0], "")), good: repo(G), at: at("AS runtime") },
  DF004: {
    bad: repo(`FROM ${PY}
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements.txt
USER 10001
HEALTHCHECK CMD ["python", "-c", "print(1)"]
CMD ["python", "-m", "app"]
`),
    good: repo(G),
    at: { file: FILE, line: 2 },
  },
  DF005: { bad: repo(swap(G, " --no-install-recommends", "")), good: repo(G), at: at("RUN apt-get update") },
  DF006: { bad: repo(swap(G, "COPY requirements.txt ./", "ADD requirements.txt ./")), good: repo(G), at: at("COPY requirements.txt") },
  DF007: { bad: repo(G, false), good: repo(G), at: { file: FILE, line: 1 } },
  DF008: { bad: repo(swap(G, "ENV PYTHONUNBUFFERED=1", "ENV PYTHONUNBUFFERED=1 DB_PASSWORD=hunter2")), good: repo(G), at: at("ENV PYTHONUNBUFFERED") },
  DF009: { bad: repo(swap(G, 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app.wsgi"]', "CMD gunicorn --bind 0.0.0.0:8000 app.wsgi")), good: repo(G), at: at('CMD ["gunicorn"') },
};
