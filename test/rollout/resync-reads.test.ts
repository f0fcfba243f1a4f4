import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRepos } from "../../bench/rollout-seed.js";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import { connect } from "../../src/rollout/github-flags.js";
import { resyncOne } from "../../src/rollout/resync-one.js";
import { TOKEN } from "./harness.js";

/** `resync --apply` of a repository already on the baseline: the reads that decide it, and no write. */
describe("resync of a repository already on the baseline", () => {
  let server: GitHubServer;

  beforeAll(async () => {
    server = await startGitHubServer({ validate: true });
    const { repos, changed } = await seedRepos("acme", 1, 0);
    expect(changed.size).toBe(0);
    for (const repo of repos) server.addRepo(repo);
  });

  afterAll(() => server.close());

  it("is clean after reading the branch, the PR list and the config (our branch is read only when there is a change)", async () => {
    const connection = connect({ pacing: "off", apiUrl: server.url }, { GITHUB_TOKEN: TOKEN }, () => undefined);
    const result = await resyncOne({
      session: connection.session,
      repo: { owner: "acme", name: "django-00000" },
      settings: { defaults: {}, allowCodeConfig: false, flags: { force: false, adopt: false }, wantDiff: false },
      apply: true,
      redactor: connection.redactor,
      limits: connection.limits,
      spacingMs: connection.spacingMs,
      budgets: connection.budgets,
    });
    expect(result).toMatchObject({ outcome: "clean", writes: 0 });
    // Writing needs the head commit and its tree as one moment (2 reads), then the PR list and the
    // committed config's blob. Reading our resync branch first, as a rollout's writing pass does, made it 5.
    expect(result.reads).toBe(4);
  });
});
