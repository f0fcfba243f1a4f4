import type { BaselineOptions } from "../../options/index.js";
import { backendProbe } from "../docker/health-probe.js";
import type { ImageBuild } from "../docker/image-builds.js";
import { staticPaths } from "../edge/static-paths.js";

/** One `location` block of the HTTPS server. */
export interface ProxyRoute {
  readonly match: string;
  readonly upstream: string;
  readonly why: string;
  /** Cache-Control for the response; absent means the upstream decides. */
  readonly cache?: string;
  readonly expires?: string;
  /** One of the stack's static paths (edge/static-paths.ts): the edge cache keeps it when there is one. */
  readonly static?: boolean;
}

const STATIC_EXTENSIONS = "css|js|mjs|map|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico";

/**
 * Routing: with a frontend, `/api/` (and Django's admin and static files) go to the backend and the rest
 * to the frontend; with one service, everything goes to it. `^~` keeps the static-file regex off API paths.
 */
export function proxyRoutes(options: BaselineOptions, builds: readonly ImageBuild[]): ProxyRoute[] {
  const hasBackend = builds.some((b) => b.role === "backend");
  const hasFrontend = builds.some((b) => b.role === "frontend");
  const web = hasFrontend ? "frontend" : "backend";
  const routes: ProxyRoute[] = [];
  if (hasBackend && hasFrontend) {
    routes.push({ match: "^~ /api/", upstream: "backend", why: "API requests go to the backend." });
    // Deploy polling and uptime ask API_URL for the health route: it must reach the API, as the Kubernetes ingress routes it.
    const probe = backendProbe(options);
    if (probe.route && probe.path !== "/" && !probe.path.startsWith("/api/")) routes.push({ match: `= ${probe.path}`, upstream: "backend", why: "The API's health route." });
    if (options.backend.kind === "django") {
      routes.push({ match: "^~ /admin/", upstream: "backend", why: "Django admin." });
    }
  }
  // Django's, Next.js's and Vite's static paths: the one list the CDN rules and the edge cache read too.
  for (const p of staticPaths(options)) {
    const upstream = p.key === "api" ? "backend" : "frontend";
    if (builds.some((b) => b.role === upstream)) routes.push({ match: `^~ ${p.prefix}`, upstream, why: p.why, cache: p.cacheControl, expires: p.expires, static: true });
  }
  routes.push({
    match: `~* \\.(?:${STATIC_EXTENSIONS})$`,
    upstream: web,
    why: "Other static assets: cached for a week.",
    cache: "public, max-age=604800",
    expires: "7d",
  });
  routes.push({ match: "/", upstream: web, why: hasFrontend ? "Everything else is the frontend." : "Everything else is the backend." });
  return routes;
}
