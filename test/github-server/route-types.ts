import type { ObjectStore } from "./git-objects.js";
import type { Urls } from "./make-user.js";
import type { CiReport, RepoState } from "./repo-state.js";

/** Everything a route handler may read or change. */
export interface World {
  readonly urls: Urls;
  readonly store: ObjectStore;
  /** Keyed by lower-cased `owner/name`: GitHub matches names case-insensitively. */
  readonly repos: Map<string, RepoState>;
  nextId(): number;
  rateLimits(): Record<"core" | "search", RateSnapshot>;
  /** Simulated CI: what it reports on a commit nobody reported on explicitly (`RepoState.reportCi`). */
  ci: ((repo: RepoState, sha: string) => CiReport | undefined) | undefined;
}

export interface RateSnapshot {
  readonly limit: number;
  readonly remaining: number;
  readonly reset: number;
  readonly used: number;
}

export interface HandlerContext {
  readonly world: World;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly url: URL;
  /** The Authorization header's token, if any (never logged). */
  readonly token: string | undefined;
  /** Records an "unsupported" violation: the request is valid on GitHub but this fake cannot honour it fully. */
  note(message: string): void;
}

export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

export interface Route {
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The path exactly as GitHub's OpenAPI description spells it. */
  readonly path: string;
  readonly handler: Handler;
}

const DOCS = "https://docs.github.com/rest";

/** An error answer; handlers throw it and the server turns it into the response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body["message"]));
  }
}

export function notFound(message = "Not Found"): HttpError {
  return new HttpError(404, {
    message,
    documentation_url: DOCS,
    status: "404",
  });
}

export function conflict(message: string): HttpError {
  return new HttpError(409, {
    message,
    documentation_url: DOCS,
    status: "409",
  });
}

export function forbidden(message: string): HttpError {
  return new HttpError(403, {
    message,
    documentation_url: DOCS,
    status: "403",
  });
}

export interface FieldError {
  readonly resource?: string;
  readonly field?: string;
  readonly code: string;
  readonly message?: string;
}

/** GitHub's 422: a top-level message, optionally with per-field errors. */
export function unprocessable(message: string, errors?: readonly FieldError[]): HttpError {
  return new HttpError(422, {
    message,
    ...(errors ? { errors } : {}),
    documentation_url: DOCS,
    status: "422",
  });
}

/** Any repository of an account (the account exists while it owns one), optionally of one type. */
export function accountRepo(world: World, login: string, type?: RepoState["ownerType"]): RepoState | undefined {
  const wanted = login.toLowerCase();
  for (const repo of world.repos.values()) {
    if (repo.owner.toLowerCase() === wanted && (type === undefined || repo.ownerType === type)) return repo;
  }
  return undefined;
}

export function repoOf(ctx: HandlerContext): RepoState {
  const repo = ctx.world.repos.get(`${ctx.params["owner"]}/${ctx.params["repo"]}`.toLowerCase());
  if (!repo) throw notFound();
  return repo;
}

/** The repository, refusing git-database access while it has no commit (as GitHub does). */
export function nonEmptyRepoOf(ctx: HandlerContext): RepoState {
  const repo = repoOf(ctx);
  if (repo.isEmpty) throw conflict("Git Repository is empty.");
  return repo;
}

export function writableRepoOf(ctx: HandlerContext): RepoState {
  const repo = nonEmptyRepoOf(ctx);
  if (repo.archived) throw forbidden("Repository was archived so is read-only.");
  return repo;
}
