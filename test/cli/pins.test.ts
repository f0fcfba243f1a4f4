import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import actionPins from "../../src/data/action-pins.json" with { type: "json" };
import baseImages from "../../src/data/base-images.json" with { type: "json" };
import toolVersions from "../../src/data/tool-versions.json" with { type: "json" };
import type { Pin, PinData } from "../../src/pins/index.js";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { cli } from "../helpers/cli.js";
import { ociIndex, PYPI_MYPY, startFakeRegistries, type FakeRegistries } from "../pins/fake-registries.js";

const OLD = `sha256:${"0".repeat(64)}`;
const TODAY = new Date().toISOString().slice(0, 10);

let server: GitHubServer;
let fakes: FakeRegistries;
const sha: Record<string, string> = {};
const digest: Record<string, string> = {};
const savedToken = process.env.GITHUB_TOKEN;

beforeAll(async () => {
  server = await startGitHubServer();
  const action = server.addRepo({ owner: "acme", name: "setup-thing", files: { "action.yml": "name: one\n" } });
  sha["v1.0.0"] = action.tag("v1.0.0").commit;
  action.push({ files: { "action.yml": "name: two\n" } });
  sha["v1.1.0"] = action.tag("v1.1.0", { annotated: true }).commit;
  const k6 = server.addRepo({ owner: "grafana", name: "k6", files: { "go.mod": "module go.k6.io/k6\n" } });
  k6.tag("v2.1.0", { annotated: true });
  k6.push({ files: { "go.mod": "module go.k6.io/k6/v2\n" } });
  k6.tag("v2.2.0", { annotated: true });
  fakes = await startFakeRegistries();
  digest["python"] = fakes.setManifest("library/python:3.12-slim", ociIndex("python"));
  digest["minio"] = fakes.setManifest("minio/minio:RELEASE.2025-09-07T16-13-09Z", ociIndex("minio"));
  process.env.GITHUB_TOKEN = "pins-test-token";
});
afterEach(() => {
  expect(server.violations).toEqual([]);
});
afterAll(async () => {
  if (savedToken === undefined) delete process.env.GITHUB_TOKEN;
  else process.env.GITHUB_TOKEN = savedToken;
  await Promise.all([server.close(), fakes.close()]);
});

