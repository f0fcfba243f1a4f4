import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { compose } from "../../../src/components/compose/index.js";
import { deploy } from "../../../src/components/deploy/index.js";
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

  it("routes the domain to the frontend and api.<domain> to the API, everything else 404", () => {
    const config = files({ deploy: { domain: "shop.example.org" } }).get("cloudflared/config.yml");
    expect(config.ingress).toEqual([
      { hostname: "api.shop.example.org", service: "http://backend:8000" },
      { hostname: "shop.example.org", service: "http://frontend:3000" },
      { service: "http_status:404" },
    ]);
  });

  it("without a domain, routes the API paths and the health check by path", () => {
    const config = files().get("cloudflared/config.yml");
    expect(config.ingress).toEqual([{ path: "^/(api/|health$)", service: "http://backend:8000" }, { service: "http://frontend:3000" }]);
  });

  it("blue-green: cloudflared goes through the switch; green copies of the apps join the same networks", () => {
    const all = files({ deploy: { strategy: "blue-green", domain: "shop.example.org" } });
    const tunnel = all.get("compose.tunnel.yml");
    const prod = all.get("compose.prod.yml");
    expect(composeSchemaErrors(tunnel, "compose.tunnel.yml")).toEqual([]);
    expect(Object.keys(tunnel.services).sort()).toEqual(["backend-green", "cloudflared", "frontend-green", "switch"]);
    expect(tunnel.services["backend-green"].image).toBe("${BACKEND_IMAGE_GREEN:-${BACKEND_IMAGE}}");
    expect(tunnel.services["backend-green"].healthcheck).toEqual(prod.services.backend.healthcheck);
    expect(tunnel.services.switch.ports).toBeUndefined();
    expect(tunnel.services.switch.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(all.get("cloudflared/config.yml").ingress.map((r: { service: string }) => r.service)).toEqual(["http://switch:8081", "http://switch:8082", "http_status:404"]);
  });

  it("is only generated for the compose target", () => {
    const o = parseOptions({ name: "shop", cloud: "aws-ecs", backend: { kind: "django" } });
    expect(renderFiles(deploy.render(o), o).map((f) => f.path)).not.toContain("compose.tunnel.yml");
  });
});
