import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { RequestCounter, type RequestCounts } from "./count-requests.js";
import { ObjectStore } from "./git-objects.js";
import { LimitSwitch, RateBudget, type LimitOptions } from "./rate-limit.js";
import { RepoState, type AddRepoOptions, type CiReport } from "./repo-state.js";
import { serveRequest, type Interceptor, type ServerState, type Violation } from "./serve-request.js";

export type { Interceptor, InterceptedRequest, Violation } from "./serve-request.js";

export interface GitHubServerOptions {
  /** Check every request and response against GitHub's OpenAPI description. Default true. */
  readonly validate?: boolean;
  /** Default 0: a free port on 127.0.0.1. */
  readonly port?: number;
  /** Primary limits reported in `x-ratelimit-*` (never enforced unless `primaryLimit` is on). */
  readonly rateLimit?: { readonly core?: number; readonly search?: number };
  /** Delay every answer, like GitHub's own latency, so client concurrency matters. Default 0. */
  readonly latencyMs?: number | { readonly read: number; readonly write: number };
}

export interface GitHubServer {
  /** Base URL for Octokit's `baseUrl`, e.g. `http://127.0.0.1:43123`. */
  readonly url: string;
  addRepo(options: AddRepoOptions): RepoState;
  /** The live state of a repository (throws if unknown). */
  repo(owner: string, name: string): RepoState;
  /** A snapshot of the requests seen so far. */
  readonly counts: RequestCounts;
  /** Spec violations, unknown routes and handler crashes; tests assert it stays empty. */
  readonly violations: readonly Violation[];
  resetCounts(): void;
  /** Empties `violations` (e.g. in afterEach, after asserting it). */
  clearViolations(): void;
  /** Answer with GitHub's secondary limit (403/429 + retry-after); `false` switches it off. */
  secondaryLimit(options?: LimitOptions | false): void;
  /** Answer with GitHub's primary limit (x-ratelimit-remaining: 0); `false` switches it off. */
  primaryLimit(options?: LimitOptions | false): void;
  /** Answer matching requests yourself (e.g. a 502 to simulate an outage); undefined to stop. */
  intercept(interceptor: Interceptor | undefined): void;
  /**
   * Simulated CI: called for commits without an explicit `reportCi`, e.g. to pass every PR branch but
   * fail one repository's; undefined to stop (then such commits have no checks).
   */
  simulateCi(ci: ((repo: RepoState, sha: string) => CiReport | undefined) | undefined): void;
  close(): Promise<void>;
}

/** Starts the local GitHub on 127.0.0.1 (see README.md in this folder). */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  let lastId = 1000;
  const core = new RateBudget("core", options.rateLimit?.core ?? 5000);
  const search = new RateBudget("search", options.rateLimit?.search ?? 30);
  const state: ServerState = {
    world: {
      urls: { api: "", html: "" },
      store: new ObjectStore(),
      repos: new Map(),
      nextId: () => ++lastId,
      rateLimits: () => ({ core: core.snapshot(), search: search.snapshot() }),
      ci: undefined,
    },
    validate: options.validate ?? true,
    violations: [],
    counter: new RequestCounter(),
    primary: new LimitSwitch(false),
    secondary: new LimitSwitch(true),
    budgets: { core, search },
    interceptor: undefined,
  };
  const { world } = state;

  const latencyOf = (method: string): number => {
    const latency = options.latencyMs ?? 0;
    if (typeof latency === "number") return latency;
    return method === "GET" || method === "HEAD" ? latency.read : latency.write;
  };

  const server = createServer((req, res) => {
    state.counter.arrived();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const incoming = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", world.urls.api),
        headers: req.headers,
        raw: Buffer.concat(chunks),
      };
      const { status, headers, payload } = serveRequest(state, incoming);
      const send = () => {
        res.writeHead(status, {
          ...headers,
          ...(payload ? { "content-type": "application/json; charset=utf-8" } : {}),
          "content-length": String(Buffer.byteLength(payload)),
        });
        res.end(payload);
        state.counter.inFlight--;
      };
      const delay = latencyOf(incoming.method);
      if (delay > 0) setTimeout(send, delay);
      else send();
    });
  });
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
      return state.counter.snapshot();
    },
    violations: state.violations,
    resetCounts: () => state.counter.reset(),
    clearViolations: () => void state.violations.splice(0),
    secondaryLimit: (limit = {}) => state.secondary.set(limit),
    primaryLimit: (limit = {}) => state.primary.set(limit),
    intercept(interceptor) {
      state.interceptor = interceptor;
    },
    simulateCi(ci) {
      world.ci = ci;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((failure) => (failure ? reject(failure) : resolve()));
      }),
  };
}
