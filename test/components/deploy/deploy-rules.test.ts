import { describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES, cloudStrategy } from "../../../src/clouds/index.js";
import { deployWorkflow } from "../../../src/components/deploy/index.js";
import { CLOUDS, parseOptions } from "../../../src/options/index.js";
import { deployRuleFindings, type DeployRule } from "../../validators/ops-deploy-rules.js";

const options = (cloud: (typeof CLOUDS)[number], strategy = "rolling", extra: object = {}) =>
  parseOptions({ name: "shop", cloud, database: "postgres", backend: { kind: "fastapi" }, frontend: { kind: "react-vite", dir: "web" }, deploy: { strategy }, ...extra });
const workflow = (cloud: (typeof CLOUDS)[number], strategy = "rolling") =>
  JSON.parse(JSON.stringify(deployWorkflow(options(cloud, strategy), CLOUD_STRATEGIES[cloud])));

describe("deploy rules hold for every cloud and strategy", () => {
  for (const cloud of CLOUDS) {
    for (const strategy of CLOUD_STRATEGIES[cloud].strategies) {
      it(`${cloud} ${strategy}`, () => {
        expect(deployRuleFindings(workflow(cloud, strategy), cloud)).toEqual([]);
      });
    }
  }

  it("canary shifts 10% then 100% with health polling after each; blue-green switches once", () => {
    const ids = (strategy: string) => workflow("gcp-cloud-run", strategy).jobs["deploy-production"].steps.map((s: { id?: string }) => s.id).filter(Boolean);
    const canary = ids("canary");
    expect(canary.slice(canary.indexOf("deploy-api"), canary.indexOf("deploy-api") + 5)).toEqual(["deploy-api", "shift-api-10", "health-api-canary", "shift-api-100", "health-api-full"]);
    const bg = ids("blue-green");
    expect(bg.slice(bg.indexOf("deploy-api"), bg.indexOf("deploy-api") + 3)).toEqual(["deploy-api", "shift-api-100", "health-api-switched"]);
  });

  it("refuses a strategy the platform cannot run, naming the allowed ones", () => {
    expect(() => cloudStrategy(options("kubernetes", "canary"))).toThrow(/"canary" is not supported on kubernetes. Allowed: rolling/);
    expect(() => cloudStrategy(options("compose", "canary"))).toThrow(/"canary" is not supported on compose. Allowed: rolling, blue-green/);
    expect(cloudStrategy(options("aws-ecs", "blue-green")).id).toBe("aws-ecs");
  });

  it("no database: no snapshot and no migration step", () => {
    const wf = JSON.parse(JSON.stringify(deployWorkflow(options("aws-ecs", "rolling", { database: "none" }), CLOUD_STRATEGIES["aws-ecs"])));
    const ids = wf.jobs["deploy-staging"].steps.map((s: { id?: string }) => s.id);
    expect(ids).not.toContain("snapshot");
    expect(ids).not.toContain("migrate");
    expect(deployRuleFindings(wf, "aws-ecs")).toEqual([]);
  });
});

describe("deploy rules catch known-bad workflows", () => {
  const bad: [DeployRule, (wf: any) => void][] = [
    ["WF006", (wf) => { delete wf.concurrency; delete wf.jobs["deploy-staging"].concurrency; }],
    ["production-approval", (wf) => { wf.jobs["deploy-production"].needs = ["build"]; }],
    ["snapshot-migrate-deploy-order", (wf) => { wf.jobs["deploy-staging"].steps = wf.jobs["deploy-staging"].steps.filter((s: any) => s.id !== "snapshot"); }],
    ["health-after-deploy", (wf) => { wf.jobs["deploy-staging"].steps = wf.jobs["deploy-staging"].steps.filter((s: any) => !String(s.id).startsWith("health-api")); }],
    ["rollback-on-failure", (wf) => { wf.jobs["deploy-staging"].steps.find((s: any) => s.id === "rollback-api").if = "${{ always() }}"; }],
    ["WF007", (wf) => { wf.jobs["deploy-staging"].env.AWS_SECRET_ACCESS_KEY = "${{ secrets.AWS_SECRET_ACCESS_KEY }}"; }],
    ["WF013", (wf) => { wf.jobs.release.steps[0].uses = "actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e"; }],
    ["WF014", (wf) => { wf.jobs["deploy-staging"].steps.push({ id: "wait", run: "sleep 60\n" }); }],
  ];
  for (const [rule, mutate] of bad) {
    it(rule, () => {
      const wf = workflow("aws-ecs");
      mutate(wf);
      expect(deployRuleFindings(wf, "aws-ecs").map((f) => f.rule)).toContain(rule);
    });
  }
  it("WF012 ssh-host-key-pinned", () => {
    const wf = workflow("compose");
    const step = wf.jobs["deploy-staging"].steps.find((s: any) => s.id === "snapshot");
    step.run = step.run.replace("StrictHostKeyChecking=yes", "StrictHostKeyChecking=accept-new");
    expect(deployRuleFindings(wf, "compose").map((f) => f.rule)).toContain("WF012");
  });
});
