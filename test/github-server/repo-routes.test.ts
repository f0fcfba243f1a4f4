import { generateKeyPairSync } from "node:crypto";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeTestClient, statusOf } from "./make-test-client.js";
import { startGitHubServer, type GitHubServer } from "./start-github-server.js";

let server: GitHubServer;
let octokit: ReturnType<typeof makeTestClient>;

beforeAll(async () => {
  server = await startGitHubServer();
  octokit = makeTestClient(server.url);
  for (let i = 1; i <= 7; i++) {
    const name = `svc-${String(i).padStart(2, "0")}`;
    server.addRepo({
      owner: "fleet",
      name,
      files: { "README.md": `# ${name}\n` },
      topics: i % 2 === 0 ? ["python"] : [],
    });
  }
  server.addRepo({
    owner: "fleet",
    name: "old",
    archived: true,
    files: { "a.txt": "a\n" },
  });
  server.addRepo({
    owner: "fleet",
    name: "copy",
    fork: true,
    files: { "a.txt": "a\n" },
  });
  server.addRepo({
    owner: "fleet",
    name: "fresh",
    empty: true,
    defaultBranch: "trunk",
    private: true,
  });
  server.addRepo({ owner: "octo-dev", ownerType: "User", name: "dotfiles", files: { ".bashrc": "set -e\n" } });
  server.addRepo({
    owner: "octo-dev",
    ownerType: "User",
    name: "api-go",
    language: "Go",
    files: { "go.mod": "module x\n" },
  });
  server.addRepo({
    owner: "docs",
    name: "site",
    files: {
      "README.md": "# site\n",
      "docs/a.md": "a\n",
      "docs/b.md": "b\n",
      "run.sh": { content: "#!/bin/sh\n", mode: "100755" },
    },
  });
});
afterAll(() => server.close());
afterEach(() => {
  const seen = [...server.violations];
  server.clearViolations();
  expect(seen).toEqual([]);
});

