import { badInput } from "../errors.js";
import type { GitHub } from "../github/client.js";
import { releaseTagCommit } from "./action-tags.js";
import { imageDigest } from "./image-digest.js";
import type { ToolPinEntry } from "./pin-types.js";
import type { Fetch } from "./registry-fetch.js";
import { npmVersion, pypiVersion, type Resolved } from "./tool-registries.js";
import type { Resolvers } from "./update-pins.js";

const DEFAULT_PYPI_URL = "https://pypi.org";
const DEFAULT_NPM_URL = "https://registry.npmjs.org";

export interface RegistryEndpoints {
  /** Octokit for action tags and GitHub-released tools; undefined when no token was given. */
  readonly github?: GitHub;
  readonly pypiUrl?: string;
  readonly npmUrl?: string;
  /** Registry host (`docker.io`, `quay.io`) → API root to use instead. */
  readonly registryMirrors?: Readonly<Record<string, string>>;
  readonly fetch?: Fetch;
}


/** The real lookups: GitHub's REST API, the Registry HTTP API v2, PyPI's and npm's JSON APIs. */
export function registryResolvers(endpoints: RegistryEndpoints): Resolvers {
  const fetchImpl = endpoints.fetch ?? globalThis.fetch;
  const github = (repository: string): GitHub => {
    if (!endpoints.github) throw badInput(`reading github.com/${repository}'s tags needs a GitHub token: set GITHUB_TOKEN (or --token-env NAME)`);
    return endpoints.github;
  };
  const toolVersion = async (tool: ToolPinEntry): Promise<Resolved<string>> => {
    switch (tool.registry) {
      case "pypi":
        return pypiVersion(fetchImpl, endpoints.pypiUrl ?? DEFAULT_PYPI_URL, tool.package, tool.major);
      case "npm":
        return npmVersion(fetchImpl, endpoints.npmUrl ?? DEFAULT_NPM_URL, tool.package, tool.major);
      case "github": {
        // Tools released on GitHub (k6) are installed by version number, without the tag's `v`.
        const found = await releaseTagCommit(github(tool.package), tool.package, tool.major);
        return { value: found.value.version.replace(/^v/, ""), source: found.source };
      }
    }
  };
  return {
    actionTag: (repository, major) => releaseTagCommit(github(repository), repository, major),
    imageDigest: (image, tag) => imageDigest(fetchImpl, image, tag, endpoints.registryMirrors),
    toolVersion,
  };
}
