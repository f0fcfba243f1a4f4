import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/**
 * The part of `fetch` that Octokit's request layer calls (`@octokit/request`'s fetch wrapper): a method,
 * string headers, a string body, a signal; the answer's status, URL, headers and text.
 *
 * Why not the global `fetch`: undici costs a rollout about 15 MB of memory outside the heap, and it
 * copies every string body (`toUSVString`) and wraps every answer in WHATWG streams. At 10,000
 * repositories that was a quarter of what a rollout promoted to the old generation (issue 14).
 */
export type HttpFetch = (url: string, init: HttpFetchInit) => Promise<HttpFetchResponse>;

export interface HttpFetchInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | null;
  readonly signal?: AbortSignal | null;
  /** Octokit leaves it unset: redirects are followed, as `fetch` does by default. */
  readonly redirect?: "follow" | "manual" | "error";
}

export interface HttpFetchResponse {
  readonly status: number;
  readonly statusText: string;
  /** The URL that answered, after redirects. */
  readonly url: string;
  readonly headers: ResponseHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Lower-case names; a repeated header is one value joined by ", ", as `fetch`'s Headers does. */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>();

  constructor(raw: IncomingMessage["headers"]) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.#values.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#values.entries();
  }
}

const MAX_REDIRECTS = 20;
/** undici's default: an answer that sends nothing for this long is an error, not a hang. */
const IDLE_TIMEOUT_MS = 300_000;

export interface HttpFetchOptions {
  /** Sockets per host; a rollout works on `--concurrency` repositories at once. */
  readonly maxSockets?: number;
}

/**
 * A `fetch` over `node:http`/`node:https` with keep-alive connections. Proxies: as the global `fetch`,
 * `HTTP(S)_PROXY` and `NO_PROXY` are used when Node.js is told to (`NODE_USE_ENV_PROXY=1` or
 * `--use-env-proxy`, Node.js 24 and 22.21 or later); Node.js itself ignores them on an agent of our own otherwise.
 */
export function createHttpFetch(options: HttpFetchOptions = {}): HttpFetch {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16, scheduling: "lifo" as const, ...(usesEnvProxy() ? { proxyEnv: process.env } : {}) };
  const agents = { "http:": new HttpAgent(agentOptions), "https:": new HttpsAgent(agentOptions) };
  const send = async (url: URL, init: HttpFetchInit, redirects: number): Promise<HttpFetchResponse> => {
    const message = await exchange(url, init, agents);
    const location = message.headers.location;
    const status = message.statusCode ?? 0;
    if (!REDIRECTS.has(status) || location === undefined || init.redirect === "manual") return respond(url, message);
    message.resume();
    if (init.redirect === "error") throw fetchFailed(new Error(`redirected to ${location}`));
    if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error(`more than ${MAX_REDIRECTS} redirects`));
    const next = new URL(location, url);
    // As fetch does: 303 (and 301/302 after a POST) becomes a GET without a body; credentials stay on their origin.
    const method = init.method?.toUpperCase() ?? "GET";
    const toGet = status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST";
    const headers = { ...init.headers };
    if (next.origin !== url.origin) deleteHeader(headers, "authorization");
    if (toGet) for (const name of ["content-type", "content-length"]) deleteHeader(headers, name);
    return send(next, { ...init, headers, ...(toGet ? { method: "GET", body: null } : {}) }, redirects + 1);
  };
  return (url, init) => send(new URL(url), init, 0);
}

function usesEnvProxy(): boolean {
  const flag = (args: readonly string[]) => args.includes("--use-env-proxy");
  return process.env.NODE_USE_ENV_PROXY === "1" || flag(process.execArgv) || flag((process.env.NODE_OPTIONS ?? "").split(/\s+/));
}

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

function exchange(url: URL, init: HttpFetchInit, agents: { "http:": HttpAgent; "https:": HttpsAgent }): Promise<IncomingMessage> {
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const body = init.body ?? undefined;
  const headers: OutgoingHttpHeaders = { "accept-encoding": "gzip, deflate, br", ...init.headers };
  if (body !== undefined) headers["content-length"] = bodyLength(body);
  const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, { method: init.method ?? "GET", headers, agent: agents[url.protocol] });
  return new Promise<IncomingMessage>((resolve, reject) => {
    const onAbort = () => request.destroy(abortError(signal!));
    signal?.addEventListener("abort", onAbort, { once: true });
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error(`no answer from ${url.host} in ${IDLE_TIMEOUT_MS / 1000}s`)));
    request.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error.name === "AbortError" ? error : fetchFailed(error));
    });
    request.once("response", (message) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(message);
    });
    request.end(body);
  });
}

function bodyLength(body: string | Uint8Array): number {
  return typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
}

function respond(url: URL, message: IncomingMessage): HttpFetchResponse {
  // Read at once, even if nobody asks (a 204, a HEAD): a socket goes back to the pool only when its answer has been read.
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on("data", (chunk: Buffer) => chunks.push(chunk));
    message.once("error", (error) => reject(fetchFailed(error)));
    message.once("end", () => {
      try {
        resolve(decode(Buffer.concat(chunks), message.headers["content-encoding"]));
      } catch (error) {
        reject(fetchFailed(error as Error));
      }
    });
  });
  bytes.catch(() => undefined); // reported to whoever reads the body; an unread failed body is not an unhandled rejection
  const text = async () => (await bytes).toString("utf8");
  return {
    status: message.statusCode ?? 0,
    statusText: message.statusMessage ?? "",
    url: url.href,
    headers: new ResponseHeaders(message.headers),
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => {
      const buffer = await bytes;
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    },
  };
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (body.length === 0) return body; // a 304 or HEAD answer names an encoding but has no body
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case "":
    case "identity":
      return body;
    case "gzip":
    case "x-gzip":
      return gunzipSync(body);
    case "deflate":
      return inflateSync(body);
    case "br":
      return brotliDecompressSync(body);
    default:
      throw new Error(`unsupported content-encoding "${encoding}"`);
  }
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}

/** The shape `fetch` rejects with, which Octokit turns into a RequestError carrying `cause.message`. */
function fetchFailed(cause: Error): TypeError {
  return new TypeError("fetch failed", { cause });
}

/** As `fetch`: the signal's reason, or an AbortError. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("This operation was aborted", "AbortError");
}
