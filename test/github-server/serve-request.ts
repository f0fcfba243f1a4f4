import { createHash, randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { RequestCounter } from "./count-requests.js";
import { Router } from "./match-route.js";
import { SECONDARY_LIMIT_MESSAGE, type LimitSwitch, type RateBudget } from "./rate-limit.js";
import { appRoutes } from "./routes-apps.js";
import { checkRoutes } from "./routes-checks.js";
import { codeScanningRoutes } from "./routes-code-scanning.js";
import { gitRoutes } from "./routes-git.js";
import { pullRoutes } from "./routes-pulls.js";
import { repoRoutes } from "./routes-repos.js";
import { HttpError, type HandlerResult, type Route, type World } from "./route-types.js";
import { checkRequest, checkResponse } from "./validate-operation.js";

export interface Violation {
  readonly kind: "request" | "response" | "unknown-route" | "server-error" | "unsupported";
  readonly method: string;
  readonly url: string;
  /** The OpenAPI path of the matched route, e.g. `/repos/{owner}/{repo}/git/trees`. */
  readonly operation?: string;
  readonly status?: number;
  readonly message: string;
}

/** A request as seen by an interceptor, which may answer it instead of the server. */
export interface InterceptedRequest {
  readonly method: string;
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Interceptor = (request: InterceptedRequest) => HandlerResult | undefined;

/** The server's mutable state that every request goes through. */
export interface ServerState {
  readonly world: World;
  readonly validate: boolean;
  readonly violations: Violation[];
  readonly counter: RequestCounter;
  readonly primary: LimitSwitch;
  readonly secondary: LimitSwitch;
  readonly budgets: { readonly core: RateBudget; readonly search: RateBudget };
  interceptor: Interceptor | undefined;
}

export interface IncomingRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
}

export interface OutgoingResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Serialised JSON, or "" for no body. */
  readonly payload: string;
}

/** Every route the server answers, each named by its OpenAPI path. */
export const ROUTES: readonly Route[] = [...gitRoutes, ...pullRoutes, ...repoRoutes, ...appRoutes, ...checkRoutes, ...codeScanningRoutes];
const router = new Router(ROUTES);
const DOCS = "https://docs.github.com/rest";
const LIMITS_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";

function error(status: number, message: string): HandlerResult {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}

/**
 * `If-None-Match` uses the weak comparison (RFC 9110 13.1.2): `W/` is ignored, the header may list
 * several tags or be `*`. GitHub answers `"x"` and `W/"x"` alike.
 */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.trim() === "*" || header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

// A checker that throws (say, a schema ajv cannot compile) must not take the server down with it.
function guarded(check: () => string[], record: (kind: "server-error", message: string) => void): string[] {
  try {
    return check();
  } catch (thrown) {
    record("server-error", `spec check failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return [];
  }
}

/**
 * One request through the pipeline: route, count, check the request against the spec, apply the
 * limit switches, run the handler, answer conditional GETs, check the response.
 */
export function serveRequest(state: ServerState, request: IncomingRequest): OutgoingResponse {
  const { method, url } = request;
  const isWrite = method !== "GET" && method !== "HEAD";
  const budget = url.pathname.startsWith("/search/") ? state.budgets.search : state.budgets.core;
  const base = { "x-github-request-id": randomUUID(), "x-github-api-version-selected": "2022-11-28" };
  const match = router.match(method, url.pathname);
  const record = (kind: Violation["kind"], message: string, status?: number) =>
    state.violations.push({
      kind,
      method,
      url: url.pathname + url.search,
      message,
      ...(match ? { operation: match.route.path } : {}),
      ...(status === undefined ? {} : { status }),
    });
  const finish = (result: HandlerResult, headers: Record<string, string>, payload?: string): OutgoingResponse => ({
    status: result.status,
    headers: { ...base, ...headers, ...result.headers },
    payload: payload ?? (result.body === undefined ? "" : JSON.stringify(result.body)),
  });

  if (!match) {
    state.counter.add(method, undefined, undefined, isWrite);
    record("unknown-route", `no route for ${method} ${url.pathname}`);
    return finish(error(404, "Not Found"), budget.spend(false));
  }
  const key = `${method} ${match.route.path}`;
  const { owner, repo } = match.params;
  state.counter.add(method, key, owner && repo ? `${owner}/${repo}` : undefined, isWrite);

  let body: unknown;
  if (request.raw.length > 0) {
    try {
      body = JSON.parse(request.raw.toString("utf8"));
    } catch {
      record("request", "body is not JSON");
      return finish(error(400, "Problems parsing JSON"), budget.spend(false));
    }
  }
  const query = Object.fromEntries(url.searchParams);
  if (state.validate) {
    const problems = guarded(() => checkRequest(key, { pathParams: match.params, query, body }), record);
    for (const problem of problems) record("request", problem);
    // GitHub answers malformed requests with 422 too.
    if (problems.length > 0)
      return finish(error(422, `Invalid request.\n\n${problems.join("\n")}`), budget.spend(false));
  }

  const primaryHit = state.primary.hit(isWrite);
  if (primaryHit) {
    state.counter.limited++;
    const reset = String(Math.ceil(Date.now() / 1000 + primaryHit.retryAfter));
    const message = "API rate limit exceeded for installation.";
    const result = {
      status: primaryHit.status,
      body: { message, documentation_url: `${LIMITS_DOCS}#about-primary-rate-limits` },
    };
    return finish(result, { ...budget.headers(), "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset });
  }
  const secondaryHit = state.secondary.hit(isWrite);
  if (secondaryHit) {
    state.counter.limited++;
    const documentation_url = `${LIMITS_DOCS}#about-secondary-rate-limits`;
    const result = { status: secondaryHit.status, body: { message: SECONDARY_LIMIT_MESSAGE, documentation_url } };
    return finish(result, { ...budget.spend(false), "retry-after": String(secondaryHit.retryAfter) });
  }

  const token = /^(?:bearer|token)\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1];
  // Any token is accepted, but like GitHub nothing is written anonymously.
  if (isWrite && token === undefined) return finish(error(401, "Requires authentication"), budget.spend(false));
  let result: HandlerResult;
  try {
    result =
      state.interceptor?.({ method, route: match.route.path, params: match.params, body }) ??
      match.route.handler({
        world: state.world,
        params: match.params,
        query,
        body,
        url,
        token,
        note: (message) => record("unsupported", message),
      });
  } catch (thrown) {
    if (thrown instanceof HttpError) result = { status: thrown.status, body: thrown.body };
    else {
      record("server-error", thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
      result = error(500, "Server Error");
    }
  }

  const payload = result.body === undefined ? "" : JSON.stringify(result.body);
  // Conditional requests: a matching ETag costs nothing, as on GitHub, where ETags are per token
  // (an App's hourly installation token gets new ones: github/docs#34689).
  if (method === "GET" && result.status === 200) {
    const etag = `W/"${createHash("sha1").update(token ?? "").update("\0").update(payload).digest("hex")}"`;
    if (matchesEtag(request.headers["if-none-match"], etag)) {
      state.counter.notModifiedFor(owner && repo ? `${owner}/${repo}` : undefined);
      return finish({ status: 304 }, { ...budget.spend(true), etag }, "");
    }
    result = { ...result, headers: { ...result.headers, etag } };
  }
  if (state.validate && result.status < 500) {
    const problems = guarded(() => checkResponse(key, result.status, result.body), record);
    for (const problem of problems) record("response", problem, result.status);
  }
  return finish(result, budget.spend(false), payload);
}
