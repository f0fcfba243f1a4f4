import { Octokit } from "@octokit/rest";

const silent = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** The real Octokit REST client pointed at the local server, without request logging. */
export function makeTestClient(baseUrl: string, token = "test-token"): Octokit {
  return new Octokit({ baseUrl, auth: token, log: silent });
}

/** The HTTP status of a failed Octokit call (fails the test if the call succeeded). */
export async function statusOf(promise: Promise<unknown>): Promise<{
  status: number;
  message: string;
  headers: Record<string, string>;
}> {
  try {
    await promise;
  } catch (error) {
    const failure = error as {
      status: number;
      message: string;
      response?: { headers: Record<string, string> };
    };
    return {
      status: failure.status,
      message: failure.message,
      headers: failure.response?.headers ?? {},
    };
  }
  throw new Error("expected the request to fail");
}
