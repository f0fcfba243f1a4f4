import type { Route } from "./route-types.js";

// Parameters that hold a slash-separated path; Octokit sends them %2F-encoded, git tools raw.
const GREEDY = new Set(["ref", "path"]);
// `contents/` with an empty path lists the repository root.
const MAY_BE_EMPTY = new Set(["path"]);

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

function lastName(template: readonly string[]): string {
  return template[template.length - 1]!.slice(1, -1);
}

function matchSegments(template: readonly string[], raw: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const mayBeEmpty = i === template.length - 1 && MAY_BE_EMPTY.has(part.slice(1, -1));
    const value = raw[i] ?? (mayBeEmpty ? "" : undefined);
    if (value === undefined || (value === "" && !mayBeEmpty)) return undefined;
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
  return raw.length === template.length || (raw.length === template.length - 1 && params[lastName(template)] === "")
    ? params
    : undefined;
}
