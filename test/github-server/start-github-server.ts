import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ObjectStore } from "./git-objects.js";
import { Router } from "./match-route.js";
import { LimitSwitch, RateBudget, SECONDARY_LIMIT_MESSAGE, type LimitOptions } from "./rate-limit.js";
import { RepoState, type AddRepoOptions } from "./repo-state.js";
import { appRoutes } from "./routes-apps.js";
import { gitRoutes } from "./routes-git.js";
import { pullRoutes } from "./routes-pulls.js";
import { repoRoutes } from "./routes-repos.js";
import { HttpError, type HandlerResult, type Route, type World } from "./route-types.js";
import { checkRequest, checkResponse } from "./validate-operation.js";
import { RequestCounter, type RequestCounts } from "./count-requests.js";

export interface GitHubServerOptions {
  /** Check every request and response against GitHub's OpenAPI description. Default true. */
  readonly validate?: boolean;
  /** Default 0: a free port on 127.0.0.1. */
  readonly port?: number;
  /** Primary limits reported in `x-ratelimit-*` (never enforced unless `primaryLimit` is on). */
  readonly rateLimit?: { readonly core?: number; readonly search?: number };
}

export interface Violation {
  readonly kind: "request" | "response" | "unknown-route" | "server-error";
  readonly method: string;
  readonly url: string;
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

export interface GitHubServer {
  /** Base URL for Octokit's `baseUrl`, e.g. `http://127.0.0.1:43123`. */
  readonly url: string;
  addRepo(options: AddRepoOptions): RepoState;
  /** The live state of a repository (throws if unknown). */
  repo(owner: string, name: string): RepoState;
  readonly counts: RequestCounts;
  readonly violations: readonly Violation[];
  resetCounts(): void;
  /** Empties `violations` (e.g. in afterEach, after asserting it). */
  clearViolations(): void;
  secondaryLimit(options?: LimitOptions | false): void;
  primaryLimit(options?: LimitOptions | false): void;
  /** Answer matching requests yourself (e.g. a 500 to simulate an outage); undefined to stop. */
  intercept(interceptor: Interceptor | undefined): void;
  close(): Promise<void>;
}

const ROUTES: readonly Route[] = [...gitRoutes, ...pullRoutes, ...repoRoutes, ...appRoutes];
const router = new Router(ROUTES);

/** Starts the local GitHub on 127.0.0.1 (see README.md in this folder). */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const validate = options.validate ?? true;
  let id = 1000;
  const core = new RateBudget("core", options.rateLimit?.core ?? 5000);
  const search = new RateBudget("search", options.rateLimit?.search ?? 30);
  const world: World = {
    urls: { api: "", html: "" },
    store: new ObjectStore(),
    repos: new Map(),
    nextId: () => ++id,
    rateLimits: () => ({ core: core.snapshot(), search: search.snapshot() }),
  };
  const violations: Violation[] = [];
  const counter = new RequestCounter();
  const secondary = new LimitSwitch(true);
  const primary = new LimitSwitch(false);
  let interceptor: Interceptor | undefined;

