import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local stand-ins for the registries `pins --update` reads, over real HTTP, answering as the real
 * ones do: Docker Hub's Registry API v2 (401 + Bearer challenge, anonymous token from the realm,
 * HEAD manifest with Docker-Content-Digest), a registry that sends no digest header, PyPI's JSON API
 * and the npm registry. PyPI and npm answers are trimmed copies of real ones (test/fixtures/registries).
 */
export interface FakeRegistries {
  readonly url: string;
  /** `--registry-mirror` values: docker.io needs a token, quay.io answers anonymously and without digest header. */
  readonly mirrors: { readonly "docker.io": string; readonly "quay.io": string };
  readonly pypiUrl: string;
  readonly npmUrl: string;
  /** Every request: method, path with query, and the headers that matter. */
  readonly requests: { method: string; path: string; authorization?: string; accept?: string }[];
  /** Serve `repository:tag` (e.g. `library/python:3.12-slim`) with this manifest; returns its digest. */
  setManifest(repositoryAndTag: string, manifest: unknown): string;
  close(): Promise<void>;
}

const FIXTURES = new URL("../fixtures/registries/", import.meta.url);
export const PYPI_MYPY = JSON.parse(readFileSync(new URL("pypi-mypy.json", FIXTURES), "utf8")) as { info: { version: string }; releases: Record<string, { yanked: boolean }[]> };
export const NPM_PNPM = JSON.parse(readFileSync(new URL("npm-pnpm.json", FIXTURES), "utf8")) as { "dist-tags": { latest: string } };

const INDEX_TYPE = "application/vnd.oci.image.index.v1+json";
const TOKEN = "fake-registry-token";

/** An OCI image index as Docker Hub serves one, naming one manifest per platform. */
export function ociIndex(seed: string): unknown {
  const digest = (s: string) => `sha256:${createHash("sha256").update(s).digest("hex")}`;
  return {
    schemaVersion: 2,
    mediaType: INDEX_TYPE,
    manifests: ["amd64", "arm64"].map((architecture) => ({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: digest(`${seed}/${architecture}`),
      size: 1234,
      platform: { architecture, os: "linux" },
    })),
  };
}

export async function startFakeRegistries(packages: { pypi?: Record<string, unknown>; npm?: Record<string, unknown> } = {}): Promise<FakeRegistries> {
  const manifests = new Map<string, Buffer>();
  const pypi = packages.pypi ?? { mypy: PYPI_MYPY };
  const npm = packages.npm ?? { pnpm: NPM_PNPM };
  const requests: FakeRegistries["requests"] = [];
  let base = "";

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const bytes = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { "content-type": "application/json", "content-length": String(bytes.length), ...headers }).end(bytes);
  };

  const registry = (req: IncomingMessage, res: ServerResponse, path: string, authenticated: boolean) => {
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (!m) return json(res, 404, { errors: [{ code: "NAME_UNKNOWN", message: "repository name not known to registry" }] });
    const [, repository, tag] = m as unknown as [string, string, string];
    if (authenticated && req.headers.authorization !== `Bearer ${TOKEN}:${repository}`) {
      return json(res, 401, { errors: [{ code: "UNAUTHORIZED", message: "authentication required", detail: [{ Type: "repository", Name: repository, Action: "pull" }] }] }, {
        "www-authenticate": `Bearer realm="${base}/token",service="registry.docker.io",scope="repository:${repository}:pull"`,
      });
    }
    const manifest = manifests.get(`${repository}:${decodeURIComponent(tag)}`);
    if (!manifest) return json(res, 404, { errors: [{ code: "MANIFEST_UNKNOWN", message: "manifest unknown", detail: { Tag: tag } }] });
    // Without the index type in Accept, a registry does not hand out the index (and its digest).
    if (!(req.headers.accept ?? "").includes(INDEX_TYPE)) return json(res, 404, { errors: [{ code: "MANIFEST_UNKNOWN", message: "OCI index found, but accept header does not support OCI indexes" }] });
    const digest = `sha256:${createHash("sha256").update(manifest).digest("hex")}`;
    res.writeHead(200, {
      "content-type": INDEX_TYPE,
      "content-length": String(manifest.length),
      "docker-distribution-api-version": "registry/2.0",
      etag: `"${digest}"`,
      ...(authenticated ? { "docker-content-digest": digest } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : manifest);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    requests.push({ method: req.method ?? "GET", path: `${url.pathname}${url.search}`, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), ...(req.headers.accept ? { accept: req.headers.accept } : {}) });
    const path = url.pathname;
    if (path === "/token") {
      const scope = /^repository:(.+):pull$/.exec(url.searchParams.get("scope") ?? "")?.[1];
      if (url.searchParams.get("service") !== "registry.docker.io" || !scope) return json(res, 400, { details: "invalid scope or service" });
      const token = `${TOKEN}:${scope}`;
      return json(res, 200, { token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() });
    }
    if (path.startsWith("/docker/")) return registry(req, res, path.slice("/docker".length), true);
    if (path.startsWith("/quay/")) return registry(req, res, path.slice("/quay".length), false);
    const project = /^\/pypi\/pypi\/([^/]+)\/json$/.exec(path)?.[1];
    if (project !== undefined) {
      const doc = pypi[decodeURIComponent(project)];
      return doc ? json(res, 200, doc) : json(res, 404, { message: "Not Found" });
    }
    if (path.startsWith("/npm/")) {
      const doc = npm[decodeURIComponent(path.slice("/npm/".length))];
      return doc ? json(res, 200, doc, { "content-type": "application/vnd.npm.install-v1+json" }) : json(res, 404, { error: "Not found" });
    }
    return json(res, 404, { message: "no such fake" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    mirrors: { "docker.io": `${base}/docker`, "quay.io": `${base}/quay` },
    pypiUrl: `${base}/pypi`,
    npmUrl: `${base}/npm`,
    requests,
    setManifest(repositoryAndTag, manifest) {
      const bytes = Buffer.from(JSON.stringify(manifest, null, 3));
      manifests.set(repositoryAndTag, bytes);
      return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
