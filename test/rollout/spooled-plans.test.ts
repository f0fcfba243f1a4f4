import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlanSpool } from "../../src/rollout/plan-spool.js";
import { silentProgress } from "../../src/rollout/progress.js";
import { outcomes, startHarness, type Harness } from "./harness.js";

describe("the writing pass and the planning pass's plans", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(4);
  });
  afterAll(async () => {
    await h.server.close();
  });

  it("builds each commit on the default branch as it is when written: a branch pushed to between the passes is planned again", async () => {
    const moved = h.server.repo("acme", "express-00002");
    let pushed = "";
    const report = await h.run({
      progress: {
        ...silentProgress,
        phase: (name) => {
          if (name === "applying") pushed = moved.push({ files: { "docs/pushed-between-passes.md": "# new\n" } });
        },
      },
    });
    expect(pushed).not.toBe("");
    expect(new Set(Object.values(outcomes(report)))).toEqual(new Set(["pr-opened"]));
    for (const name of ["django-00000", "fastapi-00001", "express-00002", "nextjs-00003"]) {
      const repo = h.server.repo("acme", name);
      const [commit] = repo.commits("devops-baseline/resync");
      // On the head of the default branch, with its files: the pushed one is there only where it was pushed.
      expect(commit!.parents).toEqual([repo.commits()[0]!.sha]);
      expect(repo.file("docs/pushed-between-passes.md", "devops-baseline/resync") !== undefined).toBe(name === "express-00002");
      expect(repo.file("devops-baseline.json", "devops-baseline/resync")).toBeDefined();
    }
    expect(h.server.repo("acme", "express-00002").commits()[0]!.sha).toBe(pushed);
  });

  it("without a usable temporary folder there is no spool, and the writing pass plans every repository again", async () => {
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = "/nonexistent/devops-baseline-tmp";
    try {
      expect(PlanSpool.open()).toBeUndefined();
      h.server.repo("acme", "django-00000").push({ files: { "docs/second.md": "# second\n" } });
      const report = await h.run();
      expect(outcomes(report)["acme/django-00000"]).toBe("pr-updated");
      expect(h.server.repo("acme", "django-00000").file("docs/second.md", "devops-baseline/resync")).toBe("# second\n");
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });
});
