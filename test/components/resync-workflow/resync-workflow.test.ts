import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { resyncWorkflowComponent, RESYNC_WORKFLOW_PATH } from "../../../src/components/resync-workflow/index.js";
import { COMPONENTS } from "../../../src/components/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { rolloutWorkflowYaml } from "../../../src/rollout/rollout-workflow.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, validateWorkflow } from "../../validators/index.js";

const options = parseOptions({});
const [file] = renderFiles(resyncWorkflowComponent.render(options), options);

describe("baseline-resync.yml", () => {
  it("is registered and renders one workflow", () => {
    expect(COMPONENTS).toContain(resyncWorkflowComponent);
    expect(file?.path).toBe(RESYNC_WORKFLOW_PATH);
  });

  it("passes actionlint, the workflow schema, shellcheck, the hardening rules and prettier", async () => {
    expect(formatFindings(await validateWorkflow(file!.content, RESYNC_WORKFLOW_PATH))).toBe("");
  });

  it("runs weekly and on demand, least privilege, never with the workflow's GITHUB_TOKEN", () => {
    const wf = parse(file!.content);
    expect(Object.keys(wf.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(wf.permissions).toEqual({});
    const job = wf.jobs.resync;
    expect(job.permissions).toEqual({ contents: "read" });
    expect(job["timeout-minutes"]).toBeLessThanOrEqual(30);
    const run = job.steps.find((s: { id: string }) => s.id === "resync");
    expect(run.run).toContain("resync --apply");
    expect(run.run).toContain("--token-env BASELINE_TOKEN");
    expect(run.env.BASELINE_TOKEN).toBe("${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}");
    expect(file!.content).not.toContain("secrets.GITHUB_TOKEN");
    const app = job.steps.find((s: { id: string }) => s.id === "app-token");
    expect(app.uses).toMatch(/^actions\/create-github-app-token@[0-9a-f]{40}$/);
    expect(app.with["permission-workflows"]).toBe("write");
  });
});

describe("the example rollout.yml (rollout --print-workflow)", () => {
  const yaml = rolloutWorkflowYaml({ shards: 6, org: "acme", topics: ["python"], defaults: "org.json" });

  it("passes actionlint, the workflow schema, shellcheck, the hardening rules and prettier", async () => {
    expect(formatFindings(await validateWorkflow(yaml, ".github/workflows/rollout.yml"))).toBe("");
  });

  it("docs/examples/rollout.yml is its current output (regenerate: rollout --print-workflow --org acme --shards 4)", () => {
    const committed = readFileSync(new URL("../../../docs/examples/rollout.yml", import.meta.url), "utf8");
    expect(committed).toBe(rolloutWorkflowYaml({ shards: 4, org: "acme" }));
  });

  it("is a matrix over --shard i/n with a resumable ledger per shard", () => {
    const wf = parse(yaml);
    const job = wf.jobs.rollout;
    expect(job.strategy.matrix.shard).toEqual([1, 2, 3, 4, 5, 6]);
    expect(job.strategy["fail-fast"]).toBe(false);
    const run = job.steps.find((s: { id: string }) => s.id === "rollout").run as string;
    expect(run).toContain('--shard "$SHARD/6"');
    expect(run).toContain("--topic python --defaults org.json --apply");
    expect(job.steps.map((s: { id: string }) => s.id)).toEqual(["checkout", "app-token", "setup-node", "restore-ledger", "rollout", "save-ledger", "upload-report"]);
  });
});
