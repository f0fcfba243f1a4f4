import { httpStatus } from "./errors.js";

/** What a conditional read found: the fresh answer with its validator, or `undefined` for "not modified". */
export type Fresh<T> = { readonly data: T; readonly etag: string | undefined } | undefined;

/**
 * A GET sent with `If-None-Match` when a validator is known. GitHub answers an unchanged resource with
 * 304 and no body, and does not count that answer against the primary rate limit; Octokit throws on it.
 */
export async function readIfChanged<T>(
  etag: string | undefined,
  get: (headers: Record<string, string>) => Promise<{ data: T; headers: { etag?: string } }>,
): Promise<Fresh<T>> {
  try {
    const response = await get(etag === undefined ? {} : { "if-none-match": etag });
    return { data: response.data, etag: response.headers.etag };
  } catch (error) {
    if (etag !== undefined && httpStatus(error) === 304) return undefined;
    throw error;
  }
}
