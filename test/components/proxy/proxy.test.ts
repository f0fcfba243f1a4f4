import { describe, expect, it } from "vitest";
import { docker } from "../../../src/components/docker/index.js";
import { NGINX_CONF_PATH, proxy, SECURITY_HEADERS } from "../../../src/components/proxy/index.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { adaptForLocalTest, nginxTestFindings } from "./nginx-check.js";

const BACKENDS = ["django", "fastapi", "express", "nestjs", "none"] as const;
const FRONTENDS = ["nextjs", "react-vite", "none"] as const;

const conf = (config: BaselineConfig): string => {
  const options = parseOptions(config);
  const file = renderFiles(proxy.render(options), options).find((f) => f.path === NGINX_CONF_PATH);
  if (!file) throw new Error("no nginx.conf rendered");
  return file.content;
};

const services: BaselineConfig[] = BACKENDS.flatMap((b) => FRONTENDS.map((f) => ({ backend: { kind: b }, frontend: { kind: f } }))).filter(
  (c) => c.backend?.kind !== "none" || c.frontend?.kind !== "none",
);
/** A standalone host with its own certificates (compose.prod.yml used outside the tunnel target). */
const configs: BaselineConfig[] = services.map((c) => ({ ...c, cloud: "aws-ecs" }));
/** The self-hosted target behind the Cloudflare tunnel: with and without a domain, rolling and blue-green. */
const tunnelConfigs: BaselineConfig[] = services.flatMap((c) => [
  { ...c, cloud: "compose" },
  { ...c, cloud: "compose", deploy: { domain: "shop.example.org" } },
  { ...c, cloud: "compose", deploy: { strategy: "blue-green", domain: "shop.example.org" } },
]);

/** The body of each `location` block, by its match. */
function locations(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of text.matchAll(/^ {8}location ([^{]+) \{\n([\s\S]*?)^ {8}\}/gm)) blocks.set(m[1]!, m[2]!);
  return blocks;
}

