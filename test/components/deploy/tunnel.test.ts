import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { compose } from "../../../src/components/compose/index.js";
import { deploy } from "../../../src/components/deploy/index.js";
import { renderModels } from "../../../src/components/index.js";
import { composeFiles } from "../../../src/clouds/compose/index.js";
import { composeRunbook } from "../../../src/clouds/compose/runbook.js";
import { SWITCH_CONF_PATH } from "../../../src/components/deploy/switch.js";
import { imageBuilds } from "../../../src/components/docker/index.js";
import { NGINX_CONF_PATH, proxy } from "../../../src/components/proxy/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { composeSchemaErrors } from "../compose/compose-schema.js";

const options = (extra: object = {}) =>
  parseOptions({ name: "shop", cloud: "compose", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, ...extra });

function files(extra: object = {}) {
  const o = options(extra);
  const yaml = renderFiles([...compose.render(o), ...deploy.render(o)], o).filter((f) => /\.ya?ml$/.test(f.path));
  return new Map(yaml.map((f) => [f.path, parse(f.content)]));
}

describe("cloudflared tunnel for the self-hosted compose target", () => {
  it("is a valid compose override that joins compose.prod.yml's services without publishing a port", () => {
    const all = files();
    const tunnel = all.get("compose.tunnel.yml");
    const prod = all.get("compose.prod.yml");
    expect(composeSchemaErrors(tunnel, "compose.tunnel.yml")).toEqual([]);
    const cf = tunnel.services.cloudflared;
    expect(cf.ports).toBeUndefined();
    // By tag and digest, from the recorded pin (never a bare tag).
    expect(cf.image).toMatch(/^cloudflare\/cloudflared:\d{4}\.\d+\.\d+@sha256:[0-9a-f]{64}$/);
    expect(cf.environment.TUNNEL_TOKEN).toMatch(/^\$\{CLOUDFLARE_TUNNEL_TOKEN:\?/);
    expect(cf.healthcheck.test[0]).toBe("CMD");
    expect([cf.read_only, cf.cap_drop, cf.security_opt]).toEqual([true, ["ALL"], ["no-new-privileges:true"]]);
    for (const dependency of Object.keys(cf.depends_on)) expect(Object.keys(prod.services)).toContain(dependency);
    for (const network of cf.networks) expect(Object.keys(prod.networks)).toContain(network);
  });

  it("sends the domain and api.<domain> to the proxy (which routes them), everything else 404", () => {
    const config = files({ deploy: { domain: "shop.example.org" } }).get("cloudflared/config.yml");
    expect(config.ingress).toEqual([
      { hostname: "api.shop.example.org", service: "http://proxy:8080" },
      { hostname: "shop.example.org", service: "http://proxy:8080" },
      { service: "http_status:404" },
    ]);
  });

  it("without a domain, sends every request to the proxy", () => {
    const config = files().get("cloudflared/config.yml");
    expect(config.ingress).toEqual([{ service: "http://proxy:8080" }]);
  });

  it("blue-green: cloudflared goes through the switch; green copies of the apps join the same networks", () => {
    const all = files({ deploy: { strategy: "blue-green", domain: "shop.example.org" } });
    const tunnel = all.get("compose.tunnel.yml");
    const prod = all.get("compose.prod.yml");
    expect(composeSchemaErrors(tunnel, "compose.tunnel.yml")).toEqual([]);
    expect(Object.keys(tunnel.services).sort()).toEqual(["backend-green", "cloudflared", "frontend-green", "proxy", "switch"]);
    // The proxy (compose.prod.yml) forwards to the switch, so it starts after it.
    expect(tunnel.services.proxy).toEqual({ depends_on: { switch: { condition: "service_healthy" } } });
    expect(tunnel.services["backend-green"].image).toBe("${BACKEND_IMAGE_GREEN:-${BACKEND_IMAGE}}");
    expect(tunnel.services["backend-green"].healthcheck).toEqual(prod.services.backend.healthcheck);
    expect(tunnel.services.switch.ports).toBeUndefined();
    expect(tunnel.services.switch.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(all.get("cloudflared/config.yml").ingress.map((r: { service: string }) => r.service)).toEqual(["http://proxy:8080", "http://proxy:8080", "http_status:404"]);
  });

  it("is only generated for the compose target", () => {
    const o = parseOptions({ name: "shop", cloud: "aws-ecs", backend: { kind: "django" } });
    expect(renderFiles(deploy.render(o), o).map((f) => f.path)).not.toContain("compose.tunnel.yml");
  });
});

/**
 * Cross-check of the tunnel's wiring against the compose model: every `http://host:port` that cloudflared
 * or the proxy forwards to is a service of compose.prod.yml + compose.tunnel.yml, shares a network with
 * the caller, and listens on that port (nginx `listen` lines, or the app's image port); and with both
 * files merged, no service publishes a port.
 */
describe("tunnel wiring matches the compose model", () => {
  const CASES = [
    { backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } },
    { backend: { kind: "fastapi" }, frontend: { kind: "none" } },
    { backend: { kind: "none" }, frontend: { kind: "react-vite" } },
    { backend: { kind: "nestjs", dir: "api" }, frontend: { kind: "react-vite", dir: "web" }, deploy: { domain: "shop.example.org" } },
    { backend: { kind: "express", dir: "api" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { strategy: "blue-green", domain: "shop.example.org" } },
    { backend: { kind: "django" }, frontend: { kind: "react-vite", dir: "web" }, deploy: { strategy: "blue-green" } },
  ];

  const listens = (conf: string): number[] => [...conf.matchAll(/^\s*listen (\d+)/gm)].map((m) => Number(m[1]));

  it.each(CASES.map((c) => [JSON.stringify(c), c] as const))("%s", (_label, extra) => {
    const o = parseOptions({ name: "shop", cloud: "compose", database: "postgres", ...extra });
    const rendered = renderFiles([...compose.render(o), ...deploy.render(o), ...proxy.render(o)], o);
    const text = (path: string) => rendered.find((f) => f.path === path)?.content ?? "";
    const prod = parse(text("compose.prod.yml"));
    const tunnel = parse(text("compose.tunnel.yml"));
    // Compose's override merge, for the keys that matter here.
    const services: Record<string, { networks?: string[]; ports?: unknown; depends_on?: Record<string, unknown> }> = { ...prod.services };
    for (const [name, svc] of Object.entries(tunnel.services as Record<string, object>)) services[name] = { ...services[name], ...svc };
    for (const [name, svc] of Object.entries(services)) expect(svc.ports, `${name} publishes a port`).toBeUndefined();

    const ports: Record<string, number[]> = { proxy: listens(text(NGINX_CONF_PATH)), switch: listens(text(SWITCH_CONF_PATH)) };
    for (const b of imageBuilds(o)) ports[b.role] = ports[`${b.role}-green`] = [b.port];
    const reachable = (from: string, url: string) => {
      const m = /^http:\/\/([a-z-]+):(\d+)$/.exec(url);
      expect(m, url).not.toBeNull();
      const [, host, port] = m!;
      expect(Object.keys(services), `${from} → ${url}`).toContain(host);
      expect(ports[host!], `${from} → ${url}: ${host} listens on`).toContain(Number(port));
      const shared = (services[host!]!.networks ?? []).filter((n) => (services[from]!.networks ?? []).includes(n));
      expect(shared, `${from} and ${host} share no network`).not.toEqual([]);
      expect(Object.keys(services[from]!.depends_on ?? {}), `${from} starts after ${host}`).toContain(host);
    };

    const ingress = parse(text("cloudflared/config.yml")).ingress as { service: string }[];
    expect(ingress.length).toBeGreaterThan(0);
    for (const rule of ingress) if (rule.service.startsWith("http://")) reachable("cloudflared", rule.service);
    // The last rule must be a catch-all (cloudflared refuses a config without one).
    expect(Object.keys(ingress.at(-1)!)).toEqual(["service"]);

    const upstreams = [...text(NGINX_CONF_PATH).matchAll(/^\s*server ([a-z-]+):(\d+);/gm)].map((m) => `http://${m[1]}:${m[2]}`);
    expect(upstreams.length).toBeGreaterThan(0);
    for (const url of upstreams) reachable("proxy", url);
  });

  it("known bad: a rule to a port nothing listens on is caught", () => {
    const o = parseOptions({ name: "shop", cloud: "compose", backend: { kind: "django" } });
    const conf = renderFiles(proxy.render(o), o)[0]!.content;
    expect(listens(conf)).not.toContain(8443);
    expect(listens(conf.replace("listen 8080;", "listen 8443;"))).toEqual([8443]);
  });
});

describe("compose files the self-hosted target runs", () => {
  it("every compose file named by the deploy, the remote script, the runbook and the file headers is generated", () => {
    const o = parseOptions({ name: "shop", cloud: "compose", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" } });
    const rendered = renderFiles(renderModels(o), o);
    const paths = new Set(rendered.map((f) => f.path));
    for (const file of composeFiles(o)) expect(paths, file).toContain(file);
    // Every `-f <file>` anywhere in the generated baseline (workflows, scripts, runbooks, headers, docs).
    const named = new Set(rendered.flatMap((f) => [...f.content.matchAll(/(?:^|\s)-f ((?:docker-)?compose[\w.-]*\.ya?ml)\b/gm)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(0);
    for (const file of named) expect(paths, `${file} is named but not generated`).toContain(file);
    expect(compose.render(o).map((f) => f.path)).not.toContain("compose.yml");
    expect(composeRunbook(o).status).toContain(`docker compose -f compose.prod.yml -f compose.tunnel.yml ps`);
  });
});
