import { gzipSync } from "node:zlib";
import { badInput } from "../errors.js";
import { createGitHubClient } from "../github/client.js";
import { gitHubError } from "../github/errors.js";
import { createRedactor } from "../github/redact.js";

/** Where the SARIF belongs: the repository, commit and ref of the workflow run, as the runner sets them. */
export interface SarifTarget {
  readonly owner: string;
  readonly repo: string;
  readonly commitSha: string;
  readonly ref: string;
  readonly apiUrl: string;
  /** The checkout's folder, so code scanning maps SARIF paths onto the repository. */
  readonly checkoutUri?: string;
}

export function sarifTarget(env: NodeJS.ProcessEnv): SarifTarget {
  const missing = ["GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_REF"].filter((name) => !env[name]);
  if (missing.length > 0) throw badInput(`uploading SARIF needs ${missing.join(", ")} (set by the runner in a workflow); set upload-sarif: false outside one`);
  const [owner, repo] = env.GITHUB_REPOSITORY!.split("/");
  return {
    owner: owner!,
    repo: repo!,
    commitSha: env.GITHUB_SHA!,
    ref: env.GITHUB_REF!,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...(env.GITHUB_WORKSPACE ? { checkoutUri: `file://${env.GITHUB_WORKSPACE}` } : {}),
  };
}

/**
 * Uploads a SARIF report to code scanning: the request github/codeql-action/upload-sarif makes
 * (`POST /repos/{owner}/{repo}/code-scanning/sarifs`, gzip then base64). Made here because a
 * JavaScript action cannot call another action; the token needs `security-events: write`.
 */
export async function uploadSarif(target: SarifTarget, token: string, sarif: string, toolName: string): Promise<{ id: string; url: string }> {
  const redactor = createRedactor();
  const github = createGitHubClient({ auth: { token }, baseUrl: target.apiUrl, redactor });
  try {
    const { data } = await github.rest.codeScanning.uploadSarif({
      owner: target.owner,
      repo: target.repo,
      commit_sha: target.commitSha,
      ref: target.ref,
      sarif: gzipSync(sarif).toString("base64"),
      tool_name: toolName,
      ...(target.checkoutUri ? { checkout_uri: target.checkoutUri } : {}),
    });
    return { id: data.id ?? "", url: data.url ?? "" };
  } catch (error) {
    throw gitHubError(error, `uploading SARIF to ${target.owner}/${target.repo} (the token needs security-events: write)`, redactor);
  }
}
