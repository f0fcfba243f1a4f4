import type { BaselineOptions } from "../../options/index.js";
import { backendProbe } from "../docker/health-probe.js";
import type { ImageBuild } from "../docker/image-builds.js";

/** One `location` block of the HTTPS server. */
export interface ProxyRoute {
  readonly match: string;
  readonly upstream: string;
  readonly why: string;
  /** Cache-Control for the response; absent means the upstream decides. */
  readonly cache?: string;
  readonly expires?: string;
}

const IMMUTABLE = "public, max-age=31536000, immutable";
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
  if (hasBackend && options.backend.kind === "django") {
    routes.push({ match: "^~ /static/", upstream: "backend", why: "Django static files (collectstatic with hashed names).", cache: "public, max-age=2592000", expires: "30d" });
  }
  if (options.frontend.kind === "nextjs") {
    routes.push({ match: "^~ /_next/static/", upstream: "frontend", why: "Next.js build output: content-hashed, cached for a year.", cache: IMMUTABLE, expires: "1y" });
  }
  if (options.frontend.kind === "react-vite") {
    routes.push({ match: "^~ /assets/", upstream: "frontend", why: "Vite build output: content-hashed, cached for a year.", cache: IMMUTABLE, expires: "1y" });
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
