import { gunzipSync } from "node:zlib";
import { repoOf, unprocessable, type HandlerContext, type Route } from "./route-types.js";

/** A SARIF upload as code scanning received it, decoded. */
export interface SarifUpload {
  readonly id: string;
  readonly commitSha: string;
  readonly ref: string;
  readonly toolName: string | undefined;
  readonly checkoutUri: string | undefined;
  /** The SARIF document, gunzipped and parsed. */
  readonly sarif: unknown;
}

/** GitHub takes the SARIF gzip-compressed and base64-encoded, and answers 202 while it processes it. */
function uploadSarif(ctx: HandlerContext) {
  const repo = repoOf(ctx);
  const body = ctx.body as { commit_sha: string; ref: string; sarif: string; tool_name?: string; checkout_uri?: string };
  if (!repo.commitAt(body.commit_sha)) throw unprocessable(`No commit found for SHA: ${body.commit_sha}`);
  let sarif: unknown;
  try {
    sarif = JSON.parse(gunzipSync(Buffer.from(body.sarif, "base64")).toString("utf8"));
  } catch {
    throw unprocessable("Invalid SARIF: the sarif field must be a gzip-compressed, base64-encoded SARIF document");
  }
  const id = `sarif-${ctx.world.nextId()}`;
  repo.sarifs.push({ id, commitSha: body.commit_sha, ref: body.ref, toolName: body.tool_name, checkoutUri: body.checkout_uri, sarif });
  return { status: 202, body: { id, url: `${ctx.world.urls.api}/repos/${repo.owner}/${repo.name}/code-scanning/sarifs/${id}` } };
}

export const codeScanningRoutes: readonly Route[] = [{ method: "POST", path: "/repos/{owner}/{repo}/code-scanning/sarifs", handler: uploadSarif }];
