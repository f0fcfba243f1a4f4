import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticCacheDirectives, STATIC_CACHE_ROOT } from "../../../src/components/edge/static-cache.js";
import { kubernetesManifests } from "../../../src/components/kubernetes/index.js";
import { NGINX_CONF_PATH, proxy } from "../../../src/components/proxy/index.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { repoViewOf, RULES, runRules } from "../../../src/rules/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { adaptForLocalTest, nginxTestFindings } from "../proxy/nginx-check.js";

// Real nginx in front of a real local HTTP upstream: the rendered cache rule keeps static paths and
// passes everything else through, on both targets that carry it.

const HOST = "shop.example.org";
const stack = { name: "shop", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, database: "postgres", deploy: { domain: HOST } } as const;

function composeConf(extra: Partial<BaselineConfig> = {}): string {
  const o = parseOptions({ ...stack, cloud: "compose", edge: { tunnel: false }, ...extra } as BaselineConfig);
  return renderFiles(proxy.render(o), o).find((f) => f.path === NGINX_CONF_PATH)!.content;
}

function kubernetesConf(extra: Partial<BaselineConfig> = {}): string | undefined {
  const o = parseOptions({ ...stack, cloud: "kubernetes", ...extra } as BaselineConfig);
  const file = renderFiles(kubernetesManifests.render(o), o).find((f) => f.path === "k8s/base/configmap-shop-static-cache.yaml");
  return file ? (parse(file.content).data["nginx.conf"] as string) : undefined;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The upstream: answers every path as cacheable, so only the proxy's configuration decides what is kept. */
const seen = new Map<string, number>();
let upstream: Server;
let upstreamPort: number;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.set(req.url ?? "", (seen.get(req.url ?? "") ?? 0) + 1);
    res.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "public, max-age=31536000, immutable" });
    res.end(`body of ${req.url}\n`);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => upstream.close(resolve)));

interface Running {
  readonly port: number;
  readonly stop: () => Promise<void>;
}

/**
 * Runs a rendered nginx.conf, adapted as for `nginx -t` (nginx-check.ts: temp paths, pid and the cache
 * folder into a scratch prefix), then the listen port to a free one and every upstream to the local server.
 */
async function runNginx(conf: string): Promise<Running> {
  const prefix = mkdtempSync(join(tmpdir(), "nginx-cache-"));
  // Run as root, nginx's workers are `nobody`: they must reach the prefix to write the cache.
  chmodSync(prefix, 0o755);
  const port = await freePort();
  const adapted = adaptForLocalTest(conf, prefix)
    .replace(/^(\s*listen )8080;/m, `$1127.0.0.1:${port};`)
    .replace(/^(\s*server )[\w.-]+:\d+;/gm, `$1127.0.0.1:${upstreamPort};`);
  expect(adapted).not.toContain(STATIC_CACHE_ROOT);
  writeFileSync(join(prefix, "nginx.conf"), adapted);
  const out = openSync(join(prefix, "nginx.out"), "w");
  const child: ChildProcess = spawn("nginx", ["-e", "stderr", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", out, out] });
  closeSync(out);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${readFileSync(join(prefix, "nginx.out"), "utf8")}`);
    if ((await get(port, "/nginx-health").catch(() => undefined))?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${readFileSync(join(prefix, "nginx.out"), "utf8")}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function get(port: number, path: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { Host: HOST, "X-Forwarded-For": "203.0.113.7" } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, cache: res.headers["x-cache-status"] as string | undefined, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Two requests for each path: what the client saw and how many reached the upstream. */
async function twice(port: number, path: string) {
  const before = seen.get(path) ?? 0;
  const first = await get(port, path);
  const second = await get(port, path);
  return { first: first.cache, second: second.cache, status: [first.status, second.status], upstream: (seen.get(path) ?? 0) - before };
}

const TARGETS = [
  ["compose behind Caddy (deploy/nginx/nginx.conf)", () => composeConf()],
  ["kubernetes (the static-cache ConfigMap)", () => kubernetesConf()!],
] as const;

describe("edge cache for the static paths, on real nginx", () => {
  it("both targets carry the same cache rule, from one function", () => {
    const { http, location } = staticCacheDirectives();
    for (const [target, conf] of TARGETS) {
      const text = conf();
      for (const line of [...http, ...location]) expect(text, `${target}: ${line}`).toContain(line);
      // Once per static path: /static/ (Django) and /_next/static/ (Next.js).
      expect(text.split("\n").filter((l) => l.trim() === "proxy_cache static;"), target).toHaveLength(2);
    }
  });

  it.each(TARGETS)("%s passes nginx -t and the audit's nginx rules", (_target, conf) => {
    expect(nginxTestFindings(conf(), "main")).toEqual([]);
    const findings = runRules(repoViewOf([{ path: "deploy/nginx/nginx.conf", content: conf() }]), RULES.filter((r) => r.type === "nginx"));
    expect(findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(TARGETS)("%s: a static path is a MISS, then a HIT, and reaches the upstream once; other paths always reach it, uncached", async (_target, conf) => {
    const nginx = await runNginx(conf());
    try {
      for (const path of ["/_next/static/chunks/app-3f9a.js", "/static/admin/css/base.4b2c.css"]) {
        expect(await twice(nginx.port, path), path).toEqual({ first: "MISS", second: "HIT", status: [200, 200], upstream: 1 });
      }
      // Cacheable by its headers, but not a static path: never kept, no X-Cache-Status.
      for (const path of ["/", "/products/42", "/api/orders"]) {
        expect(await twice(nginx.port, path), path).toEqual({ first: undefined, second: undefined, status: [200, 200], upstream: 2 });
      }
      const body = await get(nginx.port, "/_next/static/chunks/app-3f9a.js");
      expect(body.body).toBe("body of /_next/static/chunks/app-3f9a.js\n");
    } finally {
      await nginx.stop();
    }
  }, 30_000);

  it("the cache is off with edge.cdn false, and absent where another edge caches (the tunnel's Cloudflare)", () => {
    expect(composeConf({ edge: { tunnel: false, cdn: false } })).not.toContain("proxy_cache");
    expect(composeConf({ edge: { tunnel: true } })).not.toContain("proxy_cache");
    expect(kubernetesConf({ edge: { cdn: false } })).toBeUndefined();
    expect(kubernetesConf({ deploy: {} })).toBeUndefined();
  });
});
