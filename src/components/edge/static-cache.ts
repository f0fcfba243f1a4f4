import type { BaselineOptions } from "../../options/index.js";
import { hasPiece } from "./plan.js";

/**
 * nginx-unprivileged's own cache folder (uid 101 owns it in the image): a named volume on compose, an
 * emptyDir on Kubernetes, so the cache is writable under a read-only root filesystem.
 */
export const STATIC_CACHE_ROOT = "/var/cache/nginx";
/** The response header that says whether the edge cache answered: HIT, MISS, EXPIRED, UPDATING, STALE. */
export const CACHE_STATUS_HEADER = "X-Cache-Status";
/** Upper bound of the cache on disk; nginx's cache manager evicts the least recently used above it. */
export const STATIC_CACHE_MAX_SIZE = "256m";

/** nginx directives of the edge cache: `http` for the http block, `location` for each static path's location. */
export interface StaticCacheDirectives {
  readonly http: readonly string[];
  readonly location: readonly string[];
}

/**
 * The cache rule for the static paths, the one source for both nginx configs that carry it: the proxy
 * behind Caddy (deploy/nginx/nginx.conf) and the static-cache Deployment on Kubernetes. The app's own
 * Cache-Control decides how long a response is kept; responses with Set-Cookie or `private` are not kept.
 */
export function staticCacheDirectives(): StaticCacheDirectives {
  return {
    http: [
      "# The edge cache for the static paths (docs/cdn.md): keys in 10 MB of shared memory, files on disk.",
      `proxy_cache_path ${STATIC_CACHE_ROOT}/static levels=1:2 keys_zone=static:10m max_size=${STATIC_CACHE_MAX_SIZE} inactive=7d use_temp_path=off;`,
    ],
    location: [
      "proxy_cache static;",
      "proxy_cache_key $host$request_uri;",
      "# Only for responses that carry neither Cache-Control nor Expires.",
      "proxy_cache_valid 200 10m;",
      "# One request per missing file reaches the app; the others wait for it.",
      "proxy_cache_lock on;",
      "proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;",
      "proxy_cache_background_update on;",
      `add_header ${CACHE_STATUS_HEADER} $upstream_cache_status always;`,
    ],
  };
}

/** Where the edge cache runs: the proxy behind Caddy (compose without the tunnel), or its own Deployment on Kubernetes. */
export function staticCacheHost(options: BaselineOptions): "compose-proxy" | "kubernetes" | undefined {
  if (!hasPiece(options, "cdn")) return undefined;
  if (options.cloud === "kubernetes") return "kubernetes";
  if (options.cloud === "compose" && !options.edge.tunnel) return "compose-proxy";
  return undefined;
}
