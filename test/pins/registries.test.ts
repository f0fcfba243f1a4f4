import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { imageDigest, imageLocation, parseBearerChallenge } from "../../src/pins/image-digest.js";
import { newestRelease } from "../../src/pins/newest-release.js";
import { npmVersion, pypiVersion } from "../../src/pins/tool-registries.js";
import { NPM_PNPM, ociIndex, PYPI_MYPY, startFakeRegistries, type FakeRegistries } from "./fake-registries.js";

let fakes: FakeRegistries;
beforeAll(async () => {
  const yanked = structuredClone(PYPI_MYPY);
  for (const file of yanked.releases["2.4.1"]!) file.yanked = true;
  fakes = await startFakeRegistries({ pypi: { mypy: PYPI_MYPY, "mypy-yanked": yanked }, npm: { pnpm: NPM_PNPM } });
});
afterAll(() => fakes.close());
beforeEach(() => {
  fakes.requests.length = 0;
});

describe("newestRelease", () => {
  it("compares numerically, skips pre-releases, and stays in a major when asked", () => {
    expect(newestRelease(["9.8.0", "9.15.9", "10.0.0", "12.0.0-rc.8", "v2.10.0"])).toBe("10.0.0");
    expect(newestRelease(["9.8.0", "9.15.9", "9.15.10rc1"], 9)).toBe("9.15.9");
    expect(newestRelease(["12.0.0-rc.8", "12.0.0.dev1"], 12)).toBeUndefined();
  });
});

describe("PyPI JSON API", () => {
  it("takes info.version, PyPI's newest release, and names the URL it read", async () => {
    const found = await pypiVersion(fetch, fakes.pypiUrl, "mypy");
    expect(found).toEqual({ value: PYPI_MYPY.info.version, source: `${fakes.pypiUrl}/pypi/mypy/json (info.version)` });
    expect(fakes.requests).toEqual([expect.objectContaining({ method: "GET", path: "/pypi/pypi/mypy/json" })]);
  });

  it("within a major, takes the newest release whose files are not all yanked", async () => {
    expect((await pypiVersion(fetch, fakes.pypiUrl, "mypy", 1)).value).toBe("1.19.1");
    expect((await pypiVersion(fetch, fakes.pypiUrl, "mypy-yanked", 2)).value).toBe("2.4.0");
    await expect(pypiVersion(fetch, fakes.pypiUrl, "mypy", 7)).rejects.toThrow(/lists no release of major 7/);
  });

  it("reports a missing project with the URL and status", async () => {
    await expect(pypiVersion(fetch, fakes.pypiUrl, "no-such-project")).rejects.toThrow(`GET ${fakes.pypiUrl}/pypi/no-such-project/json answered 404`);
  });
});

describe("npm registry", () => {
  it("takes dist-tags.latest, or the newest release of a major (never a release candidate), asking for the abbreviated document", async () => {
    expect((await npmVersion(fetch, fakes.npmUrl, "pnpm")).value).toBe(NPM_PNPM["dist-tags"].latest);
    expect((await npmVersion(fetch, fakes.npmUrl, "pnpm", 9)).value).toBe("9.15.9");
    expect((await npmVersion(fetch, fakes.npmUrl, "pnpm", 10)).value).toBe("10.34.9");
    expect((await npmVersion(fetch, fakes.npmUrl, "pnpm", 12)).value).toBe("12.26.0");
    expect(fakes.requests[0]?.accept).toMatch(/^application\/vnd\.npm\.install-v1\+json/);
  });

  it("escapes a scoped name's slash", async () => {
    await expect(npmVersion(fetch, fakes.npmUrl, "@acme/tool")).rejects.toThrow(`GET ${fakes.npmUrl}/@acme%2Ftool answered 404`);
  });
});

describe("Registry HTTP API v2", () => {
  it("places images on their registry as the Docker CLI does", () => {
    expect(imageLocation("python")).toEqual({ host: "docker.io", repository: "library/python" });
    expect(imageLocation("nginxinc/nginx-unprivileged")).toEqual({ host: "docker.io", repository: "nginxinc/nginx-unprivileged" });
    expect(imageLocation("quay.io/minio/minio")).toEqual({ host: "quay.io", repository: "minio/minio" });
    expect(imageLocation("localhost:5000/app")).toEqual({ host: "localhost:5000", repository: "app" });
  });

  it("reads Docker Hub's challenge", () => {
    expect(parseBearerChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"')).toEqual({
      realm: "https://auth.docker.io/token",
      service: "registry.docker.io",
      scope: "repository:library/python:pull",
    });
    expect(parseBearerChallenge('Basic realm="x"')).toBeUndefined();
  });

  it("answers a 401 with an anonymous token from the challenge's realm, then reads Docker-Content-Digest from a HEAD", async () => {
    const digest = fakes.setManifest("library/python:3.12-slim", ociIndex("python-3.12"));
    const found = await imageDigest(fetch, "python", "3.12-slim", fakes.mirrors);
    expect(found.value).toBe(digest);
    expect(found.source).toBe(`registry manifest API: HEAD ${fakes.mirrors["docker.io"]}/v2/library/python/manifests/3.12-slim (Docker-Content-Digest)`);
    expect(fakes.requests.map((r) => `${r.method} ${r.path.split("?")[0]} ${r.authorization ?? "-"}`)).toEqual([
      "HEAD /docker/v2/library/python/manifests/3.12-slim -",
      "GET /token -",
      "HEAD /docker/v2/library/python/manifests/3.12-slim Bearer fake-registry-token:library/python",
    ]);
    expect(fakes.requests[1]?.path).toContain("scope=repository%3Alibrary%2Fpython%3Apull");
    expect(fakes.requests[0]?.accept).toContain("application/vnd.oci.image.index.v1+json");
  });

  it("hashes the manifest's bytes when a registry sends no digest header", async () => {
    const digest = fakes.setManifest("minio/minio:RELEASE.2025-09-07T16-13-09Z", ociIndex("minio"));
    expect((await imageDigest(fetch, "quay.io/minio/minio", "RELEASE.2025-09-07T16-13-09Z", fakes.mirrors)).value).toBe(digest);
    expect(fakes.requests.map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("fails with the URL and status for an unknown tag", async () => {
    await expect(imageDigest(fetch, "python", "2.7-nope", fakes.mirrors)).rejects.toThrow(/HEAD http:\/\/127\.0\.0\.1:\d+\/docker\/v2\/library\/python\/manifests\/2\.7-nope answered 404/);
  });
});