describe("deploy/nginx/nginx.conf", () => {
  it.each([...configs, ...tunnelConfigs].map((c) => [JSON.stringify(c), c] as const))("passes nginx -t for %s", (_label, config) => {
    expect(nginxTestFindings(conf(config), "main")).toEqual([]);
  });

  it("would report a broken config (the check is not vacuous)", () => {
    const broken = conf(configs[0]!).replace("gzip on;", "gzip maybe;");
    expect(nginxTestFindings(broken, "main").join("\n")).toMatch(/invalid value "maybe"/);
    // An upstream host that does not resolve fails nginx -t, which is why compose service names are mapped.
    const unresolvable = conf(configs[0]!).replace("server backend:", "server no-such-host.invalid:");
    expect(nginxTestFindings(unresolvable, "main").join("\n")).toMatch(/host not found in upstream "no-such-host\.invalid/);
  });

  it("adapts only the environment-specific lines for the local check", () => {
    const text = conf(configs[0]!);
    const adapted = adaptForLocalTest(text, "/scratch").split("\n");
    const original = text.split("\n");
    expect(original.length - adapted.length).toBe(1);
    expect(original.filter((l) => !adapted.includes(l)).map((l) => l.trim())).toEqual(
      expect.arrayContaining(["http2 on;", "ssl_certificate /etc/nginx/certs/fullchain.pem;", "pid /tmp/nginx.pid;"]),
    );
  });

  it.each(configs.map((c) => [JSON.stringify(c), c] as const))("hardens TLS and headers for %s", (_label, config) => {
    const text = conf(config);
    expect(text).toMatch(/^\s*ssl_protocols TLSv1\.2 TLSv1\.3;$/m);
    expect(text).not.toMatch(/TLSv1(\.1)?[ ;]/);
    expect(text).toContain("gzip on;");
    expect(text).toContain("return 301 https://$host$request_uri;");
    for (const header of SECURITY_HEADERS) expect(text).toContain(`add_header ${header} always;`);
    // A location that sets its own header drops the server's: it must repeat every security header.
    for (const [match, body] of locations(text)) {
      if (body.includes("add_header")) {
        for (const header of SECURITY_HEADERS) expect(body, match).toContain(`add_header ${header} always;`);
      }
    }
  });

  it("routes the API to the backend and the rest to the frontend", () => {
    const blocks = locations(conf({ backend: { kind: "django" }, frontend: { kind: "nextjs" } }));
    expect(blocks.get("^~ /api/")).toContain("proxy_pass http://backend;");
    expect(blocks.get("^~ /admin/")).toContain("proxy_pass http://backend;");
    expect(blocks.get("/")).toContain("proxy_pass http://frontend;");
    expect(blocks.get("^~ /_next/static/")).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });

  it("sends everything to the only service there is", () => {
    const backendOnly = locations(conf({ backend: { kind: "fastapi" } }));
    expect(backendOnly.get("/")).toContain("proxy_pass http://backend;");
    expect([...backendOnly.keys()]).not.toContain("^~ /api/");
    const frontendOnly = conf({ frontend: { kind: "react-vite" } });
    expect(frontendOnly).not.toContain("upstream backend");
    expect(locations(frontendOnly).get("^~ /assets/")).toContain("immutable");
  });

  it.each(tunnelConfigs.map((c) => [JSON.stringify(c), c] as const))("behind the tunnel: plain HTTP on 8080 only, client IP from Cloudflare, same headers: %s", (_label, config) => {
    const text = conf(config);
    expect(text.match(/^\s*listen .*$/gm)?.map((l) => l.trim())).toEqual(["listen 8080;"]);
    expect(text).not.toMatch(/ssl|certs|return 301/);
    expect(text).toContain("real_ip_header CF-Connecting-IP;");
    expect(text).toContain("proxy_set_header X-Forwarded-Proto $forwarded_proto;");
    expect(text).toContain("limit_req zone=per_ip");
    for (const header of SECURITY_HEADERS) expect(text).toContain(`add_header ${header} always;`);
    expect(locations(text).get("= /nginx-health")).toContain("deny all;");
  });

  it("behind the tunnel with a domain, api.<domain> sends every path to the backend", () => {
    const text = conf({ backend: { kind: "django" }, frontend: { kind: "nextjs" }, cloud: "compose", deploy: { domain: "shop.example.org" } });
    expect(text).toMatch(/map \$host \$site \{\n\s+default frontend;\n\s+api\.shop\.example\.org backend;\n\s+\}/);
    const blocks = locations(text);
    expect(blocks.get("/")).toContain("proxy_pass http://$site;");
    expect(blocks.get("^~ /api/")).toContain("proxy_pass http://backend;");
  });

  it("behind the tunnel with blue-green, the upstreams are the switch's ports", () => {
    const text = conf({ backend: { kind: "django" }, frontend: { kind: "nextjs" }, cloud: "compose", deploy: { strategy: "blue-green" } });
    expect(text).toMatch(/upstream backend \{\n\s+server switch:8081;/);
    expect(text).toMatch(/upstream frontend \{\n\s+server switch:8082;/);
  });

  it("renders nothing without a service", () => {
    expect(proxy.render(parseOptions({}))).toEqual([]);
  });
});

describe("react-vite image's nginx-spa.conf", () => {
  it("passes nginx -t and falls back to index.html", () => {
    const options = parseOptions({ frontend: { kind: "react-vite", dir: "web" } });
    const spa = renderFiles(docker.render(options), options).find((f) => f.path === "web/docker/nginx-spa.conf");
    expect(spa?.content).toContain("try_files $uri $uri/ /index.html;");
    expect(nginxTestFindings(spa!.content, "server")).toEqual([]);
    expect(nginxTestFindings(spa!.content.replace("listen 8080;", "listen 8080 bogus;"), "server")).not.toEqual([]);
  });

  it("for a Next.js static export, serves <route>.html and answers other paths 404 with the export's 404.html", () => {
    const options = parseOptions({ frontend: { kind: "nextjs", nextOutput: "export" } });
    const spa = renderFiles(docker.render(options), options).find((f) => f.path === "docker/nginx-spa.conf");
    expect(spa?.content).toContain("try_files $uri $uri.html $uri/ =404;");
    expect(spa?.content).toContain("error_page 404 /404.html;");
    expect(spa?.content).not.toContain("/index.html;\n    }\n}");
    expect(nginxTestFindings(spa!.content, "server")).toEqual([]);
  });
});
