import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobSha, startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { createGitHubClient, type GitHub } from "../../src/github/client.js";
import { BlobReader } from "../../src/github/read-repo.js";
import { createRedactor } from "../../src/github/redact.js";

const CONTENT = "FROM python:3.12-slim\n";

describe("BlobReader against the local GitHub", () => {
  let server: GitHubServer;
  let github: GitHub;
  const blobDownloads = () => server.counts.byRoute["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"] ?? 0;

  beforeAll(async () => {
    server = await startGitHubServer({ validate: true });
    for (const name of ["one", "two", "three"]) server.addRepo({ owner: "acme", name, files: { Dockerfile: CONTENT } });
    github = createGitHubClient({ auth: { token: "ghp_blobTOKENabcdefghijklmnopqrstuvwxyz1234" }, baseUrl: server.url, pacing: "off", redactor: createRedactor() });
  });

  afterAll(() => server.close());

  it("downloads a blob asked for by several repositories at once only once, and serves it from memory after", async () => {
    const blobs = new BlobReader();
    const counted: string[] = [];
    const sha = blobSha(CONTENT);
    server.resetCounts();
    const texts = await Promise.all(["one", "two", "three"].map((name) => blobs.read(github, { owner: "acme", name }, sha, () => counted.push(name))));
    expect(texts).toEqual([CONTENT, CONTENT, CONTENT]);
    expect(counted).toEqual(["one"]);
    expect(await blobs.read(github, { owner: "acme", name: "three" }, sha, () => counted.push("again"))).toBe(CONTENT);
    expect(counted).toEqual(["one"]);
    expect(blobDownloads()).toBe(1);
  });

  it("lets a repository that waited on a failed download read the blob itself", async () => {
    const blobs = new BlobReader();
    const sha = blobSha(CONTENT);
    const counted: string[] = [];
    // The first asks a repository that does not exist (as an identity that cannot see it would): it fails, the second still reads.
    const [missing, found] = await Promise.allSettled([
      blobs.read(github, { owner: "acme", name: "gone" }, sha, () => counted.push("gone")),
      blobs.read(github, { owner: "acme", name: "two" }, sha, () => counted.push("two")),
    ]);
    expect(missing.status).toBe("rejected");
    expect(found).toEqual({ status: "fulfilled", value: CONTENT });
    expect(counted).toEqual(["gone", "two"]);
  });
});
