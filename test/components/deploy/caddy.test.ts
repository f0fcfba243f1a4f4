import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { request } from "node:https";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import type { TLSSocket } from "node:tls";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { composeCommand, composeFiles } from "../../../src/clouds/compose/index.js";
import { composeRunbook } from "../../../src/clouds/compose/runbook.js";
import { renderModels } from "../../../src/components/index.js";
import { CADDYFILE_PATH } from "../../../src/components/deploy/caddy.js";
import { NGINX_CONF_PATH } from "../../../src/components/proxy/index.js";
import { parseOptions } from "../../../src/options/index.js";
import type { RenderedFile } from "../../../src/synth/file-model.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { composeSchemaErrors } from "../compose/compose-schema.js";
import { envFromExample, withoutTopLevelName } from "../compose/compose-cli.js";
import { nginxTestFindings } from "../proxy/nginx-check.js";

const run = promisify(execFile);

const DIRECT = { name: "shop", cloud: "compose", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } };
const options = (extra: object = {}) => parseOptions({ ...DIRECT, deploy: { domain: "shop.example.org" }, edge: { tunnel: false, acmeEmail: "ops@example.org" }, ...extra });
const render = (extra: object = {}): RenderedFile[] => {
  const o = options(extra);
  return renderFiles(renderModels(o), o);
};
const text = (files: readonly RenderedFile[], path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} not generated`);
  return f.content;
};

function writeTree(files: readonly RenderedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), "caddy-"));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

/** `docker-compose -f compose.prod.yml -f compose.caddy.yml config`: the merged file compose would run. */
async function mergedCompose(files: readonly RenderedFile[]): Promise<{ services: Record<string, Record<string, unknown>>; volumes: Record<string, unknown> }> {
  const dir = writeTree(files);
  writeFileSync(join(dir, ".env"), envFromExample(text(files, ".env.example")));
  writeFileSync(join(dir, "checked-prod.yml"), withoutTopLevelName(text(files, "compose.prod.yml")));
  const { stdout, stderr } = await run("docker-compose", ["-f", "checked-prod.yml", "-f", "compose.caddy.yml", "config"], { cwd: dir });
  expect(stderr.trim()).toBe("");
  return parse(stdout);
}

describe("Caddy in front of the self-hosted target (edge.tunnel: false)", () => {
  it("replaces the tunnel: compose.caddy.yml and deploy/caddy/Caddyfile instead of compose.tunnel.yml and cloudflared/", () => {
    const paths = render().map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["compose.caddy.yml", CADDYFILE_PATH]));
    expect(paths).not.toContain("compose.tunnel.yml");
    expect(paths).not.toContain("cloudflared/config.yml");
    expect(composeFiles(options())).toEqual(["compose.prod.yml", "compose.caddy.yml"]);
  });

  it("is a valid compose override: pinned image, 80/443 and 443/udp, persistent certificate volumes, healthcheck, locked down", () => {
    const data = parse(text(render(), "compose.caddy.yml"));
    expect(composeSchemaErrors(data, "compose.caddy.yml")).toEqual([]);
    const caddy = data.services.caddy;
    expect(caddy.image).toMatch(/^caddy:2\.\d+\.\d+-alpine@sha256:[0-9a-f]{64}$/);
    expect(caddy.ports).toEqual(["80:80", "443:443", "443:443/udp"]);
    expect(caddy.volumes).toEqual(["./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro", "caddy_data:/data", "caddy_config:/config"]);
    expect(Object.keys(data.volumes)).toEqual(["caddy_data", "caddy_config"]);
    expect(caddy.healthcheck.test.slice(0, 2)).toEqual(["CMD", "curl"]);
    expect([caddy.read_only, caddy.cap_drop, caddy.cap_add, caddy.security_opt]).toEqual([true, ["ALL"], ["NET_BIND_SERVICE"], ["no-new-privileges:true"]]);
    expect(caddy.depends_on).toEqual({ proxy: { condition: "service_healthy" } });
  });

  it("docker-compose merges it with compose.prod.yml: only Caddy publishes ports, the proxy stops reading deploy/nginx/certs", async () => {
    for (const extra of [{}, { deploy: { domain: "shop.example.org", strategy: "blue-green" } }]) {
      const merged = await mergedCompose(render(extra));
      const published = Object.entries(merged.services).filter(([, s]) => s.ports).map(([name]) => name);
      expect(published).toEqual(["caddy"]);
      expect(JSON.stringify(merged.services.proxy!.volumes)).not.toContain("certs");
      expect(Object.keys(merged.volumes)).toEqual(expect.arrayContaining(["caddy_data", "caddy_config"]));
      // Caddy and the proxy share the edge network, so `reverse_proxy proxy:8080` resolves.
      expect(Object.keys(merged.services.caddy!.networks as object)).toEqual(Object.keys(merged.services.proxy!.networks as object));
    }
  });

  it("the proxy behind Caddy is the edge cache: its cache folder is the proxy-cache volume, the root filesystem stays read-only (docs/cdn.md)", async () => {
    const merged = await mergedCompose(render());
    const proxy = merged.services.proxy as { volumes: unknown[]; read_only: boolean };
    expect(proxy.read_only).toBe(true);
    expect(JSON.stringify(proxy.volumes)).toMatch(/"source":"proxy-cache","target":"\/var\/cache\/nginx"|proxy-cache:\/var\/cache\/nginx/);
    expect(Object.keys(merged.volumes)).toContain("proxy-cache");
    expect(text(render(), NGINX_CONF_PATH)).toMatch(/^\s*proxy_cache_path \/var\/cache\/nginx\/static /m);
    const off = render({ edge: { tunnel: false, cdn: false, acmeEmail: "ops@example.org" } });
    expect(text(off, "compose.prod.yml")).not.toContain("proxy-cache");
    expect(text(off, NGINX_CONF_PATH)).not.toContain("proxy_cache");
  });

  it("the Caddyfile names the production hosts, the ACME address and the proxy, and `caddy validate` accepts it", async () => {
    const files = render();
    const caddyfile = text(files, CADDYFILE_PATH);
    expect(caddyfile).toMatch(/^\s*email ops@example\.org$/m);
    expect(caddyfile).toMatch(/^api\.shop\.example\.org, shop\.example\.org \{$/m);
    expect(caddyfile).toMatch(/^\s*reverse_proxy proxy:8080$/m);
    const dir = writeTree(files);
    const { stdout, stderr } = await run("caddy", ["validate", "--adapter", "caddyfile", "--config", join(dir, CADDYFILE_PATH)], { env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
    expect(`${stdout}${stderr}`).toContain("Valid configuration");
    // Caddy warns about input `caddy fmt` would change; the generated file is already in its form.
    expect(`${stdout}${stderr}`).not.toMatch(/not formatted/);
  });

  it("without edge.acmeEmail the Caddyfile falls back to notifications.email, and without either omits the line", () => {
    const viaNotifications = text(render({ edge: { tunnel: false }, notifications: { email: "oncall@example.org" } }), CADDYFILE_PATH);
    expect(viaNotifications).toMatch(/^\s*email oncall@example\.org$/m);
    expect(text(render({ edge: { tunnel: false } }), CADDYFILE_PATH)).not.toMatch(/^\s*email /m);
  });

  it("the proxy behind Caddy serves plain HTTP, trusts Caddy's X-Forwarded-For and passes nginx -t", () => {
    const conf = text(render(), NGINX_CONF_PATH);
    expect(conf).toContain("real_ip_header X-Forwarded-For;");
    expect(conf).not.toContain("CF-Connecting-IP");
    expect(conf).not.toMatch(/ssl_certificate|listen 8443/);
    expect(nginxTestFindings(conf, "main")).toEqual([]);
  });

  it("deploy, runbooks and headers name compose.caddy.yml and copy deploy/ (not cloudflared/)", () => {
    const o = options();
    const files = render();
    const deploy = text(files, ".github/workflows/deploy.yml");
    expect(deploy).toContain("compose.prod.yml compose.caddy.yml");
    expect(deploy).toContain("-r deploy scripts");
    expect(deploy).not.toContain("cloudflared");
    expect(text(files, "scripts/deploy_remote.sh")).toContain("compose.caddy.yml");
    expect(composeRunbook(o).status).toContain(`${composeCommand(o)} ps`);
    expect(composeCommand(o)).toBe("docker compose -f compose.prod.yml -f compose.caddy.yml");
    // Runbook commands are wrapped with backslash continuations at 80 columns.
    expect(text(files, "docs/runbooks/certificate-expiring.md").replace(/ ?\\\n\s*/g, " ")).toContain("logs --since 72h caddy");
  });

  it("every `-f <file>` named anywhere in the generated baseline is generated", () => {
    const files = render();
    const paths = new Set(files.map((f) => f.path));
    const named = new Set(files.flatMap((f) => [...f.content.matchAll(/(?:^|\s)-f ((?:docker-)?compose[\w.-]*\.ya?ml)\b/gm)].map((m) => m[1]!)));
    expect(named).toContain("compose.caddy.yml");
    for (const file of named) expect(paths, `${file} is named but not generated`).toContain(file);
  });

  it("rejects edge.tunnel: false without a domain, and on a target without a tunnel", () => {
    expect(() => parseOptions({ ...DIRECT, edge: { tunnel: false } })).toThrow(/edge\.tunnel.*needs deploy\.domain/s);
    expect(() => parseOptions({ name: "shop", cloud: "aws-ecs", backend: { kind: "django" }, edge: { tunnel: false } })).toThrow(/edge\.tunnel.*only cloud: compose/s);
  });
});

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

/**
 * The generated Caddyfile run by a real Caddy: only what cannot work offline is changed (Caddy's own
 * local CA instead of Let's Encrypt, high ports, the upstream on localhost); the site block is as generated.
 */
describe("the generated Caddyfile serves HTTPS through a real Caddy", () => {
  let upstream: Server;
  let caddy: ReturnType<typeof spawn> | undefined;
  let httpsPort = 0;
  let adminPort = 0;
  let log = "";

  beforeAll(async () => {
    upstream = createServer((req, res) => res.end(JSON.stringify({ host: req.headers.host, forwardedFor: req.headers["x-forwarded-for"], proto: req.headers["x-forwarded-proto"] })));
    await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
    const upstreamPort = (upstream.address() as AddressInfo).port;
    const httpPort = await freePort();
    adminPort = await freePort();
    httpsPort = await freePort();
    const generated = text(render(), CADDYFILE_PATH);
    const local = generated
      .replace(/^\s*email .*$/m, `\tlocal_certs\n\tskip_install_trust\n\thttp_port ${httpPort}\n\thttps_port ${httpsPort}`)
      .replace(/^\s*admin localhost:2019$/m, `\tadmin localhost:${adminPort}`)
      .replace("reverse_proxy proxy:8080", `reverse_proxy 127.0.0.1:${upstreamPort}`);
    expect(local).not.toBe(generated);
    const dir = mkdtempSync(join(tmpdir(), "caddy-run-"));
    writeFileSync(join(dir, "Caddyfile"), local);
    caddy = spawn("caddy", ["run", "--adapter", "caddyfile", "--config", join(dir, "Caddyfile")], { env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir } });
    caddy.stderr!.on("data", (d) => (log += String(d)));
    caddy.stdout!.on("data", (d) => (log += String(d)));
  }, 30_000);

  afterAll(async () => {
    caddy?.kill();
    await new Promise<void>((r) => upstream.close(() => r()));
  });

  const get = (servername: string): Promise<{ status: number; body: string; issuer: string }> =>
    new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port: httpsPort, servername, path: "/", headers: { host: servername }, rejectUnauthorized: false }, (res) => {
        // Read while the connection is open: the socket is gone once the body has ended.
        const issuer = JSON.stringify((res.socket as TLSSocket).getPeerCertificate().issuer);
        let body = "";
        res.on("data", (c) => (body += String(c)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, issuer }));
      });
      req.on("error", reject);
      req.end();
    });

  it("issues a certificate for each name and forwards to the upstream with the client address", async () => {
    let last: unknown;
    // Caddy issues the local certificates in the background after start: retry until served.
    for (let i = 0; i < 100; i++) {
      try {
        const res = await get("shop.example.org");
        expect(res.status).toBe(200);
        expect(JSON.parse(res.body)).toEqual({ host: "shop.example.org", forwardedFor: "127.0.0.1", proto: "https" });
        expect(res.issuer).toContain("Caddy Local Authority");
        const api = await get("api.shop.example.org");
        expect(JSON.parse(api.body).host).toBe("api.shop.example.org");
        // What compose.caddy.yml's healthcheck asks, on this run's admin port.
        const health = parse(text(render(), "compose.caddy.yml")).services.caddy.healthcheck.test.at(-1) as string;
        expect((await fetch(health.replace(":2019/", `:${adminPort}/`))).status).toBe(200);
        return;
      } catch (error) {
        last = error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`no HTTPS answer from caddy: ${String(last)}\n${log}`);
  }, 40_000);
});
