import { BaselineError } from "../errors.js";
import { newestRelease } from "./newest-release.js";
import { registryJson, type Fetch } from "./registry-fetch.js";

/** Resolved value of a pin, and the exact place it was read from (recorded as the pin's `source`). */
export interface Resolved<T> {
  readonly value: T;
  readonly source: string;
}

/** The fields of PyPI's JSON API (`/pypi/<name>/json`) that we read. */
interface PypiProject {
  readonly info: { readonly version: string };
  readonly releases: Readonly<Record<string, readonly { readonly yanked?: boolean }[]>>;
}

/**
 * The newest release of a PyPI project: `info.version` (PyPI's newest non-pre-release), or within
 * `major`, the newest release of that major with files that are not all yanked.
 * @see https://docs.pypi.org/api/json/
 */
export async function pypiVersion(fetchImpl: Fetch, baseUrl: string, name: string, major?: number): Promise<Resolved<string>> {
  const url = `${baseUrl.replace(/\/+$/, "")}/pypi/${encodeURIComponent(name)}/json`;
  const project = await registryJson<PypiProject>(fetchImpl, url);
  const live = Object.entries(project.releases)
    .filter(([, files]) => files.length > 0 && !files.every((f) => f.yanked))
    .map(([version]) => version);
  const version = major === undefined ? project.info.version : newestRelease(live, major);
  if (!version) throw new BaselineError("IO", `${url} lists no release${major === undefined ? "" : ` of major ${major}`}`);
  return { value: version, source: major === undefined ? `${url} (info.version)` : `${url} (newest ${major}.x release)` };
}

/** The fields of the npm registry's abbreviated package document that we read. */
interface NpmPackument {
  readonly "dist-tags": Readonly<Record<string, string>>;
  readonly versions: Readonly<Record<string, unknown>>;
}

/**
 * The newest release of an npm package: its `latest` dist-tag, or within `major`, the newest release
 * of that major. The abbreviated document (install-v1) is a fraction of the full one's size.
 * @see https://github.com/npm/registry/blob/main/docs/responses/package-metadata.md
 */
export async function npmVersion(fetchImpl: Fetch, baseUrl: string, name: string, major?: number): Promise<Resolved<string>> {
  // Scoped names keep their `@` and escape the slash: `@scope%2fname`.
  const url = `${baseUrl.replace(/\/+$/, "")}/${name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
  const doc = await registryJson<NpmPackument>(fetchImpl, url, { accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8" });
  const version = major === undefined ? doc["dist-tags"]["latest"] : newestRelease(Object.keys(doc.versions), major);
  if (!version) throw new BaselineError("IO", `${url} lists no release${major === undefined ? " tagged latest" : ` of major ${major}`}`);
  return { value: version, source: major === undefined ? `${url} (dist-tags.latest)` : `${url} (newest ${major}.x release)` };
}
