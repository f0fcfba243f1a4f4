import type { Octokit } from "@octokit/rest";

/** GitHub's answers that a second try cannot change; everything else from 400 up is tried again. */
const DO_NOT_RETRY: ReadonlySet<number> = new Set([400, 401, 403, 404, 409, 410, 422, 451]);

export interface RetryOptions {
  /** Tries after the first. */
  readonly retries: number;
  /** The wait before try n+1 is (n+1)² times this. */
  readonly baseMs: number;
}

/**
 * An Octokit plugin that tries a request again after a server error or a network failure: up to
 * `retries` times, waiting 1, 4, 9 s. It does what `@octokit/plugin-retry` does for us, without that
 * plugin's new Bottleneck limiter (events, datastore, queues) per request, which lived through every
 * round trip of a rollout and was promoted to the old generation (issue 14). Rate limits are the
 * throttling plugin's: registered after it, this wraps it, so each try is paced by it.
 */
export function retryServerErrors(octokit: Pick<Octokit, "hook">, options: { readonly [option: string]: unknown }): void {
  const { retries = 3, baseMs = 1000 } = (options.retry ?? {}) as Partial<RetryOptions>;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        if (attempt >= retries || !retryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * baseMs));
      }
    }
  });
}

function retryable(error: unknown): boolean {
  const { status, request, name } = error as { status?: unknown; request?: unknown; name?: unknown };
  // A RequestError (it carries its request): an HTTP answer, or a failure to get one (status 500).
  return request !== undefined && name !== "AbortError" && typeof status === "number" && status >= 400 && !DO_NOT_RETRY.has(status);
}
