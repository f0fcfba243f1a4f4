import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeBinary, type NodeMajor } from "../../scripts/node-runtimes.js";

const exec = promisify(execFile);
const TRANSPORT = new URL("../../src/github/http-transport.ts", import.meta.url).pathname;

/**
 * The transport behind a real forward proxy, on Node.js 22 and 24 (whose agents take `proxyEnv`; 20's do
 * not, and its fetch ignores proxies too): with `NODE_USE_ENV_PROXY=1` requests go through `HTTP_PROXY`,
 * as the global fetch's do; without it they go straight to the server.
 */
describe("the node:http transport and HTTP_PROXY", () => {
  const proxied: string[] = [];
  let target: Server;
  let proxy: Server;
  let targetUrl: string;
  let proxyUrl: string;
  let script: string;
  const nodes = {} as Record<NodeMajor, string>;

  beforeAll(async () => {
    // Installed from the npm registry on first use: in the hook, whose timeout allows a download.
    for (const major of ["22", "24"] as const) nodes[major] = nodeBinary(major);
    target = createServer((_request, response) => response.writeHead(200, { "content-type": "text/plain" }).end("from the target"));
    // A forward proxy for plain HTTP: the request line carries the absolute URL, which is fetched as is.
    proxy = createServer((incoming, outgoing) => {
      proxied.push(incoming.url!);
      const upstream = request(incoming.url!, { method: incoming.method, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(outgoing);
      });
      incoming.pipe(upstream);
    });
    for (const server of [target, proxy]) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/repos/acme/app`;
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    script = join(mkdtempSync(join(tmpdir(), "devops-baseline-proxy-")), "get.mts");
    writeFileSync(script, `import { createHttpFetch } from ${JSON.stringify(TRANSPORT)};\nconst answer = await createHttpFetch()(process.argv[2]!, {});\nconsole.log(answer.status, await answer.text());\n`);
  }, 180_000);

  afterAll(async () => {
    for (const server of [target, proxy]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const get = async (major: NodeMajor, env: Record<string, string>) => {
    const { NODE_USE_ENV_PROXY: _a, HTTP_PROXY: _b, http_proxy: _c, NO_PROXY: _d, no_proxy: _e, NODE_OPTIONS: _f, ...base } = process.env;
    const { stdout } = await exec(nodes[major], ["--import", "tsx", script, targetUrl], { env: { ...base, HTTP_PROXY: proxyUrl, ...env } });
    return stdout.trim();
  };

  it.each(["22", "24"] as const)("Node.js %s: through the proxy when told to use the environment's, straight otherwise and for a NO_PROXY host", async (major) => {
    proxied.length = 0;
    expect(await get(major, { NODE_USE_ENV_PROXY: "1" })).toBe("200 from the target");
    expect(proxied).toEqual([targetUrl]);
    expect(await get(major, {})).toBe("200 from the target");
    expect(await get(major, { NODE_USE_ENV_PROXY: "1", NO_PROXY: "127.0.0.1" })).toBe("200 from the target");
    expect(proxied).toEqual([targetUrl]);
  });
});
