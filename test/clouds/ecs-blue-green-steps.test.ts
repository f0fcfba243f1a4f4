import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES } from "../../src/clouds/index.js";
import { deployWorkflow } from "../../src/components/deploy/index.js";
import { parseOptions } from "../../src/options/index.js";

const SHIM = new URL("./fixtures/aws-elb-shim.sh", import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const o = parseOptions({ name: "shop", cloud: "aws-ecs", backend: { kind: "django" }, deploy: { strategy: "canary" } });
const job = JSON.parse(JSON.stringify(deployWorkflow(o, CLOUD_STRATEGIES["aws-ecs"]))).jobs["deploy-staging"];
const step = (id: string) => job.steps.find((s: { id?: string }) => s.id === id);

/** Runs one generated step with bash -e -o pipefail; `${{ steps.x.outputs.y }}` comes from `outputs`. */
function run(id: string, blueWeight: number, outputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "ecs-bg-"));
  dirs.push(dir);
  mkdirSync(join(dir, "bin"));
  symlinkSync(SHIM, join(dir, "bin", "aws"));
  const s = step(id);
  const env: Record<string, string> = { ...job.env, ...(s.env ?? {}) };
  for (const [k, v] of Object.entries(env)) env[k] = v.replace(/\$\{\{ steps\.[\w-]+\.outputs\.(\w+) \}\}/g, (_m: string, name: string) => outputs[name] ?? "");
  const files = { log: join(dir, "argv.log"), out: join(dir, "output") };
  writeFileSync(files.log, "");
  writeFileSync(files.out, "");
  const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", s.run], {
    cwd: dir,
    env: { PATH: `${join(dir, "bin")}:${process.env.PATH}`, SHIM_LOG: files.log, GITHUB_OUTPUT: files.out, BLUE_WEIGHT: String(blueWeight), ...env },
    encoding: "utf8",
  });
  const output = Object.fromEntries(readFileSync(files.out, "utf8").trim().split("\n").filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { status: r.status, stderr: r.stderr, output, argv: readFileSync(files.log, "utf8"), taskDefinition: () => readFileSync(join(dir, "task-definition-api.json"), "utf8") };
}

describe("ECS canary / blue-green steps", () => {
  it("find the live colour from the listener weights and prepare the idle one", () => {
    const blueLive = run("previous-api", 100);
    expect(blueLive.status, blueLive.stderr).toBe(0);
    expect(blueLive.output).toMatchObject({ live: "blue", idle: "green", live_tg: "arn:tg/blue", idle_tg: "arn:tg/green", idle_service: "shop-staging-api-green", listener: "arn:listener/443" });
    expect(blueLive.taskDefinition()).toContain('"family":"shop-staging-api"');
    expect(run("previous-api", 0).output).toMatchObject({ live: "green", idle: "blue", idle_service: "shop-staging-api-blue" });
  });

  it("shift 10% to the idle target group, then 100%; rollback puts 100% back on the live one", () => {
    const outputs = { listener: "arn:listener/443", idle_tg: "arn:tg/green", live_tg: "arn:tg/blue" };
    const weights = (id: string) => /TargetGroups=\[\{TargetGroupArn=(\S+),Weight=(\d+)\},\{TargetGroupArn=(\S+),Weight=(\d+)\}\]/.exec(run(id, 100, outputs).argv.replace(/\\/g, ""))!.slice(1);
    expect(weights("shift-api-10")).toEqual(["arn:tg/green", "10", "arn:tg/blue", "90"]);
    expect(weights("shift-api-100")).toEqual(["arn:tg/green", "100", "arn:tg/blue", "0"]);
    expect(weights("rollback-api")).toEqual(["arn:tg/blue", "100", "arn:tg/green", "0"]);
  });
});
