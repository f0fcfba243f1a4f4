import type { ServiceTarget } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";

/** A path prefix whose files are content-hashed or collected: every cache in front of the app keeps them long. */
export interface StaticPath {
  /** URL prefix with its trailing slash, e.g. `/_next/static/`. */
  readonly prefix: string;
  /** The service that serves it: `api` (the backend image) or `web` (the frontend image). */
  readonly key: ServiceTarget["key"];
  readonly why: string;
  /** Cache-Control the nginx proxy sends to browsers, and its `expires`. */
  readonly cacheControl: string;
  readonly expires: string;
}

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The static paths of the stack, one list for the nginx proxy's routes (proxy/routes.ts), the CDN rules
 * of every cloud (hosts.ts) and the nginx cache in front of Kubernetes and Caddy (static-cache.ts).
 */
export function staticPaths(options: BaselineOptions): StaticPath[] {
  const paths: StaticPath[] = [];
  if (options.backend.kind === "django") {
    paths.push({ prefix: "/static/", key: "api", why: "Django static files (collectstatic with hashed names).", cacheControl: "public, max-age=2592000", expires: "30d" });
  }
  if (options.frontend.kind === "nextjs") {
    paths.push({ prefix: "/_next/static/", key: "web", why: "Next.js build output: content-hashed, cached for a year.", cacheControl: IMMUTABLE, expires: "1y" });
  }
  if (options.frontend.kind === "react-vite") {
    paths.push({ prefix: "/assets/", key: "web", why: "Vite build output: content-hashed, cached for a year.", cacheControl: IMMUTABLE, expires: "1y" });
  }
  return paths;
}