  const respond = (res: ServerResponse, result: HandlerResult, headers: Record<string, string>) => {
    const payload = result.body === undefined ? "" : JSON.stringify(result.body);
    res.writeHead(result.status, {
      ...headers,
      ...result.headers,
      ...(payload ? { "content-type": "application/json; charset=utf-8" } : {}),
      "content-length": String(Buffer.byteLength(payload)),
    });
    res.end(payload);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", world.urls.api);
    const isWrite = method !== "GET" && method !== "HEAD";
    const budget = url.pathname.startsWith("/search/") ? search : core;
    const base = { "x-github-request-id": randomUUID(), "x-github-api-version-selected": "2022-11-28" };
    const match = router.match(method, url.pathname);
    const record = (kind: Violation["kind"], message: string, status?: number) =>
      violations.push({ kind, method, url: url.pathname + url.search, message, ...(match ? { operation: match.route.path } : {}), ...(status === undefined ? {} : { status }) });

    if (!match) {
      counter.add(method, undefined, undefined, isWrite);
      record("unknown-route", `no route for ${method} ${url.pathname}`);
      return respond(res, { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } }, { ...base, ...budget.spend(false) });
    }
    const key = `${method} ${match.route.path}`;
    const repoName = match.params["owner"] && match.params["repo"] ? `${match.params["owner"]}/${match.params["repo"]}` : undefined;
    counter.add(method, key, repoName, isWrite);

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        record("request", "body is not JSON");
        return respond(res, { status: 400, body: { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest" } }, { ...base, ...budget.spend(false) });
      }
    }
    const query = Object.fromEntries(url.searchParams);
    if (validate) {
      const problems = checkRequest(key, { pathParams: match.params, query, body });
      for (const problem of problems) record("request", problem);
      if (problems.length > 0) {
        const result = { status: 422, body: { message: `Invalid request.\n\n${problems.join("\n")}`, documentation_url: "https://docs.github.com/rest", status: "422" } };
        return respond(res, result, { ...base, ...budget.spend(false) });
      }
    }

    const primaryHit = primary.hit(isWrite);
    if (primaryHit) {
      counter.limited++;
      const reset = String(Math.ceil(Date.now() / 1000 + primaryHit.retryAfter));
      const message = "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.";
      const headers = { ...base, ...budget.headers(), "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset };
      return respond(res, { status: primaryHit.status, body: { message, documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits" } }, headers);
    }
    const secondaryHit = secondary.hit(isWrite);
    if (secondaryHit) {
      counter.limited++;
      const headers = { ...base, ...budget.spend(false), "retry-after": String(secondaryHit.retryAfter) };
      return respond(res, { status: secondaryHit.status, body: { message: SECONDARY_LIMIT_MESSAGE, documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits" } }, headers);
    }

    const token = /^(?:bearer|token)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    let result: HandlerResult;
    try {
      result = interceptor?.({ method, route: match.route.path, params: match.params, body }) ??
        match.route.handler({ world, params: match.params, query, body, url, token });
    } catch (error) {
      if (error instanceof HttpError) result = { status: error.status, body: error.body };
      else {
        record("server-error", error instanceof Error ? (error.stack ?? error.message) : String(error));
        result = { status: 500, body: { message: "Server Error" } };
      }
    }

    // Conditional requests: a matching ETag costs nothing, as on GitHub.
    if (method === "GET" && result.status === 200) {
      const etag = `W/"${createHash("sha1").update(JSON.stringify(result.body)).digest("hex")}"`;
      if (req.headers["if-none-match"] === etag) {
        counter.notModified++;
        return respond(res, { status: 304 }, { ...base, ...budget.spend(true), etag });
      }
      result = { ...result, headers: { ...result.headers, etag } };
    }
    if (validate && result.status < 500) {
      for (const problem of checkResponse(key, result.status, result.body)) record("response", problem, result.status);
    }
    respond(res, result, { ...base, ...budget.spend(false) });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, res, Buffer.concat(chunks)));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(world.urls, { api: url, html: url });

  return {
    url,
    addRepo(repoOptions) {
      const key = `${repoOptions.owner}/${repoOptions.name}`.toLowerCase();
      if (world.repos.has(key)) throw new Error(`repository ${key} already exists`);
      const repo = new RepoState(world.store, world.nextId(), repoOptions, world.nextId);
      world.repos.set(key, repo);
      return repo;
    },
    repo(owner, name) {
      const repo = world.repos.get(`${owner}/${name}`.toLowerCase());
      if (!repo) throw new Error(`unknown repository ${owner}/${name}`);
      return repo;
    },
    get counts() {
      return counter.snapshot();
    },
    violations,
    resetCounts: () => counter.reset(),
    clearViolations: () => void violations.splice(0),
    secondaryLimit: (limit = {}) => secondary.set(limit),
    primaryLimit: (limit = {}) => primary.set(limit),
    intercept(next) {
      interceptor = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
