import { createHash } from "node:crypto";
import { BaselineError } from "../errors.js";
import { registryJson, registryRequest, type Fetch } from "./registry-fetch.js";
import type { Resolved } from "./tool-registries.js";

const DOCKER_HUB = "docker.io";

/**
 * What we pin is the multi-arch index, so index types come first; a single-platform image answers
 * with its manifest. Without these Accept types a registry may down-convert to a schema-1 manifest.
 * @see https://distribution.github.io/distribution/spec/api/#pulling-an-image-manifest
 */
const MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Registry host and repository of an image name: `python` → docker.io `library/python`. */
export function imageLocation(image: string): { host: string; repository: string } {
  const [first = "", ...rest] = image.split("/");
  // A first component with a dot or a port, or `localhost`, is a registry host (the Docker CLI's rule).
  if (rest.length > 0 && (first.includes(".") || first.includes(":") || first === "localhost")) return { host: first, repository: rest.join("/") };
  return { host: DOCKER_HUB, repository: rest.length === 0 ? `library/${image}` : image };
}

/** The registry API root for a host, or the mirror given for it (tests point hosts at a local fake). */
function registryBase(host: string, mirrors: Readonly<Record<string, string>>): string {
  const mirror = mirrors[host];
  if (mirror) return mirror.replace(/\/+$/, "");
  return host === DOCKER_HUB ? "https://registry-1.docker.io" : `https://${host}`;
}

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
export function parseBearerChallenge(header: string): Record<string, string> | undefined {
  if (!/^bearer\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const m of header.slice(7).matchAll(/(\w+)="([^"]*)"/g)) params[m[1]!.toLowerCase()] = m[2]!;
  return params["realm"] ? params : undefined;
}

/** An anonymous pull token from the realm the registry's 401 named (Docker Hub, GHCR and quay.io all issue one). */
async function pullToken(fetchImpl: Fetch, challenge: Record<string, string>, repository: string): Promise<string> {
  const url = new URL(challenge["realm"]!);
  if (challenge["service"]) url.searchParams.set("service", challenge["service"]);
  url.searchParams.set("scope", challenge["scope"] ?? `repository:${repository}:pull`);
  const answer = await registryJson<{ token?: string; access_token?: string }>(fetchImpl, url.href);
  const token = answer.token ?? answer.access_token;
  if (!token) throw new BaselineError("IO", `${url.origin}${url.pathname} issued no token`);
  return token;
}

/**
 * The digest a registry serves for `image:tag` now, through the Registry HTTP API v2: HEAD the
 * manifest (Docker Hub does not count HEADs against its pull limit) and read `Docker-Content-Digest`;
 * on a 401, fetch the token its `WWW-Authenticate` challenge names and ask again. A registry that
 * sends no digest header gets a GET, and the digest is the SHA-256 of the manifest's bytes.
 */
export async function imageDigest(fetchImpl: Fetch, image: string, tag: string, mirrors: Readonly<Record<string, string>> = {}): Promise<Resolved<string>> {
  const { host, repository } = imageLocation(image);
  const url = `${registryBase(host, mirrors)}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
  const ask = (method: string, token?: string) =>
    registryRequest(fetchImpl, url, { method, headers: { accept: MANIFEST_TYPES, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  let token: string | undefined;
  let response = await ask("HEAD");
  if (response.status === 401) {
    const challenge = parseBearerChallenge(response.headers.get("www-authenticate") ?? "");
    if (!challenge) throw new BaselineError("IO", `HEAD ${url} answered 401 without a Bearer challenge`);
    token = await pullToken(fetchImpl, challenge, repository);
    response = await ask("HEAD", token);
  }
  if (!response.ok) throw new BaselineError("IO", `HEAD ${url} answered ${response.status}`);
  let digest = response.headers.get("docker-content-digest") ?? undefined;
  if (!digest) {
    const body = await ask("GET", token);
    if (!body.ok) throw new BaselineError("IO", `GET ${url} answered ${body.status}`);
    digest = `sha256:${createHash("sha256").update(Buffer.from(await body.arrayBuffer())).digest("hex")}`;
  }
  if (!DIGEST.test(digest)) throw new BaselineError("IO", `${url} answered "${digest}", not a sha256 digest`);
  return { value: digest, source: `registry manifest API: HEAD ${url} (Docker-Content-Digest)` };
}
