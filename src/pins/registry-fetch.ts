import { BaselineError } from "../errors.js";
import { TOOL_VERSION } from "../version.js";

export type Fetch = typeof globalThis.fetch;

const TIMEOUT_MS = 30_000;

/** One request to a package or image registry, with our User-Agent and a timeout; never throws on a status. */
export async function registryRequest(fetchImpl: Fetch, url: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const method = init.method ?? "GET";
  try {
    return await fetchImpl(url, {
      method,
      headers: { "user-agent": `create-devops-baseline/${TOOL_VERSION}`, ...init.headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // fetch says only "fetch failed"; the reason (DNS, refused, timeout) is in its cause.
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new BaselineError("IO", `${method} ${url} failed: ${cause}`);
  }
}

/** GET a JSON document; a non-2xx answer is an error naming the URL and the status. */
export async function registryJson<T>(fetchImpl: Fetch, url: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await registryRequest(fetchImpl, url, { headers: { accept: "application/json", ...headers } });
  if (!response.ok) throw new BaselineError("IO", `GET ${url} answered ${response.status} ${response.statusText}`.trim());
  return (await response.json()) as T;
}