describe("repository routes", () => {
  it("describes a repository: default branch, archived, fork, topics", async () => {
    const archived = await octokit.repos.get({ owner: "fleet", repo: "old" });
    expect([archived.data.archived, archived.data.fork, archived.data.default_branch]).toEqual([true, false, "main"]);
    const fork = await octokit.repos.get({ owner: "fleet", repo: "copy" });
    expect(fork.data.fork).toBe(true);
    const fresh = await octokit.repos.get({ owner: "fleet", repo: "fresh" });
    expect([fresh.data.default_branch, fresh.data.size, fresh.data.private]).toEqual(["trunk", 0, true]);
    const topics = await octokit.repos.get({ owner: "fleet", repo: "svc-02" });
    expect(topics.data.topics).toEqual(["python"]);
    expect((await statusOf(octokit.repos.get({ owner: "fleet", repo: "missing" }))).status).toBe(404);
  });

  it("paginates org repositories across 3 pages with Link headers", async () => {
    const first = await octokit.repos.listForOrg({
      org: "fleet",
      per_page: 4,
      sort: "full_name",
    });
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('rel="last"');
    const pages: string[][] = [];
    for await (const page of octokit.paginate.iterator(octokit.repos.listForOrg, {
      org: "fleet",
      per_page: 4,
      sort: "full_name",
    })) {
      pages.push(page.data.map((repo) => repo.name));
    }
    expect(pages).toEqual([
      ["copy", "fresh", "old", "svc-01"],
      ["svc-02", "svc-03", "svc-04", "svc-05"],
      ["svc-06", "svc-07"],
    ]);
    expect((await statusOf(octokit.repos.listForOrg({ org: "nobody" }))).status).toBe(404);
  });

  it("searches repositories by org, topic, archived and fork qualifiers, paginated", async () => {
    const python = await octokit.search.repos({ q: "org:fleet topic:python" });
    expect(python.data.items.map((repo) => repo.name)).toEqual(["svc-02", "svc-04", "svc-06"]);
    const all = await octokit.paginate(octokit.search.repos, {
      q: "org:fleet archived:false",
      per_page: 3,
    });
    expect(all.map((repo) => repo.name)).toEqual(["fresh", ...[1, 2, 3, 4, 5, 6, 7].map((i) => `svc-0${i}`)]);
    const forks = await octokit.search.repos({ q: "org:fleet fork:only" });
    expect(forks.data.items.map((repo) => repo.name)).toEqual(["copy"]);
    expect(python.headers["x-ratelimit-resource"]).toBe("search");
    const go = await octokit.search.repos({ q: "user:octo-dev language:go" });
    expect(go.data.items.map((repo) => repo.name)).toEqual(["api-go"]);
    const notGo = await octokit.search.repos({ q: "user:octo-dev -language:go" });
    expect(notGo.data.items.map((repo) => repo.name)).toEqual(["dotfiles"]);
  });

  it("records search qualifiers it cannot honour instead of silently ignoring them", async () => {
    await octokit.search.repos({ q: "org:fleet stars:>10" });
    const seen = server.violations.map((violation) => [violation.kind, violation.message]);
    server.clearViolations();
    expect(seen).toEqual([["unsupported", "search qualifier stars:>10 is not supported by the local GitHub"]]);
  });

  it("reads a file (base64) and a directory through contents", async () => {
    const file = await octokit.repos.getContent({
      owner: "docs",
      repo: "site",
      path: "docs/a.md",
    });
    expect(Array.isArray(file.data)).toBe(false);
    const data = file.data as {
      content: string;
      encoding: string;
      sha: string;
    };
    expect(Buffer.from(data.content, "base64").toString("utf8")).toBe("a\n");
    const root = await octokit.repos.getContent({ owner: "docs", repo: "site", path: "" });
    expect((root.data as { path: string; type: string }[]).map((entry) => `${entry.type} ${entry.path}`)).toEqual([
      "file README.md",
      "dir docs",
      "file run.sh",
    ]);
    const dir = await octokit.repos.getContent({
      owner: "docs",
      repo: "site",
      path: "docs",
    });
    expect((dir.data as { name: string }[]).map((entry) => entry.name)).toEqual(["a.md", "b.md"]);
    expect(
      (
        await statusOf(
          octokit.repos.getContent({
            owner: "docs",
            repo: "site",
            path: "nope.txt",
          }),
        )
      ).status,
    ).toBe(404);
  });

  it("lists branches and reads the recursive tree by branch name", async () => {
    server.repo("docs", "site").push({ branch: "feature", files: { "c.md": "c\n" } });
    const branches = await octokit.repos.listBranches({
      owner: "docs",
      repo: "site",
    });
    expect(branches.data.map((branch) => branch.name)).toEqual(["feature", "main"]);
    const tree = await octokit.git.getTree({
      owner: "docs",
      repo: "site",
      tree_sha: "main",
      recursive: "1",
    });
    expect(tree.data.tree.map((entry) => `${entry.type} ${entry.path}`)).toEqual([
      "blob README.md",
      "tree docs",
      "blob docs/a.md",
      "blob docs/b.md",
      "blob run.sh",
    ]);
  });

  it("sends rate-limit headers on every response and a free 304 for a matching ETag", async () => {
    const first = await octokit.repos.get({ owner: "docs", repo: "site" });
    for (const header of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-used"]) {
      expect(first.headers[header]).toMatch(/^\d+$/);
    }
    const used = Number(first.headers["x-ratelimit-used"]);
    const again = await statusOf(
      octokit.repos.get({
        owner: "docs",
        repo: "site",
        headers: { "if-none-match": first.headers.etag! },
      }),
    );
    expect(again.status).toBe(304);
    expect(Number(again.headers["x-ratelimit-used"])).toBe(used);
    // Weak comparison, as GitHub: the strong form of the tag and a list holding it match too.
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    for (const header of [etag.slice(2), `"other", ${etag}`, "*"]) {
      const answer = await statusOf(octokit.repos.get({ owner: "docs", repo: "site", headers: { "if-none-match": header } }));
      expect(answer.status).toBe(304);
      expect(answer.headers.etag).toBe(etag);
    }
    // ETags are per token, as on GitHub: another token's request gets the full answer.
    const otherToken = makeTestClient(server.url, "another-token");
    expect((await otherToken.repos.get({ owner: "docs", repo: "site", headers: { "if-none-match": etag } })).status).toBe(200);
    // Four 304s spent nothing: the next full answer is the third counted request.
    const changed = await octokit.repos.get({ owner: "docs", repo: "site", headers: { "if-none-match": 'W/"other"' } });
    expect(Number(changed.headers["x-ratelimit-used"])).toBe(used + 2);
    const notFound = await statusOf(octokit.repos.get({ owner: "docs", repo: "gone" }));
    expect(notFound.headers["x-ratelimit-remaining"]).toMatch(/^\d+$/);
  });

  it("serves GitHub App installation lookups and tokens scoped to the installation", async () => {
    const installation = await octokit.apps.getOrgInstallation({ org: "docs" });
    const token = await octokit.apps.createInstallationAccessToken({
      installation_id: installation.data.id,
    });
    expect(token.data.token).toMatch(/^ghs_/);
    const scoped = makeTestClient(server.url, token.data.token);
    const repos = await scoped.apps.listReposAccessibleToInstallation();
    expect(repos.data.repositories.map((repo) => repo.full_name)).toEqual(["docs/site"]);
    expect((await statusOf(octokit.apps.getOrgInstallation({ org: "nobody" }))).status).toBe(404);
    const viaRepo = await octokit.apps.getRepoInstallation({
      owner: "fleet",
      repo: "svc-01",
    });
    expect(viaRepo.data.account).toMatchObject({ login: "fleet" });
  });

  it("works with @octokit/auth-app: JWT for the lookup, then an installation token", async () => {
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    const app = new Octokit({ baseUrl: server.url, log, authStrategy: createAppAuth, auth: { appId: 1, privateKey } });
    const installation = await app.apps.getOrgInstallation({ org: "docs" });
    const auth = { appId: 1, privateKey, installationId: installation.data.id };
    const client = new Octokit({ baseUrl: server.url, log, authStrategy: createAppAuth, auth });
    const listed = await client.apps.listReposAccessibleToInstallation();
    expect(listed.data.repositories.map((repo) => repo.full_name)).toEqual(["docs/site"]);
    expect(server.counts.byRoute["POST /app/installations/{installation_id}/access_tokens"]).toBeGreaterThanOrEqual(1);
  });

  it("tells users from organisations: /orgs answers 404 for a user, /users serves them", async () => {
    expect((await statusOf(octokit.apps.getOrgInstallation({ org: "octo-dev" }))).status).toBe(404);
    expect((await statusOf(octokit.repos.listForOrg({ org: "octo-dev" }))).status).toBe(404);
    const installation = await octokit.apps.getUserInstallation({ username: "octo-dev" });
    expect(installation.data.target_type).toBe("User");
    const repos = await octokit.repos.listForUser({ username: "octo-dev" });
    expect(repos.data.map((repo) => [repo.full_name, repo.owner.type])).toEqual([
      ["octo-dev/api-go", "User"],
      ["octo-dev/dotfiles", "User"],
    ]);
  });
});
