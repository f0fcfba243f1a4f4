import { describe, expect, it } from "vitest";
import { repoViewOf, ruleById, RULES, runRules } from "../../src/rules/index.js";
import { SAMPLES, type Files } from "./samples/index.js";
import { GOOD_DEPENDABOT } from "./samples/dependency-updates.js";
import { GOOD_DOCKERFILE } from "./samples/dockerfile.js";
import { GOOD_DEPLOYMENT } from "./samples/kubernetes.js";
import { GOOD_CI } from "./samples/workflow.js";
import { PY } from "./samples/sample.js";

const view = (files: Files) => repoViewOf(Object.entries(files).map(([path, content]) => ({ path, content })));
const run = (id: string, files: Files) => runRules(view(files), [ruleById(id)!]);
const PREFIX = { workflow: "WF", dockerfile: "DF", compose: "CP", "dependency-updates": "DU", shell: "SH", kubernetes: "K8", nginx: "NG", prometheus: "PR", "cross-file": "XF" } as const;

describe("the catalog", () => {
  it("has unique ids of the form XX000 whose prefix names the file type", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id, rule.id).toMatch(new RegExp(`^${PREFIX[rule.type]}\\d{3}$`));
  });

  it("gives every rule a title, a rationale and a fix", () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(30);
      expect(rule.fix.length, rule.id).toBeGreaterThan(20);
    }
  });

  it("has a failing and a passing sample for every rule, and no sample without a rule", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe("each rule flags its bad sample once, at the right line, and accepts its good sample", () => {
  for (const rule of RULES) {
    it(`${rule.id} ${rule.title}`, () => {
      const sample = SAMPLES[rule.id]!;
      const bad = run(rule.id, sample.bad);
      expect(bad.map((f) => ({ file: f.file, line: f.line }))).toEqual([sample.at]);
      expect(run(rule.id, sample.good).map((f) => f.message)).toEqual([]);
    });
  }
});

describe("findings know the intent", () => {
  const final = (body: string): Files => ({ Dockerfile: `FROM ${PY} AS build\nRUN make\n\n${body}`, ".dockerignore": ".git\n" });

  it("only the final stage must be non-root: a root build stage is fine", () => {
    expect(run("DF002", final(`FROM ${PY}\nUSER 10001\n`))).toEqual([]);
    expect(run("DF002", final(`FROM ${PY}\nUSER root\n`)).map((f) => f.line)).toEqual([5]);
  });

  it("a final stage built FROM an earlier stage inherits its USER and HEALTHCHECK", () => {
    const text = `FROM ${PY} AS base\nUSER app\nHEALTHCHECK CMD ["true"]\n\nFROM base AS final\nCMD ["python"]\n`;
    expect(run("DF002", { Dockerfile: text })).toEqual([]);
    expect(run("DF003", { Dockerfile: text })).toEqual([]);
    expect(run("DF001", { Dockerfile: text })).toEqual([]);
  });

  it("a distroless :nonroot base runs as non-root without a USER line", () => {
    const nonroot = "gcr.io/distroless/static-debian12:nonroot@sha256:" + "c".repeat(64);
    expect(run("DF002", final(`FROM ${nonroot}\nCOPY --from=build /app /app\n`))).toEqual([]);
  });

  it("official data-store images switch user in their entrypoint; a plain base does not", () => {
    expect(run("DF002", { Dockerfile: "FROM docker.io/postgres:16\nCOPY ./maintenance /usr/local/bin/maintenance\n" })).toEqual([]);
    expect(run("DF002", { Dockerfile: "FROM docker.io/python:3.12-slim\nCOPY . /app\n" })).toHaveLength(1);
  });

  it("scratch needs no digest, and an ARG default is resolved before judging FROM", () => {
    expect(run("DF001", final("FROM scratch\nCOPY --from=build /app /app\nUSER 10001\n"))).toEqual([]);
    expect(run("DF001", { Dockerfile: `ARG BASE=${PY}\nFROM \${BASE}\n` })).toEqual([]);
    expect(run("DF001", { Dockerfile: "ARG BASE=python:3.12-slim\nFROM ${BASE}\n" }).map((f) => f.message)).toEqual(["FROM python:3.12-slim is not pinned by digest"]);
  });

  it("Kubernetes runAsNonRoot on every container stands in for USER, unless compose also runs the image", () => {
    const dockerfile = { "api/Dockerfile": GOOD_DOCKERFILE.replace("USER app\n", "") };
    expect(run("DF002", dockerfile)).toHaveLength(1);
    expect(run("DF002", { ...dockerfile, "k8s/deployment.yaml": GOOD_DEPLOYMENT })).toEqual([]);
    expect(run("DF002", { ...dockerfile, "k8s/deployment.yaml": GOOD_DEPLOYMENT.replace("runAsNonRoot: true", "runAsNonRoot: false") })).toHaveLength(1);
    expect(run("DF002", { ...dockerfile, "k8s/deployment.yaml": GOOD_DEPLOYMENT, "docker-compose.yml": "services:\n  api:\n    build: ./api\n" })).toHaveLength(1);
  });

  it("a Kubernetes probe stands in for a HEALTHCHECK", () => {
    const dockerfile = { "Dockerfile": GOOD_DOCKERFILE.replace(/HEALTHCHECK .*\n/, "") };
    expect(run("DF003", dockerfile)).toHaveLength(1);
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
          readinessProbe:
            httpGet:
              path: /health
              port: 8000
`;
    expect(run("DF003", { ...dockerfile, "k8s/deployment.yaml": deployment })).toEqual([]);
  });

  it("a one-shot service needs neither healthcheck nor restart policy", () => {
    const compose = `services:
  migrate:
    image: ghcr.io/acme/api:1.0.0
    command: ["python", "manage.py", "migrate"]
  api:
    image: ghcr.io/acme/api:1.0.0
    restart: unless-stopped
    mem_limit: 512m
    healthcheck:
      test: ["CMD", "true"]
    depends_on:
      migrate:
        condition: service_completed_successfully
`;
    expect(run("CP001", { "compose.prod.yml": compose })).toEqual([]);
    expect(run("CP002", { "compose.prod.yml": compose })).toEqual([]);
    expect(run("CP003", { "compose.prod.yml": compose })).toEqual([]);
  });

  it("compose files of one folder merge: an override need not repeat the healthcheck", () => {
    const base = "services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [CMD, pg_isready]\n";
    const override = "services:\n  db:\n    ports:\n      - 127.0.0.1:5432:5432\n";
    expect(run("CP001", { "compose.yml": base, "compose.override.yml": override })).toEqual([]);
    expect(run("CP001", { "compose.yml": base, "other/compose.override.yml": override })).toHaveLength(1);
    const without = base.replace("    healthcheck:\n      test: [CMD, pg_isready]\n", "");
    expect(run("CP001", { "compose.yml": without, "compose.override.yml": override }).map((f) => f.file)).toEqual(["compose.override.yml"]);
  });

  it("a write scope is judged only where no step is an action that could use it inside", () => {
    const ci = GOOD_CI.replace("    timeout-minutes: 15\n", "    timeout-minutes: 15\n    permissions:\n      id-token: write\n");
    expect(run("WF003", { ".github/workflows/ci.yml": ci })).toHaveLength(1);
    const publish = ci.replace("      - name: Test\n", "      - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4\n      - name: Test\n");
    expect(run("WF003", { ".github/workflows/ci.yml": publish })).toEqual([]);
  });

  it("restart policies and limits are asked of production compose files only", () => {
    const dev = "services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    healthcheck:\n      test: [CMD, 'true']\n";
    expect(run("CP003", { "docker-compose.yml": dev })).toEqual([]);
    expect(run("CP004", { "docker-compose.yml": dev })).toEqual([]);
    expect(run("CP003", { "docker-compose.production.yml": dev })).toHaveLength(1);
  });

  it("event fields that are numbers or SHAs are not injection; titles, head_ref and inputs are", () => {
    const ci = (run: string) => ({ ".github/workflows/ci.yml": GOOD_CI.replace('echo "testing $TITLE (#${{ github.event.pull_request.number }})"', run) });
    expect(run("WF008", ci("git checkout ${{ github.event.pull_request.head.sha }}"))).toEqual([]);
    for (const bad of ["echo ${{ github.head_ref }}", "deploy ${{ inputs.environment }}", "echo '${{ github.event.issue.body }}'"]) {
      expect(run("WF008", ci(bad)), bad).toHaveLength(1);
    }
  });

  it("Dockerfile folders, compose files and workflows need their ecosystems too, pinned or not", () => {
    const files = { "api/Dockerfile": "FROM python:3.12-slim\n", "compose.yml": "services:\n  db:\n    image: postgres:17\n", ".github/workflows/ci.yml": GOOD_CI };
    const dependabot = "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n";
    expect(run("DU002", { ...files, ".github/dependabot.yml": dependabot }).map((f) => f.message).sort()).toEqual([
      "docker in /api (api/Dockerfile) is not covered",
      "docker-compose in / (compose.yml) is not covered",
      "github-actions in / (.github/workflows/ci.yml) is not covered",
    ]);
  });

  it("composite actions are checked like workflow steps, and their pins need their own Dependabot folder", () => {
    const action = `name: setup\nruns:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n`;
    expect(run("WF001", { ".github/actions/setup/action.yml": action }).map((f) => f.line)).toEqual([5]);
    const pinned = action.replace("actions/setup-node@v4", "actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0");
    const dependabot = "version: 2\nupdates:\n  - package-ecosystem: github-actions\n    directories: ['/', '/.github/actions/*']\n    schedule:\n      interval: weekly\n";
    expect(run("XF001", { ".github/actions/setup/action.yml": pinned, ".github/dependabot.yml": dependabot })).toEqual([]);
    expect(run("XF001", { ".github/actions/setup/action.yml": pinned, ".github/dependabot.yml": dependabot.replace(", '/.github/actions/*'", "") })).toHaveLength(1);
  });

  it("a workspace member is covered by its lockfile's entry; Renovate covers what its managers enable", () => {
    const files = { "package.json": "{}", "package-lock.json": "{}", "packages/a/package.json": "{}", "apps/web/package.json": "{}", "apps/web/pnpm-lock.yaml": "" };
    const dependabot = GOOD_DEPENDABOT;
    expect(run("DU002", { ...files, ".github/dependabot.yml": dependabot }).map((f) => f.message)).toEqual(["npm in /apps/web (apps/web/pnpm-lock.yaml) is not covered"]);
    expect(run("DU002", { ...files, "renovate.json": '{ "extends": ["config:recommended"] }' })).toEqual([]);
    expect(run("DU002", { ...files, "renovate.json": '{ "enabledManagers": ["dockerfile"] }' })).toHaveLength(2);
  });

  it("Renovate's JSON5 config is read, and its kubernetes manager covers the manifests its patterns match", () => {
    const manifest = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\nspec:\n  containers:\n    - name: db\n      image: ${PY}\n`;
    const renovate = (pattern: string) => `{\n  // comments, single quotes, bare keys, trailing commas\n  extends: ['config:recommended'],\n  kubernetes: { managerFilePatterns: ['${pattern}'], },\n}\n`;
    expect(run("XF001", { "k8s/pod.yaml": manifest, ".github/renovate.json5": renovate("/\\.yaml$/") })).toEqual([]);
    expect(run("XF001", { "k8s/pod.yaml": manifest, ".github/renovate.json5": renovate("/^deploy\\/.+\\.yaml$/") })).toHaveLength(1);
    expect(view({ ".github/renovate.json5": renovate("/x/") }).unreadable).toEqual([]);
  });

  it("different tags of one image may have different digests", () => {
    const other = "python:3.13-slim@sha256:" + "d".repeat(64);
    expect(run("XF002", { "a/Dockerfile": `FROM ${PY}\n`, "b/Dockerfile": `FROM ${other}\n` })).toEqual([]);
  });

  it("jobs and init containers need no probes", () => {
    const job = GOOD_DEPLOYMENT.replace("kind: Deployment", "kind: Job").replace(/          readinessProbe:[\s\S]*?port: 8000\n          livenessProbe:[\s\S]*?port: 8000\n/, "");
    expect(job).not.toContain("Probe");
    expect(run("K8003", { "k8s/job.yaml": job })).toEqual([]);
    expect(run("K8003", { "k8s/job.yaml": job.replace("kind: Job", "kind: StatefulSet") })).toHaveLength(1);
  });

  it("a checkout under pull_request_target of the base branch is fine; `gh pr checkout` is not", () => {
    const target = GOOD_CI.replace("  pull_request:\n", "  pull_request_target:\n");
    expect(run("WF009", { ".github/workflows/ci.yml": target })).toEqual([]);
    expect(run("WF009", { ".github/workflows/ci.yml": target.replace("npm test", "gh pr checkout ${{ github.event.pull_request.number }}\n          npm test") })).toHaveLength(1);
  });

  it("persist-credentials: true is flagged like a missing one", () => {
    expect(run("WF004", { ".github/workflows/ci.yml": GOOD_CI.replace("          persist-credentials: false\n", "          persist-credentials: true\n") }).map((f) => f.message)).toEqual([
      `jobs.test.steps[0]: checks out without persist-credentials: false`,
    ]);
  });
});
