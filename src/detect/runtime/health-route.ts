/** Route names that mean "is this service up", best first. */
const HEALTH_NAMES = ["healthz", "health", "healthcheck", "health-check", "health_check", "_health", "livez", "readyz", "ready", "ping", "up", "status"];

/** A health route candidate: its URL path and the file that declares it. */
export interface HealthRoute {
  readonly path: string;
  readonly file: string;
}

/** True for `/health`, `/api/healthz/`, `/v1/ping`… and the rank of its name (lower is better). */
export function healthRank(path: string): number | undefined {
  const last = path.replace(/\/+$/, "").split("/").pop()?.toLowerCase() ?? "";
  const rank = HEALTH_NAMES.indexOf(last);
  return rank < 0 ? undefined : rank;
}

/** Picks the best-named route, then the shortest path. */
export function bestHealthRoute(routes: readonly HealthRoute[]): HealthRoute | undefined {
  return [...routes]
    .filter((r) => healthRank(r.path) !== undefined)
    .sort((a, b) => (healthRank(a.path) ?? 99) - (healthRank(b.path) ?? 99) || a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
}

/** Joins URL segments into one absolute path without doubled slashes, keeping a trailing slash if the last has one. */
export function joinUrl(...parts: string[]): string {
  const joined = `/${parts.map((p) => p.replace(/^\/+/, "")).filter(Boolean).join("/")}`.replace(/\/{2,}/g, "/");
  return joined;
}
