import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploy } from "../../../src/components/deploy/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";

const run = promisify(execFile);
let server: Server;
let base: string;
let dir: string;
let script: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  // /flaky fails twice, then answers 200; /down always 503.
  server = createServer((req, res) => {
    const n = (hits.get(req.url!) ?? 0) + 1;
    hits.set(req.url!, n);
    res.statusCode = req.url === "/flaky" && n > 2 ? 200 : req.url === "/up" ? 200 : 503;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const o = parseOptions({ name: "shop", cloud: "aws-ecs", backend: { kind: "django" } });
  dir = mkdtempSync(join(tmpdir(), "health-"));
  script = join(dir, "wait_for_health.sh");
  writeFileSync(script, renderFiles(deploy.render(o), o).find((f) => f.path === "scripts/wait_for_health.sh")!.content);
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const poll = (path: string, deadline: number) =>
  run("bash", [script], { env: { ...process.env, HEALTH_URL: `${base}${path}`, DEADLINE_SECONDS: String(deadline), INTERVAL_SECONDS: "0.2", REQUIRED_SUCCESSES: "2" } });

describe("scripts/wait_for_health.sh", () => {
  it("retries through failures and passes after enough successes in a row", async () => {
    const { stdout } = await poll("/flaky", 10);
    expect(stdout).toMatch(/attempt 1: .* answered 503/);
    expect(stdout).toMatch(/answered 200 \(2\/2 in a row\)/);
    expect(hits.get("/flaky")).toBe(4);
  });

  it("fails once the deadline passes", async () => {
    await expect(poll("/down", 1)).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/::error::.*\/down was not healthy within 1s/) });
  });

  it("fails on a connection refused too, without hanging", async () => {
    await expect(run("bash", [script], { env: { ...process.env, HEALTH_URL: "http://127.0.0.1:1/health", DEADLINE_SECONDS: "1", INTERVAL_SECONDS: "0.2" } })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/answered 000/),
    });
  });
});