/** A src/data folder with a few pins of each kind: some stale, some current, one nobody serves. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pins-data-"));
  const old = { source: "recorded by hand", checkedAt: "2026-01-01" };
  const data: PinData = {
    actions: { "acme/setup-thing": { version: "v1.0.0", sha: sha["v1.0.0"]!, ...old } },
    images: {
      $comment: "test",
      images: {
        "python:3.12-slim": { image: "python", tag: "3.12-slim", digest: OLD, ...old },
        "quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z": { image: "quay.io/minio/minio", tag: "RELEASE.2025-09-07T16-13-09Z", digest: digest["minio"]!, ...old },
        "nginxinc/nginx-unprivileged:1.29.5-alpine": { image: "nginxinc/nginx-unprivileged", tag: "1.29.5-alpine", digest: OLD, ...old },
      },
    },
    tools: {
      $comment: "test",
      tools: {
        k6: { registry: "github", package: "grafana/k6", version: "2.1.0", ...old },
        mypy: { registry: "pypi", package: "mypy", version: "1.19.1", ...old },
        "pnpm-9": { registry: "npm", package: "pnpm", major: 9, version: "9.15.9", ...old },
      },
    },
  };
  writeFileSync(join(dir, "action-pins.json"), `${JSON.stringify(data.actions, null, 2)}\n`);
  writeFileSync(join(dir, "base-images.json"), `${JSON.stringify(data.images, null, 2)}\n`);
  writeFileSync(join(dir, "tool-versions.json"), `${JSON.stringify(data.tools, null, 2)}\n`);
  return dir;
}

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), "utf8"));
const update = (dir: string, ...args: string[]) =>
  cli("pins", "--update", "--data-dir", dir, "--api-url", server.url, "--pypi-url", fakes.pypiUrl, "--npm-url", fakes.npmUrl, "--registry-mirror", `docker.io=${fakes.mirrors["docker.io"]}`, "--registry-mirror", `quay.io=${fakes.mirrors["quay.io"]}`, ...args);

describe("create-devops-baseline pins --update", () => {
  it("looks every pin up, rewrites what moved with its new source and date, keeps the rest, and reports what it could not read", async () => {
    const dir = dataDir();
    const { code, stdout, stderr } = await update(dir);
    expect(stdout.split("\n")).toEqual([
      `action  acme/setup-thing: v1.0.0 ${sha["v1.0.0"]} → v1.1.0 ${sha["v1.1.0"]}`,
      `image   python:3.12-slim: ${OLD} → ${digest["python"]}`,
      "tool    k6: 2.1.0 → 2.2.0",
      `tool    mypy: 1.19.1 → ${PYPI_MYPY.info.version}`,
      `4 pin(s) changed; rewrote ${[join(dir, "action-pins.json"), join(dir, "base-images.json"), join(dir, "tool-versions.json")].join(", ")}.`,
    ]);
    expect(stderr).toMatch(/^warning: image nginxinc\/nginx-unprivileged:1\.29\.5-alpine was not refreshed: HEAD .*\/docker\/v2\/nginxinc\/nginx-unprivileged\/manifests\/1\.29\.5-alpine answered 404$/);
    expect(code).toBe(1);

    expect(read(dir, "action-pins.json")["acme/setup-thing"]).toEqual({
      version: "v1.1.0",
      sha: sha["v1.1.0"],
      source: "GitHub API: git/matching-refs/tags of acme/setup-thing, tag v1.1.0 peeled to its commit",
      checkedAt: TODAY,
    });
    const images = read(dir, "base-images.json").images;
    expect(images["python:3.12-slim"]).toMatchObject({ digest: digest["python"], checkedAt: TODAY, source: expect.stringContaining("/v2/library/python/manifests/3.12-slim (Docker-Content-Digest)") });
    expect(images["quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"]).toMatchObject({ source: "recorded by hand", checkedAt: "2026-01-01" });
    expect(images["nginxinc/nginx-unprivileged:1.29.5-alpine"]).toMatchObject({ digest: OLD, checkedAt: "2026-01-01" });
    const tools = read(dir, "tool-versions.json").tools;
    expect(tools.k6).toEqual({ registry: "github", package: "grafana/k6", version: "2.2.0", source: "GitHub API: git/matching-refs/tags of grafana/k6, tag v2.2.0 peeled to its commit", checkedAt: TODAY });
    expect(tools.mypy).toMatchObject({ version: PYPI_MYPY.info.version, source: `${fakes.pypiUrl}/pypi/mypy/json (info.version)`, checkedAt: TODAY });
    expect(tools["pnpm-9"]).toMatchObject({ version: "9.15.9", checkedAt: "2026-01-01" });

    // A second run finds nothing new and rewrites nothing.
    const before = readFileSync(join(dir, "tool-versions.json"), "utf8");
    const again = await update(dir, "--json");
    expect(JSON.parse(again.stdout)).toEqual({ changes: [], failures: [expect.objectContaining({ kind: "image", name: "nginxinc/nginx-unprivileged:1.29.5-alpine" })], written: [] });
    expect(readFileSync(join(dir, "tool-versions.json"), "utf8")).toBe(before);
  });

  it("--kind limits the lookups; without a token, actions are refused before anything is read", async () => {
    const dir = dataDir();
    const toolsOnly = await update(dir, "--kind", "tool", "--json");
    expect(JSON.parse(toolsOnly.stdout).changes.map((c: { name: string }) => c.name)).toEqual(["k6", "mypy"]);
    expect(read(dir, "base-images.json").images["python:3.12-slim"].digest).toBe(OLD);

    delete process.env.GITHUB_TOKEN;
    const requests = fakes.requests.length;
    const refused = await update(dataDir());
    process.env.GITHUB_TOKEN = "pins-test-token";
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("pins --update needs a GitHub token for the action tags: set GITHUB_TOKEN");
    expect(fakes.requests.length).toBe(requests);
    expect((await update(dir, "--kind", "tools")).stderr).toContain("--kind: tools is not a kind of pin. Allowed: action, image, tool");
    expect((await update(dir, "--registry-mirror", "docker.io")).code).toBe(2);
  });
});

describe("create-devops-baseline pins --json", () => {
  it("lists every action, image and tool pin of this copy, each with its value, source and checkedAt", async () => {
    const { code, stdout } = await cli("pins", "--json");
    expect(code).toBe(0);
    const pins = JSON.parse(stdout) as Pin[];
    expect(pins).toHaveLength(Object.keys(actionPins).length + Object.keys(baseImages.images).length + Object.keys(toolVersions.tools).length);
    for (const pin of pins) {
      expect(pin.source.length, pin.name).toBeGreaterThan(10);
      expect(pin.checkedAt, pin.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (pin.kind === "action") expect(pin.sha).toMatch(/^[0-9a-f]{40}$/);
      if (pin.kind === "image") expect(pin.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      if (pin.kind === "tool") expect(pin.version).toMatch(/^\d+\.\d+(\.\d+)?$/);
    }
    expect(pins.find((p) => p.name === "actions/checkout")).toEqual({ kind: "action", name: "actions/checkout", ...actionPins["actions/checkout"] });
    expect(pins.find((p) => p.kind === "image" && p.version === "3.12-slim")).toMatchObject({ name: "python", digest: baseImages.images["python:3.12-slim"].digest });
    expect(pins.find((p) => p.name === "mypy")).toMatchObject({ kind: "tool", version: toolVersions.tools.mypy.version });
  });

  it("prints one line per pin without --json", async () => {
    const { stdout } = await cli("pins");
    expect(stdout.split("\n")).toHaveLength(Object.keys(actionPins).length + Object.keys(baseImages.images).length + Object.keys(toolVersions.tools).length);
    expect(stdout).toMatch(new RegExp(`^tool +mypy +${toolVersions.tools.mypy.version.replace(/\./g, "\\.")} `, "m"));
  });
});
