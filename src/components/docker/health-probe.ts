import type { BaselineOptions } from "../../options/index.js";

/**
 * How every probe of one service asks whether it is up: the image's HEALTHCHECK, compose, the
 * platform's probes, deploy polling, uptime and the k6 smoke test all read this one value.
 */
export interface HealthProbe {
  readonly path: string;
  /**
   * true: a declared health route, which must answer below 400 (2xx, or a redirect).
   * false: the app has no health route, so any answer below 500 shows the server is up
   * (a 404 or 401 on `/` is a running app; a 5xx or no answer is not).
   */
  readonly route: boolean;
}

/** Apps behind TLS-terminating proxies often redirect plain HTTP; probes say the request came over HTTPS. */
export const PROBE_HEADERS: Readonly<Record<string, string>> = { "X-Forwarded-Proto": "https" };

/** The backend's probe: `deploy.healthPath` when the app has a health route, else `/` accepting any status below 500. */
export function backendProbe(options: BaselineOptions): HealthProbe {
  const path = options.deploy.healthPath;
  return path ? { path, route: true } : { path: "/", route: false };
}

/** A frontend's root page may redirect (auth, locale) or 404 without being down. */
export function frontendProbe(): HealthProbe {
  return { path: "/", route: false };
}

/** Exclusive upper bound of the statuses that count as healthy. */
export function healthyBelow(probe: HealthProbe): 400 | 500 {
  return probe.route ? 400 : 500;
}

/** In words, for docs, step names and init's summary. */
export function describeProbe(probe: HealthProbe, port: number): string {
  return probe.route ? `GET ${probe.path} on port ${port} answers below 400` : `GET / on port ${port} answers below 500 (no health route: any answer shows the server is up)`;
}

/** The runtimes an image's health check can be written for, by what the final stage has. */
export type ProbeRuntime = "python" | "node" | "busybox";

/**
 * The health-check command of an image, as argv, for the image's HEALTHCHECK and compose alike.
 * Redirects are not followed: a redirect is an answer from a running server.
 */
export function healthcheckArgv(runtime: ProbeRuntime, port: number, probe: HealthProbe): string[] {
  const url = `http://127.0.0.1:${port}${probe.path}`;
  const below = healthyBelow(probe);
  switch (runtime) {
    case "python":
      return [
        "python",
        "-c",
        [
          "import sys, urllib.error, urllib.request as r",
          "class Keep(r.HTTPRedirectHandler):",
          "    redirect_request = lambda *a: None",
          "try:",
          `    r.build_opener(Keep).open(r.Request('${url}', headers={'X-Forwarded-Proto': 'https'}), timeout=4)`,
          "except urllib.error.HTTPError as e:",
          `    sys.exit(e.code >= ${below})`,
        ].join("\n"),
      ];
    case "node":
      return [
        "node",
        "-e",
        `fetch('${url}', { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } }).then((r) => process.exit(r.status < ${below} ? 0 : 1), () => process.exit(1))`,
      ];
    case "busybox":
      // nginx serving static files: the page is there or the server is down.
      return ["wget", "-q", "--spider", url];
  }
}
