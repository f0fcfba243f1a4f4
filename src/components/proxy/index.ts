import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { behindEdge, selfHostedEdge } from "../compose/prod-compose.js";
import { switchPort } from "../deploy/switch.js";
import { imageBuilds, type ServiceRole } from "../docker/image-builds.js";
import { staticCacheDirectives, staticCacheHost } from "../edge/static-cache.js";
import { proxyRoutes } from "./routes.js";

/** Sent on every HTTPS response. HSTS is two years; add `preload` yourself once the domain qualifies. */
export const SECURITY_HEADERS: readonly string[] = [
  'Strict-Transport-Security "max-age=63072000; includeSubDomains"',
  'X-Content-Type-Options "nosniff"',
  'X-Frame-Options "DENY"',
  'Referrer-Policy "strict-origin-when-cross-origin"',
  'Permissions-Policy "camera=(), microphone=(), geolocation=()"',
  'Cross-Origin-Opener-Policy "same-origin"',
];

export const NGINX_CONF_PATH = "deploy/nginx/nginx.conf";

/**
 * Where the proxy sends each role: the compose service itself, or, for blue-green on the self-hosted
 * target, the switch in front of the two colours (compose.tunnel.yml or compose.caddy.yml).
 */
export function proxyUpstreams(options: BaselineOptions): { name: ServiceRole; host: string; port: number }[] {
  const blueGreen = behindEdge(options) && options.deploy.strategy === "blue-green";
  return imageBuilds(options).map((b) =>
    blueGreen ? { name: b.role, host: "switch", port: switchPort({ key: b.role === "backend" ? "api" : "web" }) } : { name: b.role, host: b.role, port: b.port },
  );
}

export function renderNginxConf(options: BaselineOptions): string {
  const builds = imageBuilds(options);
  const edge = selfHostedEdge(options);
  const both = builds.length === 2;
  // api.<domain> reaches the proxy through the tunnel or Caddy too: everything on that host goes to the backend.
  const apiHost = edge && both && options.deploy.domain ? `api.${options.deploy.domain}` : undefined;
  const locations = proxyRoutes(options, builds).map((r) => (apiHost && r.upstream === "frontend" ? { ...r, upstream: "$site" } : r));
  return renderTemplate("proxy/nginx.conf.hbs", {
    upstreams: proxyUpstreams(options),
    locations,
    edge: Boolean(edge),
    tunnel: edge === "tunnel",
    apiHost,
    securityHeaders: SECURITY_HEADERS,
    // Caddy has no cache of its own: behind it, the proxy is the edge cache for the static paths (docs/cdn.md).
    staticCache: staticCacheHost(options) === "compose-proxy" ? staticCacheDirectives() : undefined,
    rateLimit: 20,
    rateBurst: 40,
  });
}

/** The nginx reverse proxy compose.prod.yml runs in front of the services. */
export const proxy: Component = {
  name: "proxy",
  description: "nginx reverse proxy config: TLS 1.2+, HSTS and security headers, gzip, static asset caching, rate limits.",
  render: (options): FileModel[] =>
    imageBuilds(options).length === 0
      ? []
      : [{ kind: "text", path: NGINX_CONF_PATH, component: "proxy", comment: "hash", text: renderNginxConf(options) }],
};
