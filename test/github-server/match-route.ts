import type { Route } from "./route-types.js";

// Parameters that hold a slash-separated path; Octokit sends them %2F-encoded, git tools raw.
const GREEDY = new Set(["ref", "path"]);

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
}

/** Matches `METHOD /path` against routes written as OpenAPI paths (`/repos/{owner}/{repo}`). */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: route.path.split("/").slice(1),
    }));
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const raw = pathname.split("/").slice(1);
    for (const { route, segments } of this.compiled) {
      if (route.method !== method) continue;
      const params = matchSegments(segments, raw);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function matchSegments(template: readonly string[], raw: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const value = raw[i];
    if (value === undefined || value === "") return undefined;
    if (!part.startsWith("{")) {
      if (part !== value) return undefined;
      continue;
    }
    const name = part.slice(1, -1);
    const isLast = i === template.length - 1;
    const taken = isLast && GREEDY.has(name) ? raw.slice(i) : [value];
    try {
      params[name] = taken.map((segment) => decodeURIComponent(segment)).join("/");
    } catch {
      return undefined;
    }
    if (taken.length > 1) return params;
  }
  return raw.length === template.length ? params : undefined;
}
