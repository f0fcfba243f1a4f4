import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { blobSha } from "./git-objects.js";
import { makeTestClient, statusOf } from "./make-test-client.js";
import { startGitHubServer, type GitHubServer } from "./start-github-server.js";

let server: GitHubServer;
let octokit: ReturnType<typeof makeTestClient>;
let repoCount = 0;

beforeAll(async () => {
  server = await startGitHubServer();
  octokit = makeTestClient(server.url);
});
afterAll(() => server.close());
afterEach(() => {
  const seen = [...server.violations];
  server.clearViolations();
  expect(seen).toEqual([]);
});

function newRepo(
  files: Record<string, string | { content: string; mode: "100644" | "100755" }> = { "README.md": "# hi\n" },
) {
  const name = `repo-${++repoCount}`;
  const state = server.addRepo({ owner: "acme", name, files });
  return { repo: { owner: "acme", repo: name }, state };
}

describe("git data routes", () => {
  it("round-trips createTree (base_tree, inline content, delete) + createCommit + updateRef", async () => {
    const { repo, state } = newRepo({
      "README.md": "# hi\n",
      "src/app.py": "print('hi')\n",
      "src/old.py": "old\n",
      "scripts/run.sh": { content: "#!/bin/sh\n", mode: "100755" },
    });
    const head = await octokit.git.getRef({ ...repo, ref: "heads/main" });
    const base = await octokit.git.getTree({
      ...repo,
      tree_sha: head.data.object.sha,
      recursive: "1",
    });
    expect(base.data.tree.find((entry) => entry.path === "src/app.py")?.sha).toBe(blobSha("print('hi')\n"));
    expect(base.data.tree.find((entry) => entry.path === "scripts/run.sh")?.mode).toBe("100755");

    const tree = await octokit.git.createTree({
      ...repo,
      base_tree: base.data.sha,
      tree: [
        { path: "src/old.py", mode: "100644", type: "blob", sha: null },
        {
          path: ".github/workflows/ci.yml",
          mode: "100644",
          type: "blob",
          content: "on: push\n",
        },
        {
          path: "deploy.sh",
          mode: "100755",
          type: "blob",
          content: "#!/bin/sh\nexit 0\n",
        },
      ],
    });
    expect(tree.status).toBe(201);
    const commit = await octokit.git.createCommit({
      ...repo,
      message: "Apply baseline",
      tree: tree.data.sha,
      parents: [head.data.object.sha],
    });
    expect(commit.data.parents.map((parent) => parent.sha)).toEqual([head.data.object.sha]);
    const updated = await octokit.git.updateRef({
      ...repo,
      ref: "heads/main",
      sha: commit.data.sha,
    });
    expect(updated.data.object.sha).toBe(commit.data.sha);

    const after = await octokit.git.getTree({
      ...repo,
      tree_sha: "main",
      recursive: "true",
    });
    const listed = Object.fromEntries(after.data.tree.map((entry) => [entry.path, `${entry.mode} ${entry.sha}`]));
    expect(listed[".github/workflows/ci.yml"]).toBe(`100644 ${blobSha("on: push\n")}`);
    expect(listed["deploy.sh"]).toBe(`100755 ${blobSha("#!/bin/sh\nexit 0\n")}`);
    expect(listed["src/old.py"]).toBeUndefined();
    expect(listed["src/app.py"]).toBe(`100644 ${blobSha("print('hi')\n")}`);
    expect(state.file(".github/workflows/ci.yml")).toBe("on: push\n");
    expect(state.commits()[0]!.message).toBe("Apply baseline");

    const read = await octokit.git.getCommit({
      ...repo,
      commit_sha: commit.data.sha,
    });
    expect(read.data.tree.sha).toBe(tree.data.sha);
  });

  it("creates a ref once and answers 422 'Reference already exists' for a duplicate", async () => {
    const { repo, state } = newRepo();
    const sha = state.branchSha("main")!;
    const ref = "refs/heads/devops-baseline/resync";
    const created = await octokit.git.createRef({ ...repo, ref, sha });
    expect(created.data.ref).toBe(ref);
    const duplicate = await statusOf(octokit.git.createRef({ ...repo, ref, sha }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain("Reference already exists");
    const read = await octokit.git.getRef({
      ...repo,
      ref: "heads/devops-baseline/resync",
    });
    expect(read.data.object.sha).toBe(sha);
    const matching = await octokit.git.listMatchingRefs({
      ...repo,
      ref: "heads/devops-baseline/",
    });
    expect(matching.data.map((entry) => entry.ref)).toEqual([ref]);
  });

  it("refuses a non-fast-forward ref update unless force is set", async () => {
    const { repo, state } = newRepo();
    const first = state.branchSha("main")!;
    const second = state.push({ files: { "b.txt": "b\n" } });
    const rewind = await statusOf(octokit.git.updateRef({ ...repo, ref: "heads/main", sha: first }));
    expect(rewind.status).toBe(422);
    expect(rewind.message).toContain("Update is not a fast forward");
    expect(state.branchSha("main")).toBe(second);
    await octokit.git.updateRef({
      ...repo,
      ref: "heads/main",
      sha: first,
      force: true,
    });
    expect(state.branchSha("main")).toBe(first);
  });

  it("deletes refs and answers 404/422 for missing ones", async () => {
    const { repo, state } = newRepo();
    await octokit.git.createRef({
      ...repo,
      ref: "refs/heads/topic",
      sha: state.branchSha("main")!,
    });
    expect((await octokit.git.deleteRef({ ...repo, ref: "heads/topic" })).status).toBe(204);
    expect((await statusOf(octokit.git.getRef({ ...repo, ref: "heads/topic" }))).status).toBe(404);
    expect((await statusOf(octokit.git.deleteRef({ ...repo, ref: "heads/topic" }))).status).toBe(422);
  });

  it("stores blobs for binary content and reads them back", async () => {
    const { repo } = newRepo();
    const bytes = Buffer.from([0, 159, 146, 150, 255]);
    const blob = await octokit.git.createBlob({
      ...repo,
      content: bytes.toString("base64"),
      encoding: "base64",
    });
    expect(blob.data.sha).toBe(blobSha(bytes));
    const read = await octokit.git.getBlob({
      ...repo,
      file_sha: blob.data.sha,
    });
    expect(Buffer.from(read.data.content, "base64")).toEqual(bytes);
  });

  it("rejects tree entries pointing at unknown objects, and bad parents", async () => {
    const { repo } = newRepo();
    const missing = "0".repeat(40);
    const tree = await statusOf(
      octokit.git.createTree({
        ...repo,
        tree: [{ path: "x", mode: "100644", type: "blob", sha: missing }],
      }),
    );
    expect(tree.status).toBe(422);
    const valid = await octokit.git.createTree({
      ...repo,
      tree: [{ path: "x", mode: "100644", type: "blob", content: "x" }],
    });
    const commit = await statusOf(
      octokit.git.createCommit({
        ...repo,
        message: "m",
        tree: valid.data.sha,
        parents: [missing],
      }),
    );
    expect(commit.status).toBe(422);
  });

  it("rejects malformed tree paths (leading slash, empty, dot segments)", async () => {
    const { repo } = newRepo();
    for (const path of ["/abs.txt", "a//b.txt", "a/../b.txt", "a/./b.txt", "trailing/"]) {
      const failure = await statusOf(
        octokit.git.createTree({ ...repo, tree: [{ path, mode: "100644", type: "blob", content: "x" }] }),
      );
      expect([path, failure.status]).toEqual([path, 422]);
    }
  });

  it("answers 409 for git data of an empty repository and 404 for an unknown one", async () => {
    server.addRepo({ owner: "acme", name: "blank", empty: true });
    const empty = await statusOf(octokit.git.getRef({ owner: "acme", repo: "blank", ref: "heads/main" }));
    expect(empty.status).toBe(409);
    const tree = await statusOf(octokit.git.getTree({ owner: "acme", repo: "blank", tree_sha: "main" }));
    expect(tree.status).toBe(409);
    const unknown = await statusOf(
      octokit.git.getRef({
        owner: "acme",
        repo: "nothing-here",
        ref: "heads/main",
      }),
    );
    expect(unknown.status).toBe(404);
  });

  it("refuses writes to an archived repository with 403", async () => {
    const { repo, state } = newRepo();
    state.archived = true;
    const write = await statusOf(
      octokit.git.createRef({
        ...repo,
        ref: "refs/heads/x",
        sha: state.branchSha("main")!,
      }),
    );
    expect(write.status).toBe(403);
  });
});
