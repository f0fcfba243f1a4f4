import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { CERT_CHECK_SCRIPT } from "../../../src/components/edge/uptime.js";
import { uptime, uptimeWorkflow } from "../../../src/components/uptime/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, validateWorkflows } from "../../validators/index.js";

const dir = mkdtempSync(join(tmpdir(), "cert-check-"));
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill();
  rmSync(dir, { recursive: true, force: true });
});

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A real TLS server (openssl s_server) with a self-signed certificate valid for `days` days. */
async function tlsServer(days: number): Promise<number> {
  const key = join(dir, `key-${days}.pem`);
  const cert = join(dir, `cert-${days}.pem`);
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", String(days), "-subj", "/CN=localhost"], { encoding: "utf8" });
  expect(made.status, made.stderr).toBe(0);
  const port = await freePort();
  const server = spawn("openssl", ["s_server", "-quiet", "-accept", String(port), "-cert", cert, "-key", key, "-www"], { stdio: "ignore" });
  servers.push(server);
  // Ready once it accepts a handshake.
  for (let i = 0; i < 50; i++) {
    if (spawnSync("openssl", ["s_client", "-connect", `127.0.0.1:${port}`], { input: "", encoding: "utf8" }).status === 0) return port;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("openssl s_server did not start");
}

/** The uptime step's script, run with the step's environment against a local host and port. */
const check = (port: number) => spawnSync("bash", ["-c", CERT_CHECK_SCRIPT], { env: { ...process.env, HOST: "localhost", PORT: String(port), MIN_DAYS: "14" }, encoding: "utf8" });

describe("uptime.yml certificate-expiry check", () => {
  it("fails against a certificate that ends in 5 days, passes against one that ends in 30", async () => {
    const short = check(await tlsServer(5));
    expect(short.status, short.stdout + short.stderr).toBe(1);
    expect(short.stdout).toContain("::error::The certificate of localhost expires within 14 days");
    const long = check(await tlsServer(30));
    expect(long.status, long.stdout + long.stderr).toBe(0);
    expect(long.stdout).toMatch(/localhost: notAfter=/);
  }, 30_000);

  it("fails when nothing serves TLS on the port", async () => {
    const r = check(await freePort());
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("served no certificate");
  });

  it("runs for each production name with a domain, passes actionlint, the schema and shellcheck; absent without a domain", async () => {
    const o = parseOptions({ name: "shop", cloud: "gcp-cloud-run", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { domain: "shop.example.org" }, alerting: "slack" });
    const wf = uptimeWorkflow(o);
    expect(wf.jobs.certificates!.steps.map((s) => s.env?.HOST)).toEqual(["api.shop.example.org", "shop.example.org"]);
    expect(wf.jobs.notify!.needs).toEqual(["probe", "certificates"]);
    const files = renderFiles(uptime.render(o), o).map((f) => ({ path: f.path, text: f.content }));
    const findings = await validateWorkflows(files, ["actionlint", "schema", "shellcheck", "hardening"]);
    expect(findings, formatFindings(findings)).toEqual([]);
    const none = uptimeWorkflow(parseOptions({ name: "shop", cloud: "gcp-cloud-run", backend: { kind: "django" } }));
    expect(none.jobs.certificates).toBeUndefined();
    expect(stringify(none)).not.toContain("openssl");
  });
});
