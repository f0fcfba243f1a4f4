import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { imageBuilds } from "../docker/image-builds.js";
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

export function renderNginxConf(options: BaselineOptions): string {
  const builds = imageBuilds(options);
  const upstreams = builds.map((b) => ({ name: b.role, host: b.role, port: b.port }));
  return renderTemplate("proxy/nginx.conf.hbs", {
    upstreams,
    locations: proxyRoutes(options, builds),
    securityHeaders: SECURITY_HEADERS,
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
